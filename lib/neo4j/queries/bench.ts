/**
 * Cypher of the API bench (bench/api.ts): the ids its requests rotate over, the size of the graph it ran on, and
 * whether the app still has transactions running (so one run's stragglers are not timed in the next).
 */

/** The most mentioned entities (search prefixes, neighbourhoods, entity details). */
export const BENCH_BUSIEST_ENTITIES = /* cypher */ `
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name
ORDER BY e.mentionCount DESC, e.id
LIMIT $limit`;

/** The relations with the most evidence. */
export const BENCH_TOP_RELATIONS = /* cypher */ `
MATCH (:Entity)-[r]->(:Entity)
RETURN r.id AS id
ORDER BY r.evidenceCount DESC, r.id
LIMIT $limit`;

/** Article ids in id order. */
export const BENCH_ARTICLE_IDS = /* cypher */ `
MATCH (a:Article)
RETURN a.id AS id
ORDER BY a.id
LIMIT $limit`;

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
