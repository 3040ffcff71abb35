/**
 * Cached JSON answers for the read routes: `cachedJson(req, key, compute)` answers from the response cache
 * (lib/server/response-cache.ts) when it holds `key` at the store's current generation (lib/neo4j/generation.ts),
 * else computes, stores and answers. Every answer carries a weak ETag (a hash of the JSON) and
 * `Cache-Control: no-cache`, so a browser revalidates each time and gets a body-less 304 when nothing changed.
 * No compression here: `next start` drops a route handler's Content-Encoding header and sends the encoded bytes
 * as they are (the browser then got raw brotli); compress in a reverse proxy in front of the app.
 *
 * Correctness: the generation check of a request starts after the request arrived, and every data write bumps
 * the generation in its own transaction, so a read that follows a write (a correction, a load, an upload) is
 * never served an answer from before it. When the store has no generation yet (emptied, or loaded by an older
 * version) or Neo4j does not answer the check, nothing is cached and `compute` runs as without a cache.
 *
 * Size: NEWSGRAPH_API_CACHE_MB (default 64; 0 turns the cache off). `x-newsgraph-cache: hit | miss | off` says
 * which path answered (the bench counts it).
 */
import { readGeneration, type Generation } from "@/lib/neo4j/generation";
import { CachedBody, ResponseCache } from "@/lib/server/response-cache";
import { errorResponse } from "./respond";

export const DEFAULT_CACHE_MB = 64;

/** The cache size from the environment, in bytes (0 = off). */
export function cacheBytesFromEnv(env: Record<string, string | undefined> = process.env): number {
  const raw = env.NEWSGRAPH_API_CACHE_MB?.trim();
  const mb = raw === undefined || raw === "" ? DEFAULT_CACHE_MB : Number(raw);
  if (!Number.isFinite(mb) || mb < 0) {
    throw new Error(`NEWSGRAPH_API_CACHE_MB must be a number of megabytes (0 = off), got "${raw}"`);
  }
  return Math.floor(mb * 1024 * 1024);
}

interface Shared {
  cache: ResponseCache | null;
  /** Answers being computed, by generation and key: concurrent identical misses share one computation. */
  pending: Map<string, Promise<CachedBody>>;
}

/** One cache per process, on globalThis: Next.js may load this module once per route bundle. */
const SHARED = Symbol.for("newsgraph.api.response-cache");
function shared(): Shared {
  const g = globalThis as Record<symbol, Shared | undefined>;
  if (!g[SHARED]) {
    const bytes = cacheBytesFromEnv();
    g[SHARED] = { cache: bytes > 0 ? new ResponseCache(bytes) : null, pending: new Map() };
  }
  return g[SHARED];
}

/** The process's response cache (null when turned off), for stats and tests. */
export function responseCache(): ResponseCache | null {
  return shared().cache;
}

/** True when If-None-Match names `etag` (weak comparison) or is `*`. */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  const wanted = opaque(etag);
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === wanted);
}

function respond(req: Request, body: CachedBody, state: "hit" | "miss" | "off"): Response {
  const headers = new Headers({
    "content-type": "application/json",
    etag: body.etag,
    "cache-control": "no-cache",
    "x-newsgraph-cache": state,
  });
  if (matchesEtag(req.headers.get("if-none-match"), body.etag)) return new Response(null, { status: 304, headers });
  // A Uint8Array view, not the Buffer: the Response copies nothing and the cached bytes stay shared.
  const bytes = body.body;
  return new Response(new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length), {
    status: 200,
    headers,
  });
}

const toBody = (value: unknown) => new CachedBody(Buffer.from(JSON.stringify(value)));

/** What a route caches: its key (cacheKey: the route and its normalised parameters) and how to compute it. */
export interface CachePlan {
  key: string;
  compute: () => Promise<unknown>;
}

/**
 * Answers `req` with the JSON of the plan's `compute()`, through the cache under its `key` (two requests with the
 * same key must have the same answer). `plan` parses the request; its errors and compute's become their status
 * as in handle() (respond.ts) and are not cached.
 */
export async function cachedJson(req: Request, plan: () => CachePlan | Promise<CachePlan>): Promise<Response> {
  try {
    const { key, compute } = await plan();
    const { cache, pending } = shared();
    const generation: Generation = cache ? await readGeneration().catch(() => null) : null;
    if (!cache || generation === null) return respond(req, toBody(await compute()), "off");
    const hit = cache.get(key, generation);
    if (hit) return respond(req, hit, "hit");
    const slot = `${generation}\u0000${key}`;
    let computing = pending.get(slot);
    if (!computing) {
      computing = compute().then(toBody);
      pending.set(slot, computing);
      void computing
        .then(
          (body) => cache.set(key, generation, body),
          () => undefined,
        )
        .finally(() => pending.delete(slot));
    }
    return respond(req, await computing, "miss");
  } catch (e) {
    return errorResponse(e);
  }
}

/** A cache key from a route name and its normalised parameters (stable order, so equal requests share it). */
export function cacheKey(route: string, params: Record<string, unknown>): string {
  const sorted = Object.keys(params)
    .sort()
    .filter((k) => params[k] !== undefined)
    .map((k) => [k, params[k]]);
  return `${route} ${JSON.stringify(sorted)}`;
}
