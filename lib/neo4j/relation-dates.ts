/**
 * The stored first/last stated date of every relation (queries/relation-dates.ts). Loads, incremental ingest and
 * corrections keep it exact as they write relations; this module fills it in for relations stored before it
 * existed (called at the end of every load) and finds disagreements with a recount (tests, diagnostics).
 */
import neo4j from "neo4j-driver";
import {
  BACKFILL_RELATION_DATES,
  MARK_RELATION_DATES_COMPLETE,
  RELATION_DATES_COMPLETE,
  STALE_RELATION_DATES,
} from "./queries/relation-dates";
import { runRead, writeTx } from "./transport";

const BACKFILL_BATCH = 5_000;

/**
 * Gives every relation still without a stored date span one; returns how many there were. Once a store is
 * complete it says so (GraphMeta.relationDatesStored), and later calls cost one lookup instead of a scan.
 */
export async function backfillRelationDates(): Promise<number> {
  const [{ complete }] = await runRead<{ complete: boolean }>(RELATION_DATES_COMPLETE);
  if (complete) return 0;
  let total = 0;
  for (;;) {
    const n = await writeTx(
      async (tx) => {
        const res = await tx.run(BACKFILL_RELATION_DATES, { limit: neo4j.int(BACKFILL_BATCH) });
        const refreshed = Number(res.records[0]?.get("refreshed") ?? 0);
        if (refreshed < BACKFILL_BATCH) await tx.run(MARK_RELATION_DATES_COMPLETE);
        return refreshed;
      },
      { metadata: { op: "relation-dates" } },
    );
    total += n;
    if (n < BACKFILL_BATCH) return total;
  }
}

export interface StaleRelationDates {
  id: string;
  stored: string[] | null;
  recounted: string[];
}

/** Every relation whose stored date span differs from a recount from its statements. */
export function staleRelationDates(): Promise<StaleRelationDates[]> {
  return runRead<StaleRelationDates>(STALE_RELATION_DATES);
}
