/**
 * Keeps the stored degrees of every entity exact (queries/degrees.ts: `relationDegree`, `coMentionDegree` and their
 * sum `overviewDegree`, which the overview reads through an index instead of counting per request). Who calls what:
 *   - loadGraph: all degrees of the entities its articles mention, the relation degree of every entity it wrote,
 *     then any entity still without degrees (an older store or an admin import);
 *   - curation (apply, undo, re-apply after each load): what a correction touched (lib/neo4j/curation.ts);
 *   - incremental ingest's recount: the entities of removed or replaced articles and of the relations they held.
 */
import neo4j from "neo4j-driver";
import { chunk } from "./load-plan";
import {
  BACKFILL_DEGREES,
  ENTITY_IDS_OF_ARTICLES,
  ENTITY_IDS_PAGE,
  REFRESH_DEGREES_BY_IDS,
  REFRESH_RELATION_DEGREES_BY_IDS,
  STALE_DEGREES,
} from "./queries/degrees";
import { runRead, readTx, writeTx } from "./transport";

/** Entities per transaction when their co-mentions are counted (each walks its articles' mentions). */
export const CO_MENTION_BATCH = 500;
/** Entities per transaction when only counters are read. */
const ID_BATCH = 5_000;

async function refreshed(run: Promise<{ records: { get(key: string): unknown }[] }>): Promise<number> {
  const { records } = await run;
  return Number(records[0]?.get("refreshed") ?? 0);
}

async function inBatches(query: string, ids: string[], size: number): Promise<number> {
  let total = 0;
  for (const part of chunk([...new Set(ids)], size)) {
    total += await writeTx((tx) => refreshed(tx.run(query, { ids: part })), { metadata: { op: "degrees" } });
  }
  return total;
}

/**
 * All degrees of every entity mentioned by `articleIds`; returns how many entities were written. The entities are
 * gathered first, so a hub mentioned in every batch of articles has its co-mentions counted once, not per batch.
 */
export async function refreshDegreesForArticles(articleIds: string[]): Promise<number> {
  const entityIds = new Set<string>();
  for (const part of chunk([...new Set(articleIds)], ID_BATCH)) {
    const ids = await readTx(async (tx) => {
      const res = await tx.run(ENTITY_IDS_OF_ARTICLES, { articleIds: part });
      return (res.records[0]?.get("ids") as string[] | undefined) ?? [];
    });
    for (const id of ids) entityIds.add(id);
  }
  return refreshDegreesForEntities([...entityIds]);
}

/** All degrees of the entities `ids`. */
export function refreshDegreesForEntities(ids: string[]): Promise<number> {
  return inBatches(REFRESH_DEGREES_BY_IDS, ids, CO_MENTION_BATCH);
}

/** The relation degree of the entities `ids` (their co-mention degree is kept). */
export function refreshRelationDegrees(ids: string[]): Promise<number> {
  return inBatches(REFRESH_RELATION_DEGREES_BY_IDS, ids, ID_BATCH);
}

/** Gives every entity still without stored degrees all three; returns how many there were. */
export async function backfillDegrees(): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await writeTx((tx) => refreshed(tx.run(BACKFILL_DEGREES, { limit: neo4j.int(CO_MENTION_BATCH) })), {
      metadata: { op: "degrees" },
    });
    if (n === 0) return total;
    total += n;
  }
}

/** Recomputes every entity's degrees, page by page of entity ids. */
export async function refreshAllDegrees(): Promise<number> {
  let after = "";
  let total = 0;
  for (;;) {
    const ids = await readTx(async (tx) => {
      const res = await tx.run(ENTITY_IDS_PAGE, { after, limit: neo4j.int(CO_MENTION_BATCH) });
      return res.records.map((r) => String(r.get("id")));
    });
    if (ids.length === 0) return total;
    total += await refreshDegreesForEntities(ids);
    after = ids[ids.length - 1];
  }
}

/** An entity whose stored degrees disagree with a recount. */
export interface StaleDegree {
  id: string;
  storedRelations: number | null;
  relations: number;
  storedCoMentions: number | null;
  coMentions: number;
  storedOverview: number | null;
}

/** Every entity whose stored degrees disagree with a recount by pattern matching (a full scan: tests, diagnostics). */
export function staleDegrees(): Promise<StaleDegree[]> {
  return runRead<StaleDegree>(STALE_DEGREES);
}
