/**
 * Shared set-up for code that needs a known database state: the integration tests (*.int.test.ts) and the
 * query bench. Not a test file itself. Everything here WIPES the database at NEO4J_URI.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { GraphData } from "../graph/types";
import { loadGraph } from "./load";
import { ensureSchema } from "./schema";
import { readNeo4jConfig } from "./config";
import { wipeDatabase as wipeAll } from "./maintenance";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** graph-data/graph.json (the seeds' extraction) when present, else the store's small fixture. */
export function readTestGraph(): GraphData {
  const seedsPath = `${root}graph-data/graph.json`;
  const fixturePath = `${root}lib/neo4j/fixtures/mini-graph.json`;
  return JSON.parse(readFileSync(existsSync(seedsPath) ? seedsPath : fixturePath, "utf8"));
}

/** Deletes everything in the database at NEO4J_URI. */
export function wipeDatabase(): Promise<void> {
  return wipeAll(readNeo4jConfig());
}

/** Wipes the database, creates the schema and loads `data`: the starting state of the read-side tests. */
export async function resetDatabase(data: GraphData): Promise<void> {
  await wipeDatabase();
  await ensureSchema();
  await loadGraph(data);
}
