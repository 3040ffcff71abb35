/**
 * Keeps `Entity.coMentionDegree` (how many other entities share an article with it) up to date, so the overview
 * can rank entities by relations + co-mentions with a scan of degree counters and one stored number per entity
 * instead of walking every article at request time. loadGraph refreshes the entities its articles mention (after
 * the corrections are re-applied); a correction refreshes the entities it names (their co-mentioned neighbours
 * keep their number until a load touches them: a merge can leave a neighbour one too high);
 * `refreshAllCoMentionDegrees` recomputes everything.
 */
import neo4j from "neo4j-driver";
import {
  ARTICLE_IDS_PAGE,
  REFRESH_CO_MENTION_DEGREE_BY_ARTICLES,
  REFRESH_CO_MENTION_DEGREE_BY_IDS,
} from "./queries/comentions";
import { readTx, writeTx } from "./transport";

/** Articles per refresh transaction: a hub's co-mentions are counted once per batch it appears in. */
export const CO_MENTION_BATCH = 500;

async function refreshed(run: Promise<{ records: { get(key: string): unknown }[] }>): Promise<number> {
  const { records } = await run;
  return Number(records[0]?.get("refreshed") ?? 0);
}

/** Recomputes the co-mention degree of every entity mentioned by `articleIds`; returns how many were written. */
export async function refreshCoMentionDegreesForArticles(articleIds: string[]): Promise<number> {
  let total = 0;
  for (let i = 0; i < articleIds.length; i += CO_MENTION_BATCH) {
    const batch = articleIds.slice(i, i + CO_MENTION_BATCH);
    total += await writeTx((tx) => refreshed(tx.run(REFRESH_CO_MENTION_DEGREE_BY_ARTICLES, { articleIds: batch })), {
      metadata: { op: "co-mention-degree" },
    });
  }
  return total;
}

/** Recomputes the co-mention degree of the entities `ids` (and those split off them). */
export async function refreshCoMentionDegreesForEntities(ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  return writeTx((tx) => refreshed(tx.run(REFRESH_CO_MENTION_DEGREE_BY_IDS, { ids })), {
    metadata: { op: "co-mention-degree" },
  });
}

/** Recomputes every entity's co-mention degree, article page by article page. */
export async function refreshAllCoMentionDegrees(): Promise<number> {
  let after = "";
  let total = 0;
  for (;;) {
    const ids = await readTx(async (tx) => {
      const res = await tx.run(ARTICLE_IDS_PAGE, { after, limit: neo4j.int(CO_MENTION_BATCH) });
      return res.records.map((r) => String(r.get("id")));
    });
    if (ids.length === 0) return total;
    total += await refreshCoMentionDegreesForArticles(ids);
    after = ids[ids.length - 1];
  }
}
