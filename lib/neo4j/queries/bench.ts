/**
 * Cypher of the API bench (bench/api.ts): the ids its requests are sampled from, the size of the graph it ran on, and
 * whether the app still has transactions running (so one run's stragglers are not timed in the next).
 */

/** What the graph holds. */
export const BENCH_GRAPH_SIZE = /* cypher */ `
CALL { MATCH (e:Entity) RETURN count(e) AS entities }
CALL { MATCH (a:Article) RETURN count(a) AS articles }
CALL { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations }
RETURN entities, articles, relations`;

/** Transactions of the app (they carry metadata.op, lib/neo4j/transport.ts) other than this check itself. */
export const BENCH_APP_TRANSACTIONS = /* cypher */ `
SHOW TRANSACTIONS YIELD metaData
WHERE metaData.app = 'newsgraph' AND metaData.op IS NOT NULL AND metaData.op <> 'bench-idle'
RETURN count(*) AS running`;

/** Every entity with its mention count: the api bench samples requests by popularity from all of them. */
export const BENCH_ENTITY_WEIGHTS = /* cypher */ `
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, coalesce(e.mentionCount, 0) AS weight
ORDER BY e.id`;

/** Every relation with its evidence count (evidence requests sampled by it). */
export const BENCH_RELATION_WEIGHTS = /* cypher */ `
MATCH (:Entity)-[r]->(:Entity)
RETURN r.id AS id, coalesce(r.evidenceCount, 0) AS weight
ORDER BY r.id`;

/** Every article id. */
export const BENCH_ALL_ARTICLE_IDS = /* cypher */ `
MATCH (a:Article)
RETURN a.id AS id
ORDER BY a.id`;
