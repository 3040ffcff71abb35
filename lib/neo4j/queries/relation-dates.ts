/**
 * Each relation's first and last stated date, stored on the relationship as `dateSpan`: [first, last] (Neo4j
 * DATEs) of the dated articles of its statements, [] when none is dated, null only in a store written before
 * dates were stored (backfilled by the next load). Every statement that writes or recounts a relation sets it
 * (write.ts MERGE_RELATIONS, incremental.ts RECOUNT_RELATIONS), so reads (read.ts EDGE_MAP) take two properties
 * instead of walking every statement to its article for every edge they return.
 */
import { GRAPH_META_ID } from "./generation";

/** The date span of the relation with id `idExpr` (a Cypher expression), from its statements' articles. */
export function relationDateSpanOf(idExpr: string): string {
  return /* cypher */ `COLLECT {
    MATCH (span_st:Statement {relationId: ${idExpr}})-[:IN_ARTICLE]->(span_art:Article)
    WHERE span_art.date IS NOT NULL
    WITH min(span_art.date) AS first, max(span_art.date) AS last
    WHERE first IS NOT NULL
    UNWIND [first, last] AS day
    RETURN day
  }`;
}

/**
 * Whether the store already had every relation's span backfilled (a flag on the generation's GraphMeta node), so
 * loads after the first skip the backfill's scan over all relations.
 */
export const RELATION_DATES_COMPLETE = /* cypher */ `
OPTIONAL MATCH (m:GraphMeta {id: '${GRAPH_META_ID}'})
RETURN coalesce(m.relationDatesStored, false) AS complete`;

export const MARK_RELATION_DATES_COMPLETE = /* cypher */ `
MERGE (m:GraphMeta {id: '${GRAPH_META_ID}'})
SET m.relationDatesStored = true`;

/** Relations without a stored span (a store from before dates were stored), a batch at a time. */
export const BACKFILL_RELATION_DATES = /* cypher */ `
MATCH (:Entity)-[r]->(:Entity)
WHERE r.dateSpan IS NULL
WITH r LIMIT $limit
SET r.dateSpan = ${relationDateSpanOf("r.id")}
RETURN count(r) AS refreshed`;

/** Relations whose stored span differs from a recount (a full scan: tests and diagnostics). */
export const STALE_RELATION_DATES = /* cypher */ `
MATCH (:Entity)-[r]->(:Entity)
WITH r, ${relationDateSpanOf("r.id")} AS span
WHERE r.dateSpan IS NULL OR r.dateSpan <> span
RETURN r.id AS id, [d IN r.dateSpan | toString(d)] AS stored, [d IN span | toString(d)] AS recounted
ORDER BY id`;
