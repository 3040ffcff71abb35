/**
 * Cypher for the orchestration scripts and test set-up: probing a server, counting what is loaded, emptying a
 * database. Constants only; none takes user input.
 */

export const PROBE = /* cypher */ `RETURN 1 AS ok`;

export const COUNT_ARTICLES = /* cypher */ `MATCH (a:Article) RETURN count(a) AS n`;

// Batched deletes, relationships first: deleting a large graph in one transaction exceeds Neo4j's transaction
// memory limit. Each statement is run until it reports 0.
export const DELETE_RELATIONSHIPS_BATCH = /* cypher */ `
MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS deleted`;

export const DELETE_NODES_BATCH = /* cypher */ `
MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted`;
