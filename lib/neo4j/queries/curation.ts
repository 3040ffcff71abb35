/**
 * Cypher for curation (lib/neo4j/curation.ts): the (:Curation) records themselves and the edits a correction
 * makes to the graph (merge, split, retype, reject). Values always travel as $params; entity labels enter query
 * text only from the fixed ENTITY_LABELS whitelist (one constant per type), relation types only through
 * relationMergeQuery() in write.ts.
 *
 *   (:Curation {id, kind, params: JSON, who, at: ISO datetime, why, undone: bool, undoneAt, snapshots: JSON})
 */
import type { EntityType } from "../../graph/types";
import { ENTITY_LABELS } from "../graph-model";

/* cypher */
export const CREATE_CURATION = `
CREATE (c:Curation {id: $id})
SET c.kind = $kind, c.params = $params, c.who = $who, c.at = $at, c.why = $why, c.undone = $undone,
    c.undoneAt = $undoneAt, c.snapshots = $snapshots`;

/* cypher */
export const CURATION_BY_ID = `
MATCH (c:Curation {id: $id})
RETURN c.id AS id, c.kind AS kind, c.params AS params, c.who AS who, c.at AS at, c.why AS why,
  c.undone AS undone, c.undoneAt AS undoneAt, c.snapshots AS snapshots`;

/** Every record, oldest first (the order they are applied in). */
/* cypher */
export const LIST_CURATIONS = `
MATCH (c:Curation)
RETURN c.id AS id, c.kind AS kind, c.params AS params, c.who AS who, c.at AS at, c.why AS why,
  c.undone AS undone, c.undoneAt AS undoneAt, c.snapshots AS snapshots
ORDER BY c.at, c.id`;

/** Records still in force, oldest first, with their id (re-applied after every load). */
/* cypher */
export const ACTIVE_CURATIONS = `
MATCH (c:Curation)
WHERE NOT c.undone
RETURN c.id AS id, c.kind AS kind, c.params AS params, c.snapshots AS snapshots
ORDER BY c.at, c.id`;

/* cypher */
export const SET_CURATION_SNAPSHOTS = `
MATCH (c:Curation {id: $id})
SET c.snapshots = $snapshots`;

/* cypher */
export const MARK_CURATION_UNDONE = `
MATCH (c:Curation {id: $id})
SET c.undone = true, c.undoneAt = $at, c.snapshots = '[]'`;

/**
 * An entity's whole local state: properties, mentions (with the article text, for alias splits), entity–entity
 * relations in both directions, and the evidence statements naming it as subject or object.
 */
/* cypher */
export const ENTITY_STATE = `
MATCH (e:Entity {id: $id})
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases,
  [(a:Article)-[m:MENTIONS]->(e) | {
    articleId: a.id, text: coalesce(a.text, ''), count: m.count, starts: coalesce(m.starts, []), ends: coalesce(m.ends, [])
  }] AS mentions,
  [(e)-[r]->(o:Entity) | {
    id: r.id, predicate: coalesce(r.predicate, type(r)), source: e.id, target: o.id, confidence: r.confidence,
    sources: coalesce(r.sources, [])
  }] AS outgoing,
  [(o:Entity)-[r]->(e) WHERE o <> e | {
    id: r.id, predicate: coalesce(r.predicate, type(r)), source: o.id, target: e.id, confidence: r.confidence,
    sources: coalesce(r.sources, [])
  }] AS incoming,
  [(s:Statement)-[:SUBJECT]->(e) | s.id] AS subjectOf,
  [(s:Statement)-[:OBJECT]->(e) | s.id] AS objectOf`;

/** Sets the MENTIONS of $entityId from the given articles (created when missing). */
/* cypher */
export const SET_MENTIONS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: $entityId})
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = row.count, m.starts = row.starts, m.ends = row.ends`;

/* cypher */
export const DELETE_MENTIONS = `
MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: $entityId})
WHERE a.id IN $articleIds
DELETE m`;

/* cypher */
export const SET_ALIASES = `
MATCH (e:Entity {id: $id})
SET e.aliases = $aliases,
    e.aliasesText = reduce(text = "", alias IN $aliases | text + CASE text WHEN "" THEN "" ELSE $separator END + alias)`;

/** Moves the SUBJECT (or OBJECT) link of the given statements from one entity to another. */
/* cypher */
export const MOVE_STATEMENT_SUBJECTS = `
MATCH (s:Statement)-[x:SUBJECT]->(:Entity {id: $fromId})
WHERE s.id IN $ids
MATCH (to:Entity {id: $toId})
DELETE x
MERGE (s)-[:SUBJECT]->(to)`;

/* cypher */
export const MOVE_STATEMENT_OBJECTS = `
MATCH (s:Statement)-[x:OBJECT]->(:Entity {id: $fromId})
WHERE s.id IN $ids
MATCH (to:Entity {id: $toId})
DELETE x
MERGE (s)-[:OBJECT]->(to)`;

/** Deletes the entity–entity relations of $entityId with the given ids (either direction). */
/* cypher */
export const DELETE_ENTITY_RELATIONS = `
MATCH (:Entity {id: $entityId})-[r]-(:Entity)
WHERE r.id IN $ids
DELETE r`;

/* cypher */
export const DETACH_DELETE_ENTITY = `
MATCH (e:Entity {id: $id})
DETACH DELETE e`;

/**
 * A relation by id, found through its statements (indexed by relationId) or, without statements, by a scan; returns
 * what is needed to recreate it.
 */
/* cypher */
export const RELATION_STATE = `
CALL {
  MATCH (:Statement {relationId: $id})-[:SUBJECT]->(a:Entity)
  MATCH (a)-[r]->(b:Entity)
  WHERE r.id = $id
  RETURN a, r, b
  LIMIT 1
UNION
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE r.id = $id AND NOT EXISTS { MATCH (:Statement {relationId: $id}) }
  RETURN a, r, b
  LIMIT 1
}
RETURN r.id AS id, coalesce(r.predicate, type(r)) AS predicate, a.id AS source, b.id AS target,
  r.confidence AS confidence, coalesce(r.sources, []) AS sources
LIMIT 1`;

/* cypher */
export const DELETE_RELATION = `
MATCH (a:Entity {id: $source})-[r]->(b:Entity {id: $target})
WHERE r.id = $id
DELETE r`;

const TYPE_LABELS = Object.values(ENTITY_LABELS).join(":");

/** Changing an entity's type: every type label removed, the new one set (one constant per type). */
export const RETYPE_ENTITY: Record<EntityType, string> = Object.fromEntries(
  Object.entries(ENTITY_LABELS).map(([type, label]) => [
    type,
    /* cypher */ `
MATCH (e:Entity {id: $id})
REMOVE e:${TYPE_LABELS}
SET e:${label}, e.type = $type`,
  ]),
) as Record<EntityType, string>;

/** Labels of one entity (tests check that a retype moved the label too). */
/* cypher */
export const ENTITY_LABELS_BY_ID = `
MATCH (e:Entity {id: $id})
RETURN labels(e) AS labels`;

/* cypher */
export const COUNT_CURATIONS = `
MATCH (c:Curation)
RETURN count(c) AS n`;
