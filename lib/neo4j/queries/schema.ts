/**
 * Cypher for the store's constraints and indexes. Every statement is idempotent (IF NOT EXISTS), so
 * ensureSchema() can run before every load. Schema changes cannot share a transaction with data writes.
 */

/* cypher */
export const CONSTRAINT_ARTICLE_ID = `
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE`;

/* cypher */
export const CONSTRAINT_ENTITY_ID = `
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE`;

/* cypher */
export const CONSTRAINT_STATEMENT_ID = `
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE`;

/** Full-text search over names and aliases (aliasesText: aliases joined, as list properties cannot be indexed). */
/* cypher */
export const INDEX_ENTITY_NAMES = `
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasesText]`;

/* cypher */
export const INDEX_ARTICLE_DATE = `
CREATE RANGE INDEX article_date IF NOT EXISTS FOR (a:Article) ON (a.date)`;

/* cypher */
export const INDEX_ARTICLE_SOURCE = `
CREATE RANGE INDEX article_source IF NOT EXISTS FOR (a:Article) ON (a.source)`;

/* cypher */
export const INDEX_ENTITY_TYPE = `
CREATE RANGE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)`;

/** The overview's rank (lib/neo4j/degrees.ts): ORDER BY e.overviewDegree DESC LIMIT n reads the index in order. */
/* cypher */
export const INDEX_ENTITY_OVERVIEW_DEGREE = `
CREATE RANGE INDEX entity_overview_degree IF NOT EXISTS FOR (e:Entity) ON (e.overviewDegree)`;

/** Evidence lookup: MATCH (s:Statement {relationId: r.id}). */
/* cypher */
export const INDEX_STATEMENT_RELATION = `
CREATE RANGE INDEX statement_relation IF NOT EXISTS FOR (s:Statement) ON (s.relationId)`;

/** Curation records (lib/neo4j/curation.ts), looked up by id for undo and import. */
/* cypher */
export const CONSTRAINT_CURATION_ID = `
CREATE CONSTRAINT curation_id IF NOT EXISTS FOR (c:Curation) REQUIRE c.id IS UNIQUE`;

/** The graph generation's one node (lib/neo4j/generation.ts): unique, so concurrent writers MERGE the same one. */
/* cypher */
export const CONSTRAINT_GRAPH_META_ID = `
CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.id IS UNIQUE`;

export const SCHEMA_STATEMENTS = [
  CONSTRAINT_ARTICLE_ID,
  CONSTRAINT_GRAPH_META_ID,
  CONSTRAINT_CURATION_ID,
  CONSTRAINT_ENTITY_ID,
  CONSTRAINT_STATEMENT_ID,
  INDEX_ENTITY_NAMES,
  INDEX_ARTICLE_DATE,
  INDEX_ARTICLE_SOURCE,
  INDEX_ENTITY_TYPE,
  INDEX_ENTITY_OVERVIEW_DEGREE,
  INDEX_STATEMENT_RELATION,
] as const;

/** Waits (up to $seconds) until every index is ONLINE, so the first load after creation can use them. */
/* cypher */
export const AWAIT_INDEXES = `CALL db.awaitIndexes($seconds)`;

/* cypher */
export const SHOW_SCHEMA_NAMES = `
SHOW INDEXES YIELD name, type, state RETURN name, type, state ORDER BY name`;
