/**
 * Shared set-up for code that needs a known database state: the integration tests (*.int.test.ts) and the
 * query bench. Not a test file itself. Everything here WIPES the database at NEO4J_URI.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { GraphData } from "../graph/types";
import { loadGraph } from "./load";
import { ensureSchema } from "./schema";
import { writeTx } from "./transport";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** graph-data/graph.json (the seeds' extraction) when present, else the store's small fixture. */
export function readTestGraph(): GraphData {
  const seedsPath = `${root}graph-data/graph.json`;
  const fixturePath = `${root}lib/neo4j/fixtures/mini-graph.json`;
  return JSON.parse(readFileSync(existsSync(seedsPath) ? seedsPath : fixturePath, "utf8"));
}

/** Deletes everything in batches, relationships first (one transaction for a big graph exceeds Neo4j's memory). */
export async function wipeDatabase(): Promise<void> {
  for (const query of [
    "MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS deleted",
    "MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted",
  ]) {
    for (;;) {
      const result = await writeTx((tx) => tx.run(query));
      if (Number(result.records[0].get("deleted")) === 0) break;
    }
  }
}

/** Wipes the database, creates the schema and loads `data`: the starting state of the read-side tests. */
export async function resetDatabase(data: GraphData): Promise<void> {
  await wipeDatabase();
  await ensureSchema();
  await loadGraph(data);
}
