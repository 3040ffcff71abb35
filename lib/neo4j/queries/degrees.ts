/**
 * Cypher for the stored degrees (lib/neo4j/degrees.ts), three numbers per entity:
 *   - `Entity.relationDegree`: its entity–entity relationships (typed relations), as the views' `degree`;
 *   - `Entity.coMentionDegree`: the other entities mentioned in at least one article with it;
 *   - `Entity.overviewDegree`: their sum, the overview's rank (queries/read.ts OVERVIEW), range-indexed
 *     (entity_overview_degree) so the overview is an index-ordered read with a LIMIT, not a count per entity.
 * Each statement starts from ids (article_id / entity_id constraints), so a refresh costs what it touches.
 */

/**
 * Relation degree of the entity bound to `v`: all its relationships minus the structural ones that reach
 * entities (MENTIONS from articles, SUBJECT/OBJECT from statements). Neo4j answers each term from its degree
 * counters (no expansion). Shared with the read queries, so stored and computed degrees agree by construction.
 */
export function relationDegreeOf(v: "e" | "n"): string {
  return /* cypher */ `(COUNT { (${v})--() } - COUNT { (${v})<-[:MENTIONS]-() }
  - COUNT { (${v})<-[:SUBJECT]-() } - COUNT { (${v})<-[:OBJECT]-() })`;
}

/** Distinct co-mentioned entities of `e`, bound before this fragment. */
const CO_MENTION_DEGREE_OF_E = /* cypher */ `COUNT {
  MATCH (e)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(other:Entity)
  WHERE other <> e
  RETURN DISTINCT other
}`;

/** Sets all three degrees of `e` (bound and DISTINCT before this fragment) and counts the entities. */
const SET_ALL_DEGREES = /* cypher */ `
SET e.coMentionDegree = ${CO_MENTION_DEGREE_OF_E}, e.relationDegree = ${relationDegreeOf("e")}
SET e.overviewDegree = e.relationDegree + e.coMentionDegree
RETURN count(e) AS refreshed`;

/** Ids of the entities the articles $articleIds mention (everything whose co-mentions can change). */
export const ENTITY_IDS_OF_ARTICLES = /* cypher */ `
UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})-[:MENTIONS]->(e:Entity)
RETURN collect(DISTINCT e.id) AS ids`;

/** All degrees of the entities $ids (unknown ids are skipped). */
export const REFRESH_DEGREES_BY_IDS = /* cypher */ `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH DISTINCT e
${SET_ALL_DEGREES}`;

/**
 * The relation degree (and the sum) of the entities $ids: cheap, for entities whose mentions did not change. An
 * entity that never had its co-mentions counted (one no article mentions, created for a relation) gets them too.
 */
export const REFRESH_RELATION_DEGREES_BY_IDS = /* cypher */ `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH DISTINCT e
SET e.relationDegree = ${relationDegreeOf("e")},
  e.coMentionDegree = CASE WHEN e.coMentionDegree IS NULL THEN ${CO_MENTION_DEGREE_OF_E} ELSE e.coMentionDegree END
SET e.overviewDegree = e.relationDegree + e.coMentionDegree
RETURN count(e) AS refreshed`;

/**
 * Up to $limit entities without stored degrees (stored by an older version or by neo4j-admin import), given all
 * three; run until it reports 0.
 */
export const BACKFILL_DEGREES = /* cypher */ `
MATCH (e:Entity)
WHERE e.overviewDegree IS NULL
WITH e LIMIT $limit
${SET_ALL_DEGREES}`;

/** One page of entity ids after $after (ordered, index-backed), for a full refresh in batches. */
export const ENTITY_IDS_PAGE = /* cypher */ `
MATCH (e:Entity)
WHERE e.id > $after
RETURN e.id AS id
ORDER BY e.id
LIMIT $limit`;

/**
 * Entities whose stored degrees differ from a recount by pattern matching (not the counters the refreshes use):
 * the check behind the tests that the degrees stay exact after loads, ingests and corrections. Scans every entity.
 */
export const STALE_DEGREES = /* cypher */ `
MATCH (e:Entity)
WITH e,
  COUNT { MATCH (e)-[r]-(:Entity) RETURN DISTINCT r } AS relations,
  COUNT { MATCH (e)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(o:Entity) WHERE o <> e RETURN DISTINCT o } AS coMentions
WHERE e.relationDegree IS NULL OR e.coMentionDegree IS NULL OR e.overviewDegree IS NULL
  OR e.relationDegree <> relations OR e.coMentionDegree <> coMentions OR e.overviewDegree <> relations + coMentions
RETURN e.id AS id, e.relationDegree AS storedRelations, relations, e.coMentionDegree AS storedCoMentions,
  coMentions, e.overviewDegree AS storedOverview
ORDER BY id`;
