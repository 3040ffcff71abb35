/**
 * The graph generation: an id stored in Neo4j that every data write replaces, in the write's own transaction
 * (transport.ts writeTx; queries/generation.ts). The API's response cache (lib/server/response-cache.ts) keys
 * its answers by it, so any write, from this process, another app instance or the CLI, invalidates them.
 *
 * readGeneration() is linearisable with respect to writes and costs one query per batch of concurrent callers:
 * a caller never takes the answer of a query that was already running when it asked (that query may have read
 * the generation before a write the caller has seen committed); it waits for the next query, which starts as soon
 * as the running one ends and answers everyone who asked meanwhile. So at 50 concurrent requests about two of
 * them share each check instead of each paying a round trip, and a read that follows a write always sees it.
 */
import { READ_GENERATION } from "./queries/generation";
import { runReadOnce } from "./transport";

/** null: no Newsgraph write since the store was emptied (or an older store); such answers are not cached. */
export type Generation = string | null;

export type GenerationQuery = () => Promise<Generation>;

const fromStore: GenerationQuery = async () => {
  const [row] = await runReadOnce<{ generation: unknown }>(READ_GENERATION, {
    metadata: { op: "generation" },
    timeoutMs: 5_000,
  });
  return typeof row?.generation === "string" ? row.generation : null;
};

/**
 * A batching reader over `query`: at most one query in flight, and every caller answered by a query that started
 * after it called. Exported for the unit tests; the app uses readGeneration().
 */
export function batchedReader(query: GenerationQuery): () => Promise<Generation> {
  let running: Promise<Generation> | null = null;
  let waiting: Promise<Generation> | null = null;
  const launch = (): Promise<Generation> => {
    const current: Promise<Generation> = query().finally(() => {
      if (running === current) running = null;
    });
    running = current;
    return current;
  };
  return () => {
    if (!running) return launch();
    // The running query started before this call: wait for it to end, then share the next one.
    waiting ??= running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        waiting = null;
        return running ?? launch();
      });
    return waiting;
  };
}

/** One reader per process (on globalThis: Next.js may load this module once per route bundle). */
const READER = Symbol.for("newsgraph.neo4j.generation");
const shared = globalThis as Record<symbol, (() => Promise<Generation>) | undefined>;

/** The store's current generation (rejects when Neo4j does not answer). */
export function readGeneration(): Promise<Generation> {
  return (shared[READER] ??= batchedReader(fromStore))();
}
