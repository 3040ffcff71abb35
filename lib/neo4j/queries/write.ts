/**
 * Cypher for writing graph.json data into Neo4j. Every query takes `$rows` (one UNWIND batch) and MERGEs on
 * ids, so replaying a batch changes nothing. Values always travel as parameters. Labels and relationship types
 * cannot be parameters in Cypher, so entity labels come from the fixed ENTITY_LABELS whitelist (one constant per
 * label) and relation types go through relationMergeQuery(), the single place a validated identifier enters
 * query text.
 */
import type { Article, Entity, EntityType, Relation } from "../../graph/types";
import { ENTITY_LABELS, isValidPredicate } from "../graph-model";

/** Row shapes sent as `$rows`. */
export type EntityRow = Omit<Entity, "mentions">;

/** Articles are stored whole, exactly as graph.json has them. */
export type ArticleRow = Article;

export interface MentionRow {
  articleId: string;
  entityId: string;
  count: number;
  starts: number[];
  ends: number[];
}

/** A relation without its evidence (that travels as StatementRows). */
export type RelationRow = Omit<Relation, "evidence">;

export interface StatementRow {
  id: string;
  relationId: string;
  predicate: string;
  articleId: string;
  source: string;
  target: string;
  sentence: string;
  start: number;
  end: number;
  /** Entity id of the speaker of reported speech, or null. */
  attributedTo: string | null;
  /** Pronouns that stood for an endpoint, as parallel lists (article offsets, text, entity id). */
  resolvedStarts: number[];
  resolvedEnds: number[];
  resolvedTexts: string[];
  resolvedEntities: string[];
}

/**
 * Entities: name and type from the latest load, aliases as the sorted union of every load's aliases (rows carry
 * them sorted and de-duplicated).
 * `mentionCount` starts at 0 and is recomputed from MENTIONS (never incremented, so re-loads don't double it).
 */
function entityMergeQuery(label: (typeof ENTITY_LABELS)[EntityType]): string {
  return /* cypher */ `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.mentionCount = 0, e.aliases = row.aliases
SET e:${label},
    e.name = row.name,
    e.type = row.type,
    e.aliases = CASE e.aliases WHEN row.aliases THEN row.aliases ELSE COLLECT {
      UNWIND e.aliases + row.aliases AS alias RETURN DISTINCT alias ORDER BY alias
    } END
SET e.aliasesText = reduce(text = "", alias IN e.aliases | text + CASE text WHEN "" THEN "" ELSE $separator END + alias)`;
}

/** One constant per entity type, built from the fixed label whitelist (never from input). */
export const MERGE_ENTITIES: Record<EntityType, string> = Object.fromEntries(
  Object.entries(ENTITY_LABELS).map(([type, label]) => [type, entityMergeQuery(label)]),
) as Record<EntityType, string>;

/** Which of `$ids` are already stored as articles (new articles take the cheaper CREATE path). */
/* cypher */
export const EXISTING_ARTICLE_IDS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN collect(id) AS ids`;

/** New articles (checked absent in the same transaction): plain CREATE. */
/* cypher */
export const CREATE_ARTICLES = `
UNWIND $rows AS row
CREATE (a:Article {id: row.id})
SET a.title = row.title,
    a.source = row.source,
    a.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
    a.files = row.files,
    a.text = row.text,
    a.captions = row.captions`;

/** Articles already stored: properties from the latest load; `files` is the sorted union over loads. */
/* cypher */
export const MERGE_ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title,
    a.source = row.source,
    a.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
    a.files = COLLECT { UNWIND coalesce(a.files, []) + row.files AS file RETURN DISTINCT file ORDER BY file },
    a.text = row.text,
    a.captions = row.captions`;

/** Mentions of new articles: one MENTIONS relationship per (article, entity), parallel lists of offsets. */
/* cypher */
export const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
CREATE (a)-[:MENTIONS {count: row.count, starts: row.starts, ends: row.ends}]->(e)`;

/** Mentions of stored articles: the latest load's offsets replace the stored ones. */
/* cypher */
export const MERGE_MENTIONS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = row.count, m.starts = row.starts, m.ends = row.ends`;

/** Evidence statements of new articles (a statement only ever exists with its article): plain CREATE. */
/* cypher */
export const CREATE_STATEMENTS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (src:Entity {id: row.source})
MATCH (tgt:Entity {id: row.target})
CREATE (s:Statement {
  id: row.id,
  relationId: row.relationId,
  predicate: row.predicate,
  articleId: row.articleId,
  sentence: row.sentence,
  start: row.start,
  end: row.end,
  attributedTo: row.attributedTo,
  resolvedStarts: row.resolvedStarts,
  resolvedEnds: row.resolvedEnds,
  resolvedTexts: row.resolvedTexts,
  resolvedEntities: row.resolvedEntities
})
CREATE (s)-[:IN_ARTICLE]->(a), (s)-[:SUBJECT]->(src), (s)-[:OBJECT]->(tgt)`;

/** Evidence statements of stored articles, MERGEd by id, linked to their article and the relation's entities. */
/* cypher */
export const MERGE_STATEMENTS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (src:Entity {id: row.source})
MATCH (tgt:Entity {id: row.target})
MERGE (s:Statement {id: row.id})
SET s.relationId = row.relationId,
    s.predicate = row.predicate,
    s.articleId = row.articleId,
    s.sentence = row.sentence,
    s.start = row.start,
    s.end = row.end,
    s.attributedTo = row.attributedTo,
    s.resolvedStarts = row.resolvedStarts,
    s.resolvedEnds = row.resolvedEnds,
    s.resolvedTexts = row.resolvedTexts,
    s.resolvedEntities = row.resolvedEntities
MERGE (s)-[:IN_ARTICLE]->(a)
MERGE (s)-[:SUBJECT]->(src)
MERGE (s)-[:OBJECT]->(tgt)`;

/** Recomputes mentionCount of `$ids` from the stored MENTIONS (so re-loads and merged corpora stay exact). */
/* cypher */
export const RECOMPUTE_MENTION_COUNTS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.mentionCount = reduce(total = 0, c IN [(:Article)-[m:MENTIONS]->(e) | m.count] | total + c)`;

const relationQueryCache = new Map<string, string>();

/**
 * The MERGE for relations of one predicate. The relationship TYPE is the predicate, and Cypher cannot take a
 * relationship type as a parameter, so this is the one place where an identifier (never a value) is put into
 * query text. It is safe because the predicate must match /^[A-Z][A-Z0-9_]{0,63}$/ (upper-case letters, digits,
 * underscore: no quotes, backticks, spaces or braces can get through) and is additionally backtick-quoted.
 * confidence keeps the highest value seen; sources is the sorted union over loads (rows carry them sorted);
 * evidenceCount is recounted from the stored statements, so write a batch's statements before its relations.
 */
export function relationMergeQuery(predicate: string): string {
  if (!isValidPredicate(predicate)) {
    throw new Error(`Invalid relation predicate ${JSON.stringify(predicate)}: expected UPPER_SNAKE like MET`);
  }
  let query = relationQueryCache.get(predicate);
  if (!query) {
    query = /* cypher */ `
UNWIND $rows AS row
MATCH (src:Entity {id: row.source})
MATCH (tgt:Entity {id: row.target})
MERGE (src)-[r:\`${predicate}\` {id: row.id}]->(tgt)
  ON CREATE SET r.confidence = row.confidence, r.sources = row.sources
  ON MATCH SET r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END
SET r.sources = CASE r.sources WHEN row.sources THEN row.sources ELSE COLLECT {
      UNWIND coalesce(r.sources, []) + row.sources AS source RETURN DISTINCT source ORDER BY source
    } END,
    r.predicate = row.predicate,
    r.negated = CASE WHEN row.negated THEN true ELSE null END,
    r.evidenceCount = COUNT { MATCH (s:Statement {relationId: row.id}) }`;
    relationQueryCache.set(predicate, query);
  }
  return query;
}

/** Counts used by tests and benches. */
/* cypher */
export const COUNT_GRAPH = `
CALL { MATCH (a:Article) RETURN count(a) AS articles }
CALL { MATCH (e:Entity) RETURN count(e) AS entities }
CALL { MATCH (s:Statement) RETURN count(s) AS statements }
CALL { MATCH (:Article)-[m:MENTIONS]->(:Entity) RETURN count(m) AS mentions }
CALL { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations }
RETURN articles, entities, statements, mentions, relations`;
