/**
 * The size limits of the graph views, in one place (documented in docs/app.md): the overview draws at most
 * OVERVIEW_LIMIT_MAX entities. A larger `limit` is capped here by the API (which says so in its answer, and the
 * page shows it), never silently replaced by the default.
 */
export const OVERVIEW_LIMIT_DEFAULT = 150;
export const OVERVIEW_LIMIT_MAX = 20_000;

export interface LimitInfo {
  requested: number;
  applied: number;
  max: number;
  capped: boolean;
}

export function capOverviewLimit(requested: number): LimitInfo {
  const applied = Math.min(requested, OVERVIEW_LIMIT_MAX);
  return { requested, applied, max: OVERVIEW_LIMIT_MAX, capped: applied < requested };
}

/**
 * Entity details (GET /api/entities/[id], the entity panel and page) hold at most this many relations (those with
 * the most evidence first) and mentioning articles (newest first). A hub of a large corpus has thousands of each;
 * the answer gives the totals beside what it holds, and the views say how many more there are. `?relations=` and
 * `?articles=` ask for more, up to `max`.
 */
export const ENTITY_RELATIONS_LIMIT = { default: 100, max: 1_000 } as const;
export const ENTITY_ARTICLES_LIMIT = { default: 50, max: 1_000 } as const;
