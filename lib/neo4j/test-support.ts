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
import { runRead } from "./transport";

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

/**
 * Everything a write could change: counts, labels, properties, indexes and constraints. Tests of the read-only
 * console compare it before and after each hostile query.
 */
export async function databaseFingerprint(): Promise<string> {
  const [counts] = await runRead(`
    CALL { MATCH (n) RETURN count(n) AS nodes, sum(size(keys(n))) AS props }
    CALL { MATCH ()-[r]->() RETURN count(r) AS rels }
    CALL { CALL db.labels() YIELD label RETURN collect(label) AS labels }
    RETURN nodes, props, rels, labels`);
  const [indexes] = await runRead("SHOW INDEXES YIELD name RETURN collect(name) AS names");
  const [constraints] = await runRead("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names");
  return JSON.stringify({ counts, indexes, constraints });
}
