/**
 * Cypher for writing graph.json data into Neo4j. Every query takes `$rows` (one UNWIND batch) and MERGEs on
 * ids, so replaying a batch changes nothing. Values always travel as parameters, labels and relationship types
 * included: Cypher 5.26's dynamic `$(…)` labels and types take them from the rows, so no identifier is ever put
 * into query text (entity labels come from the fixed ENTITY_LABELS whitelist, predicates are checked first).
 */
import type { Article, Entity, Relation } from "../../graph/types";
import type { EntityLabel } from "../graph-model";
import { relationDateSpanOf } from "./relation-dates";

/** Row shapes sent as `$rows`. */
export type EntityRow = Omit<Entity, "mentions">;

/** An entity row as sent: its label (from ENTITY_LABELS) and the aliases joined for the full-text index. */
export interface EntityWriteRow extends EntityRow {
  label: EntityLabel;
  aliasesText: string;
}

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

/** Which of `$ids` are already stored as entities (new entities take the cheaper CREATE path). */
/* cypher */
export const EXISTING_ENTITY_IDS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN collect(id) AS ids`;

/**
 * New entities (checked absent in the same transaction): plain CREATE. `row.label` is the type's label from the
 * fixed ENTITY_LABELS whitelist (set by the loader, never taken from input) and travels as a parameter: Cypher 5.26
 * takes dynamic labels as `$(…)`, so one statement serves every type. `aliasesText` comes joined from the loader.
 */
/* cypher */
export const CREATE_ENTITIES = `
UNWIND $rows AS row
CREATE (e:Entity {id: row.id})
SET e:$(row.label),
    e.name = row.name,
    e.type = row.type,
    e.aliases = row.aliases,
    e.aliasesText = row.aliasesText,
    e.mentionCount = 0`;

/**
 * Entities already stored: name and type from the latest load, aliases as the sorted union of every load's aliases
 * (rows carry them sorted and de-duplicated). `mentionCount` is recomputed from MENTIONS (never incremented, so
 * re-loads don't double it).
 */
/* cypher */
export const MERGE_ENTITIES = `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.mentionCount = 0, e.aliases = row.aliases
SET e:$(row.label),
    e.name = row.name,
    e.type = row.type,
    e.aliases = CASE e.aliases WHEN row.aliases THEN row.aliases ELSE COLLECT {
      UNWIND e.aliases + row.aliases AS alias RETURN DISTINCT alias ORDER BY alias
    } END
SET e.aliasesText = reduce(text = "", alias IN e.aliases | text + CASE text WHEN "" THEN "" ELSE $separator END + alias)`;

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

/**
 * Relations of every predicate in one statement. The relationship TYPE is the predicate; Cypher 5.26 takes it as
 * a dynamic type `$(row.predicate)`, a parameter like any value (never query text), and the loader has checked it
 * against /^[A-Z][A-Z0-9_]{0,63}$/ first (validateForLoad). One statement instead of one per predicate matters:
 * with 130 predicates, planning (and re-planning while a fresh load changes the statistics) cost more server
 * time than the writes. confidence keeps the highest value seen; sources is the sorted union over loads (rows
 * carry them sorted); evidenceCount and the first/last stated date (queries/relation-dates.ts) are recounted from
 * the stored statements, so write a batch's statements before its relations.
 */
/* cypher */
export const MERGE_RELATIONS = `
UNWIND $rows AS row
MATCH (src:Entity {id: row.source})
MATCH (tgt:Entity {id: row.target})
MERGE (src)-[r:$(row.predicate) {id: row.id}]->(tgt)
  ON CREATE SET r.confidence = row.confidence, r.sources = row.sources
  ON MATCH SET r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END
SET r.sources = CASE r.sources WHEN row.sources THEN row.sources ELSE COLLECT {
      UNWIND coalesce(r.sources, []) + row.sources AS source RETURN DISTINCT source ORDER BY source
    } END,
    r.predicate = row.predicate,
    r.negated = CASE WHEN row.negated THEN true ELSE null END,
    r.evidenceCount = COUNT { MATCH (s:Statement {relationId: row.id}) },
    r.dateSpan = ${relationDateSpanOf("row.id")}`;

/** Counts used by tests and benches. */
/* cypher */
export const COUNT_GRAPH = `
CALL { MATCH (a:Article) RETURN count(a) AS articles }
CALL { MATCH (e:Entity) RETURN count(e) AS entities }
CALL { MATCH (s:Statement) RETURN count(s) AS statements }
CALL { MATCH (:Article)-[m:MENTIONS]->(:Entity) RETURN count(m) AS mentions }
CALL { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations }
RETURN articles, entities, statements, mentions, relations`;
