/**
 * Cypher for the read side (lib/neo4j/read.ts): search, overview, neighbourhood, filtered subgraph, entity
 * details, relation evidence, article view, shortest path, corpus statistics. Every value arrives as a $param.
 *
 * Graph model: lib/neo4j/graph-model.ts. Entity–entity relationships have the predicate as their TYPE, so
 * "a relation" is any relationship between two :Entity nodes; the structural types (MENTIONS, IN_ARTICLE,
 * SUBJECT, OBJECT) never join two entities. Var-length patterns keep to the entity graph with
 * `all(x IN nodes(p) WHERE x:Entity)` (Neo4j 5 allows no type expressions in them, and checks this predicate
 * while expanding). Article.date is a Neo4j DATE; date filters compare with date($dateFrom).
 */
import { relationDegreeOf } from "./degrees";

/**
 * Relation projection shared by several queries (r between two entities, start/end nodes bound). First and last
 * stated dates are stored on the relation at load (queries/relation-dates.ts): reading them per edge from its
 * statements' articles was most of the overview's database work.
 */
const EDGE_MAP = /* cypher */ `{
  id: r.id,
  source: startNode(r).id,
  target: endNode(r).id,
  predicate: coalesce(r.predicate, type(r)),
  confidence: r.confidence,
  sources: coalesce(r.sources, []),
  evidenceCount: r.evidenceCount,
  negated: coalesce(r.negated, false),
  firstDate: toString(r.dateSpan[0]),
  lastDate: toString(r.dateSpan[1])
}`;

/** Degree of entity `n` in the entity graph, from Neo4j's degree counters (the stored relationDegree's formula). */
const ENTITY_DEGREE = relationDegreeOf("n");

/** Entity projection: `n` as a GraphNode with its degree (entity–entity relationships) in the whole graph. */
const NODE_MAP = /* cypher */ `{
  id: n.id,
  name: n.name,
  type: n.type,
  aliases: coalesce(n.aliases, []),
  mentionCount: coalesce(n.mentionCount, 0),
  degree: ${ENTITY_DEGREE},
  coMentionDegree: coalesce(n.coMentionDegree, 0)
}`;

/**
 * Relation filters of subgraph()/overview(), on `a`-[r]->`b`; every parameter may be null (= no filter).
 * $types: entity types both endpoints must have; $predicates; $sources: outlets, any overlap with r.sources;
 * $minConfidence.
 */
const RELATION_FILTER = /* cypher */ `
  ($types IS NULL OR (a.type IN $types AND b.type IN $types))
  AND ($predicates IS NULL OR coalesce(r.predicate, type(r)) IN $predicates)
  AND ($sources IS NULL OR any(s IN coalesce(r.sources, []) WHERE s IN $sources))
  AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)`;

/** Date filter on `r` ($dateFrom/$dateTo: ISO dates or null): one statement from an article dated in range. */
const DATE_FILTER = /* cypher */ `
  (($dateFrom IS NULL AND $dateTo IS NULL) OR EXISTS {
    MATCH (st:Statement {relationId: r.id})-[:IN_ARTICLE]->(art:Article)
    WHERE art.date >= date(coalesce($dateFrom, '0001-01-01')) AND art.date <= date(coalesce($dateTo, '9999-12-31'))
  })`;

/**
 * A subgraph as columns: one list per field of the `chosen` nodes and of the relationships `rels`, rather than
 * a map per node and edge. The driver decodes a few long lists of plain values several times faster than
 * thousands of small maps, each with its keys (on a 5,000-entity overview that decoding cost more than the
 * query); read.ts turns the columns back into nodes and edges.
 */
const SUBGRAPH_COLUMNS = /* cypher */ `
RETURN [n IN chosen | n.id] AS nodeId, [n IN chosen | n.name] AS nodeName, [n IN chosen | n.type] AS nodeType,
  [n IN chosen | coalesce(n.aliases, [])] AS nodeAliases, [n IN chosen | coalesce(n.mentionCount, 0)] AS nodeMentions,
  [n IN chosen | ${ENTITY_DEGREE}] AS nodeDegree, [n IN chosen | coalesce(n.coMentionDegree, 0)] AS nodeCoMentions,
  [r IN rels | r.id] AS edgeId, [r IN rels | startNode(r).id] AS edgeSource, [r IN rels | endNode(r).id] AS edgeTarget,
  [r IN rels | coalesce(r.predicate, type(r))] AS edgePredicate, [r IN rels | r.confidence] AS edgeConfidence,
  [r IN rels | coalesce(r.sources, [])] AS edgeSources, [r IN rels | r.evidenceCount] AS edgeEvidence,
  [r IN rels | coalesce(r.negated, false)] AS edgeNegated, [r IN rels | toString(r.dateSpan[0])] AS edgeFirstDate,
  [r IN rels | toString(r.dateSpan[1])] AS edgeLastDate`;

/** Shared tail of the subgraph queries: from matching (a, r, b) rows to the top $limit entities and their edges. */
const SUBGRAPH_TAIL = /* cypher */ `
UNWIND [a, b] AS n
WITH n, count(*) AS matching
ORDER BY matching DESC, coalesce(n.mentionCount, 0) DESC, n.id
LIMIT $limit
WITH collect(n) AS chosen
WITH chosen, COLLECT {
    UNWIND chosen AS a
    MATCH (a)-[r]->(b:Entity)
    WHERE b IN chosen AND ${RELATION_FILTER} AND ${DATE_FILTER}
    RETURN r
  } AS rels
${SUBGRAPH_COLUMNS}`;

/** Tail of the unfiltered queries: the entities bound to `n` as `chosen`, with every relation among them. */
const CHOSEN_WITH_EDGES = /* cypher */ `
WITH collect(n) AS chosen
WITH chosen, COLLECT {
    UNWIND chosen AS a
    MATCH (a)-[r]->(b:Entity)
    WHERE b IN chosen
    RETURN r
  } AS rels
${SUBGRAPH_COLUMNS}`;

/**
 * Full-text search. $lucene is built from the user's words (escaped) by read.ts; $exact is the lower-cased query
 * for exact-name boosting. Ties go to the entity mentioned more often.
 */
export const SEARCH_ENTITIES = /* cypher */ `
CALL db.index.fulltext.queryNodes('entityNames', $lucene) YIELD node, score
WITH node, score
  + CASE
      WHEN toLower(node.name) = $exact THEN 10.0
      WHEN any(alias IN coalesce(node.aliases, []) WHERE toLower(alias) = $exact) THEN 5.0
      ELSE 0.0
    END AS ranked
RETURN node.id AS id, node.name AS name, node.type AS type, coalesce(node.aliases, []) AS aliases, ranked AS score
ORDER BY ranked DESC, coalesce(node.mentionCount, 0) DESC, node.name
LIMIT $limit`;

/**
 * Filtered subgraph without a date filter: the relations passing the filters, the $limit entities with the most
 * of them, and those relations among the chosen entities.
 */
export const SUBGRAPH = /* cypher */ `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE ${RELATION_FILTER}
${SUBGRAPH_TAIL}`;

/**
 * As SUBGRAPH with a date range: starts from the articles in range (date index) and their statements, one
 * statement per relation, instead of testing every relation for a dated statement; type and predicate filters
 * apply before the relationship itself is looked up.
 */
export const SUBGRAPH_DATED = /* cypher */ `
MATCH (art:Article)
WHERE art.date >= date(coalesce($dateFrom, '0001-01-01')) AND art.date <= date(coalesce($dateTo, '9999-12-31'))
MATCH (art)<-[:IN_ARTICLE]-(st:Statement)
WHERE $predicates IS NULL OR st.predicate IN $predicates
WITH st.relationId AS relationId, min(st.id) AS statementId
MATCH (st:Statement {id: statementId})-[:SUBJECT]->(a:Entity)
WHERE $types IS NULL OR a.type IN $types
MATCH (st)-[:OBJECT]->(b:Entity)
WHERE $types IS NULL OR b.type IN $types
MATCH (a)-[r]->(b)
WHERE r.id = relationId AND ${RELATION_FILTER}
${SUBGRAPH_TAIL}`;

/**
 * Unfiltered overview: the $limit entities of highest degree counting co-mentions (the stored overviewDegree =
 * relations + entities sharing an article, lib/neo4j/degrees.ts) and the relations among them. The range index
 * entity_overview_degree hands the entities over in rank order, so only the top $limit (and their ties) are read.
 */
export const OVERVIEW = /* cypher */ `
MATCH (n:Entity)
WHERE n.overviewDegree > 0
WITH n
ORDER BY n.overviewDegree DESC, coalesce(n.mentionCount, 0) DESC, n.id
LIMIT $limit
${CHOSEN_WITH_EDGES}`;

/**
 * The same ranking counted per request, for a store whose entities have no stored degrees yet (loaded by an older
 * version or by neo4j-admin import, before the next load backfills them). read.ts falls back to it when OVERVIEW
 * finds nothing.
 */
export const OVERVIEW_COUNTED = /* cypher */ `
MATCH (n:Entity)
WITH n, ${ENTITY_DEGREE} + coalesce(n.coMentionDegree, 0) AS degree
WHERE degree > 0
ORDER BY degree DESC, coalesce(n.mentionCount, 0) DESC, n.id
LIMIT $limit
${CHOSEN_WITH_EDGES}`;

/**
 * Ids of an entity's neighbours (depth 1), by degree; `center` is null when the id is unknown. Var-length bounds
 * cannot be parameters, hence one query per depth.
 */
export const NEIGHBOUR_IDS_DEPTH_1 = /* cypher */ `
MATCH (c:Entity {id: $id})
OPTIONAL MATCH (c)-[]-(n:Entity)
WHERE n <> c
WITH DISTINCT c, n
WITH c, n, CASE WHEN n IS NULL THEN -1 ELSE ${ENTITY_DEGREE} END AS degree
ORDER BY degree DESC, n.id
RETURN c.id AS center, [id IN collect(n.id) WHERE id IS NOT NULL][..$limit] AS ids`;

/** As NEIGHBOUR_IDS_DEPTH_1 within 2 hops through entities only: direct neighbours first, then by degree. */
export const NEIGHBOUR_IDS_DEPTH_2 = /* cypher */ `
MATCH (c:Entity {id: $id})
OPTIONAL MATCH p = (c)-[*1..2]-(n:Entity)
WHERE n <> c AND all(x IN nodes(p) WHERE x:Entity)
WITH c, n, min(length(p)) AS hops
WITH c, n, hops, CASE WHEN n IS NULL THEN -1 ELSE ${ENTITY_DEGREE} END AS degree
ORDER BY hops, degree DESC, n.id
RETURN c.id AS center, [id IN collect(n.id) WHERE id IS NOT NULL][..$limit] AS ids`;

/** The entities with the given ids and every relation among them. */
export const SUBGRAPH_BY_IDS = /* cypher */ `
MATCH (n:Entity) WHERE n.id IN $ids
${CHOSEN_WITH_EDGES}`;

/**
 * One entity with its degree, at most $relationLimit of its relations (both directions; most evidence first) and
 * at most $articleLimit of the articles mentioning it (newest first, undated last), with the totals of both. The
 * totals come from Neo4j's degree counters (every outgoing relationship of an entity is a relation; incoming ones
 * are relations except MENTIONS, SUBJECT and OBJECT), so a hub costs its top rows, not its thousands of mentions.
 * A self-relation is one row per direction.
 */
export const ENTITY_DETAILS = /* cypher */ `
MATCH (n:Entity {id: $id})
RETURN ${NODE_MAP} AS entity,
  COLLECT {
    CALL {
      WITH n
      MATCH (n)-[r]->(o:Entity)
      RETURN r, o, 'out' AS direction
      UNION ALL
      WITH n
      MATCH (o:Entity)-[r]->(n)
      RETURN r, o, 'in' AS direction
    }
    WITH r, o, direction
    ORDER BY r.evidenceCount DESC, r.confidence DESC, o.name, r.id, direction
    LIMIT $relationLimit
    RETURN {
      id: r.id, predicate: coalesce(r.predicate, type(r)), direction: direction, confidence: r.confidence,
      sources: coalesce(r.sources, []), evidenceCount: r.evidenceCount, other: o {.id, .name, .type}
    }
  } AS relations,
  COUNT { (n)-->() } + COUNT { (n)<--() } - COUNT { (n)<-[:MENTIONS]-() } - COUNT { (n)<-[:SUBJECT]-() }
    - COUNT { (n)<-[:OBJECT]-() } AS relationTotal,
  COLLECT {
    MATCH (art:Article)-[m:MENTIONS]->(n)
    WITH art, m
    ORDER BY art.date IS NULL, art.date DESC, art.title, art.id
    LIMIT $articleLimit
    RETURN {id: art.id, title: art.title, source: art.source, date: art.date, mentionCount: coalesce(m.count, 0)}
  } AS articles,
  COUNT { (n)<-[:MENTIONS]-() } AS articleTotal`;

/** A relation found through its statements (indexed by relationId). */
export const RELATION_BY_ID = /* cypher */ `
MATCH (:Statement {relationId: $id})-[:SUBJECT]->(a:Entity)
MATCH (a)-[r]->(b:Entity)
WHERE r.id = $id
RETURN ${EDGE_MAP} AS edge, a.name AS sourceName, b.name AS targetName
LIMIT 1`;

/** Fallback for a relation without statements: a scan over entity–entity relationships. */
export const RELATION_BY_ID_SCAN = /* cypher */ `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.id = $id
RETURN ${EDGE_MAP} AS edge, a.name AS sourceName, b.name AS targetName
LIMIT 1`;

/**
 * A relation's statements with their articles, and the endpoints' mentions in those articles (read.ts keeps
 * the ones inside the sentence as highlight marks).
 */
export const RELATION_STATEMENTS = /* cypher */ `
MATCH (st:Statement {relationId: $id})-[:IN_ARTICLE]->(art:Article)
OPTIONAL MATCH (art)-[m:MENTIONS]->(e:Entity)
WHERE e.id IN $entityIds
WITH st, art, collect(CASE WHEN e IS NULL THEN null ELSE {
  entityId: e.id, type: e.type, starts: coalesce(m.starts, []), ends: coalesce(m.ends, [])
} END) AS mentions
OPTIONAL MATCH (speaker:Entity {id: st.attributedTo})
RETURN art.id AS articleId, art.title AS articleTitle, art.source AS source, art.date AS date,
  st.sentence AS sentence, st.start AS start, st.end AS end, mentions,
  speaker.id AS speakerId, speaker.name AS speakerName,
  coalesce(st.resolvedStarts, []) AS resolvedStarts, coalesce(st.resolvedEnds, []) AS resolvedEnds,
  coalesce(st.resolvedTexts, []) AS resolvedTexts, coalesce(st.resolvedEntities, []) AS resolvedEntities
ORDER BY date DESC, articleTitle, start`;

/** An article with its entity mentions (offset lists, expanded by read.ts). */
export const ARTICLE = /* cypher */ `
MATCH (art:Article {id: $id})
RETURN art.id AS id, art.title AS title, art.source AS source, art.date AS date,
  coalesce(art.files, []) AS files, coalesce(art.text, '') AS text, coalesce(art.captions, []) AS captions,
  [(art)-[m:MENTIONS]->(e:Entity) | {
    entityId: e.id, name: e.name, type: e.type, starts: coalesce(m.starts, []), ends: coalesce(m.ends, [])
  }] AS mentions`;

/** The relations with at least one statement in the article. */
export const ARTICLE_RELATIONS = /* cypher */ `
MATCH (st:Statement)-[:IN_ARTICLE]->(:Article {id: $id})
WITH DISTINCT st.relationId AS relationId
MATCH (:Statement {relationId: relationId})-[:SUBJECT]->(a:Entity)
MATCH (a)-[r]->(b:Entity)
WHERE r.id = relationId
WITH DISTINCT a, r, b
RETURN ${EDGE_MAP} AS edge, a.name AS sourceName, b.name AS targetName
ORDER BY edge.predicate, sourceName, targetName`;

/**
 * Shortest path between two entities through entity–entity relationships only, at most `hops` long. The bound of
 * a var-length pattern cannot be a parameter, so there is one fixed query per allowed bound (1..MAX_PATH_HOPS).
 */
export const MAX_PATH_HOPS = 10;

function shortestPathQuery(hops: number): string {
  return /* cypher */ `
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = shortestPath((a)-[*..${hops}]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
RETURN [n IN nodes(p) | ${NODE_MAP}] AS nodes, [r IN relationships(p) | ${EDGE_MAP}] AS edges`;
}

export const SHORTEST_PATH_BY_HOPS: Readonly<Record<number, string>> = Object.freeze(
  Object.fromEntries(Array.from({ length: MAX_PATH_HOPS }, (_, i) => [i + 1, shortestPathQuery(i + 1)])),
);

/** Corpus statistics: counts (from Neo4j's count store) and the articles' outlets and date range. */
export const STATS_COUNTS = /* cypher */ `
CALL { MATCH (a:Article) RETURN count(a) AS articles }
CALL { MATCH (e:Entity) RETURN count(e) AS entities }
CALL { MATCH (s:Statement) RETURN count(s) AS statements }
CALL {
  MATCH (a:Article)
  RETURN [s IN collect(DISTINCT a.source) WHERE s IS NOT NULL] AS sources, min(a.date) AS dateFrom,
    max(a.date) AS dateTo
}
RETURN articles, entities, statements, sources, dateFrom, dateTo`;

/**
 * Corpus statistics from Neo4j's count store (db.stats.retrieve('GRAPH COUNTS'): nodes per label, relationships
 * per type, no data read) instead of reading every entity's type (51k db hits on the bench graph) and expanding
 * every relation (341k db hits, 240 ms). read.ts maps labels to types (ENTITY_LABELS; a retype changes label and
 * type together) and keeps the relationship types that are predicates. One count-store query per type was tried
 * first: the BBC graph has 2,000 predicates, and planning a 2,000-branch UNION took longer than the scan.
 */
export const STATS_COUNT_STORE = /* cypher */ `
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
RETURN [x IN data.nodes WHERE x.label IS NOT NULL | {key: x.label, count: x.count}] AS labels,
  [x IN data.relationships WHERE x.relationshipType IS NOT NULL AND x.startLabel IS NULL AND x.endLabel IS NULL
    | {key: x.relationshipType, count: x.count}] AS types`;

/** Fallback when the count-store procedure is not allowed (a restricted user): entities per type, by a scan. */
export const STATS_BY_TYPE = /* cypher */ `
MATCH (e:Entity)
RETURN e.type AS key, count(*) AS count
ORDER BY key`;

/** Fallback as STATS_BY_TYPE: relations per predicate, expanding every entity's outgoing relationships. */
export const STATS_BY_PREDICATE = /* cypher */ `
MATCH (:Entity)-[r]->()
RETURN type(r) AS key, count(*) AS count
ORDER BY key`;

/** Console: nodes by element id (endpoints of relationships a result returned without their nodes). */
export const CONSOLE_ENDPOINTS = /* cypher */ `
MATCH (n) WHERE elementId(n) IN $ids
RETURN n`;

/**
 * Co-mentions among the given entities: pairs mentioned in the same articles, with the number of such articles and
 * a few of them (newest first) as evidence. Starts from each id (entity_id constraint) and walks its MENTIONS, so
 * the cost grows with the mentions of the drawn entities, not with the corpus.
 */
export const CO_MENTIONS = /* cypher */ `
UNWIND $ids AS id
MATCH (a:Entity {id: id})<-[:MENTIONS]-(art:Article)-[:MENTIONS]->(b:Entity)
WHERE a.id < b.id AND b.id IN $ids
WITH a, b, art
ORDER BY art.date DESC
WITH a, b, count(art) AS articles, collect({id: art.id, title: art.title, date: art.date})[..$sample] AS sample
WHERE articles >= $minArticles
RETURN a.id AS source, b.id AS target, articles, sample
ORDER BY articles DESC, source, target
LIMIT $limit`;
