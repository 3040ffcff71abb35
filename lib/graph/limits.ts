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
