/**
 * Creates the store's constraints and indexes (idempotent) and waits for them to come online.
 */
import { AWAIT_INDEXES, SCHEMA_STATEMENTS, SHOW_SCHEMA_NAMES } from "./queries/schema";
import { runRead, writeTx } from "./transport";

export interface IndexInfo {
  name: string;
  type: string;
  state: string;
}

/** Ensures every constraint and index exists; safe to call before every load. */
export async function ensureSchema(opts: { awaitSeconds?: number } = {}): Promise<void> {
  // One transaction per statement: Neo4j refuses several schema changes mixed in one transaction with reads.
  for (const statement of SCHEMA_STATEMENTS) {
    await writeTx((tx) => tx.run(statement), { metadata: { op: "schema" }, schema: true });
  }
  await writeTx((tx) => tx.run(AWAIT_INDEXES, { seconds: opts.awaitSeconds ?? 120 }), {
    metadata: { op: "schema" },
    schema: true,
  });
}

/** The database's indexes (constraints show up as their backing indexes), for tests and diagnostics. */
export function listIndexes(): Promise<IndexInfo[]> {
  return runRead<IndexInfo>(SHOW_SCHEMA_NAMES);
}
