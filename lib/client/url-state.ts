/**
 * The graph view's state as URL search parameters, so a copied URL reopens the same view: filters, selected node
 * or edge, the search text and a shortest-path pair. Pure: decode(encode(s)) === s for every valid state, and
 * decode never throws on hand-edited URLs (bad values are dropped).
 */

export interface ViewState {
  /** Entity types shown; undefined = all, [] = none. */
  types?: string[];
  predicates?: string[];
  sources?: string[];
  /** Inclusive ISO dates (YYYY-MM-DD). */
  from?: string;
  to?: string;
  minConfidence?: number;
  /** Show negated claims (hidden by default). */
  negated?: boolean;
  /** Selected node id. */
  sel?: string;
  /** Selected edge (relation) id. */
  edge?: string;
  /** Search box text. */
  q?: string;
  pathFrom?: string;
  pathTo?: string;
  /** Overview size: how many of the most connected entities to load first. */
  limit?: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_VALUE = 300;
/** Any positive `limit` is kept as asked; the API caps it (lib/graph/limits.ts) and the page says so. */
export const MAX_LIMIT = 999_999;

function list(v: string | null): string[] | undefined {
  if (v === null) return undefined;
  return v
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= MAX_VALUE);
}

function text(v: string | null): string | undefined {
  if (v === null) return undefined;
  const t = v.trim();
  return t && t.length <= MAX_VALUE ? t : undefined;
}

function date(v: string | null): string | undefined {
  if (v === null || !ISO_DATE.test(v)) return undefined;
  const d = new Date(`${v}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v ? undefined : v;
}

function positiveInt(v: string | null, max: number): number | undefined {
  if (v === null || !/^\d{1,6}$/.test(v)) return undefined;
  const n = Number(v);
  return n >= 1 && n <= max ? n : undefined;
}

function confidence(v: string | null): number | undefined {
  if (v === null || v.trim() === "") return undefined;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 && n <= 1 ? n : undefined;
}

/** Parses search parameters (a URLSearchParams or a "?a=b" string) into a view state. */
export function decodeViewState(input: URLSearchParams | string): ViewState {
  const p = typeof input === "string" ? new URLSearchParams(input) : input;
  const s: ViewState = {
    types: list(p.get("types"))?.map((t) => t.toUpperCase()),
    predicates: list(p.get("predicates"))?.map((t) => t.toUpperCase()),
    sources: list(p.get("sources")),
    from: date(p.get("from")),
    to: date(p.get("to")),
    minConfidence: confidence(p.get("minConfidence")),
    negated: p.get("negated") === "1" ? true : undefined,
    sel: text(p.get("sel")),
    edge: text(p.get("edge")),
    q: text(p.get("q")),
    pathFrom: text(p.get("pathFrom")),
    pathTo: text(p.get("pathTo")),
    limit: positiveInt(p.get("limit"), MAX_LIMIT),
  };
  if (s.predicates?.length === 0) s.predicates = undefined;
  if (s.sources?.length === 0) s.sources = undefined;
  return stripUndefined(s);
}

/** Serialises a view state; keys appear in a fixed order and empty values are left out (except types=[]). */
export function encodeViewState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.types) p.set("types", s.types.join(","));
  if (s.predicates?.length) p.set("predicates", s.predicates.join(","));
  if (s.sources?.length) p.set("sources", s.sources.join(","));
  if (s.from) p.set("from", s.from);
  if (s.to) p.set("to", s.to);
  if (s.minConfidence !== undefined && s.minConfidence > 0) p.set("minConfidence", String(s.minConfidence));
  if (s.negated) p.set("negated", "1");
  if (s.sel) p.set("sel", s.sel);
  if (s.edge) p.set("edge", s.edge);
  if (s.q) p.set("q", s.q);
  if (s.pathFrom) p.set("pathFrom", s.pathFrom);
  if (s.pathTo) p.set("pathTo", s.pathTo);
  if (s.limit) p.set("limit", String(s.limit));
  const out = p.toString();
  return out ? `?${out}` : "";
}

/** The API query string for the server-side part of the filters (overview endpoint). */
export function filterQuery(s: ViewState, defaultLimit: number): string {
  const p = new URLSearchParams();
  p.set("limit", String(s.limit ?? defaultLimit));
  if (s.types) p.set("types", s.types.join(","));
  if (s.predicates?.length) p.set("predicates", s.predicates.join(","));
  if (s.sources?.length) p.set("sources", s.sources.join(","));
  if (s.from) p.set("from", s.from);
  if (s.to) p.set("to", s.to);
  if (s.minConfidence) p.set("minConfidence", String(s.minConfidence));
  return p.toString();
}

function stripUndefined(s: ViewState): ViewState {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) if (v !== undefined) out[k] = v;
  return out as ViewState;
}
