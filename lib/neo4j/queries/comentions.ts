/**
 * Cypher for the stored co-mention degree (lib/neo4j/comentions.ts): `Entity.coMentionDegree` is the number of
 * other entities mentioned in at least one article with it. The overview ranks by relations + co-mentions
 * (queries/read.ts OVERVIEW), so entities that matter but have no typed relation yet are drawn too. Each statement
 * starts from ids (article_id / entity_id constraints), so a refresh costs the mentions of what it touches.
 */

/** Distinct co-mentioned entities of `e`, bound before this fragment. */
const DEGREE_OF_E = /* cypher */ `COUNT {
  MATCH (e)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(other:Entity)
  WHERE other <> e
  RETURN DISTINCT other
}`;

/** Refreshes the entities mentioned by the articles $articleIds (a load: everything whose co-mentions can change). */
export const REFRESH_CO_MENTION_DEGREE_BY_ARTICLES = /* cypher */ `
UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})-[:MENTIONS]->(e:Entity)
WITH DISTINCT e
SET e.coMentionDegree = ${DEGREE_OF_E}
RETURN count(e) AS refreshed`;

/** Refreshes the entities $ids and those split off them (`<id>~<alias>`, lib/neo4j/curation.ts). */
export const REFRESH_CO_MENTION_DEGREE_BY_IDS = /* cypher */ `
UNWIND $ids AS id
MATCH (e:Entity)
WHERE e.id = id OR e.id STARTS WITH id + '~'
WITH DISTINCT e
SET e.coMentionDegree = ${DEGREE_OF_E}
RETURN count(e) AS refreshed`;

/** One page of article ids after $after (ordered, index-backed), for a full refresh in batches. */
export const ARTICLE_IDS_PAGE = /* cypher */ `
MATCH (a:Article)
WHERE a.id > $after
RETURN a.id AS id
ORDER BY a.id
LIMIT $limit`;
