/**
 * Browser-side calls to the Newsgraph API. Every failure becomes an ApiError carrying the HTTP status and the
 * server's `{ error: { code, message } }`, so views can tell "database down" (503) from "bad input".
 */
import type {
  CorpusStats,
  CypherResult,
  EntityDetails,
  PathResult,
  RelationEvidence,
  SearchHit,
  SubGraph,
} from "../neo4j/types";
import type { Correction } from "../neo4j/curation";
import type { LimitInfo } from "../graph/limits";
import { fromColumns, type SubGraphColumns } from "../graph/columns";
import type { CoMention } from "../neo4j/read";

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
  get databaseDown(): boolean {
    return this.status === 503;
  }
}

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch (e) {
    throw new ApiError(`Cannot reach the Newsgraph server (${(e as Error).message}). Is it running?`, 0, "network");
  }
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok) {
    const err = body?.error;
    throw new ApiError(err?.message ?? `${url} failed with HTTP ${res.status}`, res.status, err?.code ?? "http");
  }
  return body as T;
}

const enc = encodeURIComponent;

/**
 * The overview's address for a filter query (url-state's filterQuery), in the compact columns format
 * (lib/graph/columns.ts). The graph page preloads this very URL from the server (app/page.tsx), so the browser's
 * fetch of it finds the answer already on its way.
 */
export const overviewUrl = (query: string) => `/api/graph/overview?${query ? `${query}&` : ""}format=columns`;

/** Where the browser keeps the write token (for servers started with NEWSGRAPH_WRITE_TOKEN) and the curator's name. */
export const WRITE_TOKEN_KEY = "newsgraph.writeToken";
export const CURATOR_KEY = "newsgraph.curator";

function stored(key: string): string {
  try {
    return window.localStorage.getItem(key)?.trim() ?? "";
  } catch {
    return "";
  }
}

/** A POST to a write route: JSON body, the write token when one is stored. */
function write<T>(url: string, body: unknown): Promise<T> {
  const token = stored(WRITE_TOKEN_KEY);
  return request<T>(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

export type CorrectionInput =
  | { kind: "merge"; params: { keepId: string; mergeId: string } }
  | { kind: "split"; params: { entityId: string; alias: string } }
  | { kind: "retype"; params: { entityId: string; type: string } }
  | { kind: "reject"; params: { relationId: string } };

export const api = {
  search: (q: string, limit = 8, signal?: AbortSignal) =>
    request<{ hits: SearchHit[] }>(`/api/search?q=${enc(q)}&limit=${limit}`, { signal }).then((r) => r.hits),
  overview: (query: string) =>
    request<SubGraphColumns & { limit?: LimitInfo }>(overviewUrl(query)).then((cols) => ({
      ...fromColumns(cols),
      limit: cols.limit,
    })),
  entity: (id: string) => request<EntityDetails>(`/api/entities/${enc(id)}`),
  neighbours: (id: string, depth: 1 | 2 = 1, limit = 100) =>
    request<SubGraph>(`/api/entities/${enc(id)}/neighbours?depth=${depth}&limit=${limit}`),
  evidence: (relationId: string) => request<RelationEvidence>(`/api/relations/${enc(relationId)}/evidence`),
  path: (from: string, to: string) => request<PathResult>(`/api/path?from=${enc(from)}&to=${enc(to)}`),
  coMentions: (ids: string[]) =>
    request<{ pairs: CoMention[] }>(`/api/graph/comentions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ids }),
    }).then((r) => r.pairs),
  stats: () => request<CorpusStats>(`/api/stats`),
  corrections: () => request<{ corrections: Correction[] }>(`/api/corrections`).then((r) => r.corrections),
  correct: (input: CorrectionInput, why = "") =>
    write<{ correction: Correction }>(`/api/corrections`, {
      ...input,
      why,
      who: stored(CURATOR_KEY) || "anonymous",
    }).then((r) => r.correction),
  undoCorrection: (id: string) =>
    write<{ correction: Correction }>(`/api/corrections/${enc(id)}/undo`, {}).then((r) => r.correction),
  cypher: (query: string, params: Record<string, unknown> = {}, rowCap?: number) =>
    request<CypherResult>(`/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, params, ...(rowCap ? { rowCap } : {}) }),
    }),
};
