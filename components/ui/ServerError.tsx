// Error notice for server-rendered pages (article, entity): database down gets the "start Neo4j" hint.
import { AuthenticationError, DatabaseUnavailableError } from "@/lib/neo4j/errors";
import { ErrorNotice } from "./ErrorNotice";

export function ServerError({ error }: { error: unknown }) {
  const down = error instanceof DatabaseUnavailableError || error instanceof AuthenticationError;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="page">
      <ErrorNotice down={down} message={message} />
    </div>
  );
}

/** Runs a server-side load; returns the error instead of throwing so the page can show it. */
export async function tryLoad<T>(
  fn: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await fn() };
  } catch (error) {
    return { ok: false, error };
  }
}
