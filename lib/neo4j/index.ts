/**
 * Public entry of the graph store for the app and the CLI: the read queries (GraphQueries), the read-only Cypher
 * console, loading graph.json, schema setup, driver shutdown, our error types and the plain result types.
 * Nothing from neo4j-driver is exported: callers only ever see plain objects.
 */
import { runReadOnlyCypher } from "./cypher-console";
import {
  article,
  entityDetails,
  neighbourhood,
  overview,
  relationEvidence,
  searchEntities,
  shortestPath,
  stats,
  subgraph,
} from "./read";
import type { GraphQueries } from "./types";

export {
  article,
  entityDetails,
  neighbourhood,
  overview,
  relationEvidence,
  runReadOnlyCypher,
  searchEntities,
  shortestPath,
  stats,
  subgraph,
};
export { loadGraph, validateForLoad } from "./load";
export type { LoadOptions, LoadSummary } from "./load";
export { ensureSchema } from "./schema";
export { closeDriver } from "./driver";
export { readNeo4jConfig } from "./config";
export * from "./errors";
export type * from "./types";

/** The query layer as one object, for code that takes a GraphQueries (e.g. to swap in a fake in tests). */
export const graphQueries: GraphQueries = {
  searchEntities,
  overview,
  neighbourhood,
  subgraph,
  entityDetails,
  relationEvidence,
  article,
  shortestPath,
  stats,
  runReadOnlyCypher,
};
