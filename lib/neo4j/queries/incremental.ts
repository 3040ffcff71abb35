/**
 * Cypher for incremental ingest (lib/neo4j/incremental.ts): content hashes and file keys on articles, lookup keys
 * on entities (two whitespace-analysed full-text indexes, so candidates are found by index, never by a scan),
 * the stored context of candidate entities, and removing what an article that changed or disappeared left behind
 * with exact recounts. Separate from write.ts so the bulk loader can change on its own.
 */
import { relationDateSpanOf } from "./relation-dates";

/** Entities by lookup key (lib/extract/resolve/stored.ts: "k_vladimir_putin s_putin p_ptn …"). */
/* cypher */
export const INDEX_ENTITY_LOOKUP = `
CREATE FULLTEXT INDEX entityLookup IF NOT EXISTS FOR (e:Entity) ON EACH [e.lookupText]
OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'whitespace', \`fulltext.eventually_consistent\`: false } }`;

/** Articles by file key (a hash of each label in Article.files), to find what a re-read file held before. */
/* cypher */
export const INDEX_ARTICLE_FILE_KEYS = `
CREATE FULLTEXT INDEX articleFileKeys IF NOT EXISTS FOR (a:Article) ON EACH [a.fileKeys]
OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'whitespace', \`fulltext.eventually_consistent\`: false } }`;

/** Articles by content hash (equality lookups). */
/* cypher */
export const INDEX_ARTICLE_HASH = `
CREATE RANGE INDEX article_content_hash IF NOT EXISTS FOR (a:Article) ON (a.contentHash)`;

export const INCREMENTAL_SCHEMA = [INDEX_ENTITY_LOOKUP, INDEX_ARTICLE_FILE_KEYS, INDEX_ARTICLE_HASH] as const;

/** Stored articles that predate incremental ingest (no content hash or file keys yet), a page at a time. */
/* cypher */
export const ARTICLES_WITHOUT_KEYS = `
MATCH (a:Article) WHERE a.contentHash IS NULL OR a.fileKeys IS NULL
RETURN a.id AS id, a.title AS title, a.text AS text, a.source AS source,
       CASE WHEN a.date IS NULL THEN null ELSE toString(a.date) END AS date, a.captions AS captions, a.files AS files
LIMIT toInteger($limit)`;

/** Stored entities without lookup keys (loaded by `load`, or changed by a correction), a page at a time. */
/* cypher */
export const ENTITIES_WITHOUT_KEYS = `
MATCH (e:Entity) WHERE e.lookupText IS NULL
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases
LIMIT toInteger($limit)`;

/** Sets content hash and file keys: `$rows` of {id, hash, files, fileKeys}. */
/* cypher */
export const SET_ARTICLE_KEYS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a.contentHash = row.hash, a.files = row.files, a.fileKeys = row.fileKeys`;

/** Sets entities' lookup keys: `$rows` of {id, lookupText}. */
/* cypher */
export const SET_ENTITY_LOOKUP = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.lookupText = row.lookupText`;

/** Name and aliases of `$ids` (to recompute their lookup keys after a load merged new aliases in). */
/* cypher */
export const ENTITY_FORMS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases`;

/** Stored state of `$ids`: content hash and files. */
/* cypher */
export const ARTICLES_BY_ID = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS hash, a.files AS files`;

/** Stored articles holding any file of `$query` (file keys OR-ed, see INDEX_ARTICLE_FILE_KEYS). */
/* cypher */
export const ARTICLES_BY_FILE_KEYS = `
CALL db.index.fulltext.queryNodes('articleFileKeys', $query, {limit: toInteger($limit)}) YIELD node
RETURN node.id AS id, node.contentHash AS hash, node.files AS files`;

/** Candidate entities by lookup key (keys OR-ed). */
/* cypher */
export const ENTITIES_BY_LOOKUP_KEYS = `
CALL db.index.fulltext.queryNodes('entityLookup', $query, {limit: toInteger($limit)}) YIELD node
RETURN node.id AS id, node.name AS name, node.type AS type, coalesce(node.aliases, []) AS aliases`;

/** Up to `$perEntity` articles of each of `$ids` (newest first), the context the merge rules look at. */
/* cypher */
export const CONTEXT_ARTICLE_IDS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (a:Article)-[:MENTIONS]->(e)
  WHERE NOT a.id IN $exclude
  RETURN a.id AS articleId ORDER BY a.date DESC, a.id LIMIT toInteger($perEntity)
}
RETURN collect(DISTINCT articleId) AS ids`;

/** The stored entities each of `$ids` mentions. */
/* cypher */
export const ARTICLE_ENTITIES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})-[:MENTIONS]->(e:Entity)
RETURN id AS articleId, collect({id: e.id, name: e.name, type: e.type, aliases: coalesce(e.aliases, [])}) AS entities`;

/** Stored entity ids starting with any of `$prefixes` (index-backed): fresh ids must avoid them. */
/* cypher */
export const ENTITY_IDS_WITH_PREFIX = `
UNWIND $prefixes AS prefix
MATCH (e:Entity) WHERE e.id STARTS WITH prefix
RETURN collect(DISTINCT e.id) AS ids`;

/** What an article's content touches: entities it mentions and relations its statements support. */
/* cypher */
export const ARTICLE_FOOTPRINT = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN COLLECT { MATCH (a)-[:MENTIONS]->(e:Entity) RETURN e.id } AS entities,
       COLLECT {
         MATCH (s:Statement)-[:IN_ARTICLE]->(a)
         MATCH (s)-[:SUBJECT]->(src:Entity), (s)-[:OBJECT]->(tgt:Entity)
         RETURN {id: s.relationId, source: src.id, target: tgt.id}
       } AS relations`;

/** Removes an article's mentions and evidence statements (the article node stays). */
/* cypher */
export const CLEAR_ARTICLE_CONTENT = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) { MATCH (s:Statement)-[:IN_ARTICLE]->(a) DETACH DELETE s }
CALL (a) { MATCH (a)-[m:MENTIONS]->(:Entity) DELETE m }`;

/** Deletes articles (after CLEAR_ARTICLE_CONTENT). */
/* cypher */
export const DELETE_ARTICLES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
DETACH DELETE a`;

/**
 * Recounts relations from their remaining statements: evidenceCount, sources (outlets of the evidence's
 * articles) and the date span (queries/relation-dates.ts); a relation with no evidence left is deleted. `$rows` of {id, source, target}.
 */
/* cypher */
export const RECOUNT_RELATIONS = `
UNWIND $rows AS row
MATCH (src:Entity {id: row.source})-[r]->(tgt:Entity {id: row.target})
WHERE r.id = row.id
WITH r, row, COUNT { MATCH (s:Statement {relationId: row.id}) } AS evidence,
     COLLECT {
       MATCH (s:Statement {relationId: row.id})-[:IN_ARTICLE]->(a:Article) WHERE a.source IS NOT NULL
       RETURN DISTINCT a.source AS source ORDER BY source
     } AS sources
SET r.evidenceCount = evidence, r.sources = sources, r.dateSpan = ${relationDateSpanOf("row.id")}
WITH r WHERE r.evidenceCount = 0
DELETE r`;

/** Deletes entities of `$ids` that nothing refers to any more (no mention, relation or statement). */
/* cypher */
export const DELETE_ORPHAN_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(e) } AND NOT EXISTS { (e)--(:Entity) }
  AND NOT EXISTS { (:Statement)-->(e) }
DETACH DELETE e
RETURN count(*) AS deleted`;
