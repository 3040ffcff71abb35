/**
 * The one request guard of the API: every POST route passes it before anything is read from or written to the
 * database. One origin check, one content-type check, one write check, one body reader, one set of error codes
 * (all HttpError, so `handle()` answers them):
 *
 *   const body = await readGuardedJson(req, { maxBytes: 128 * 1024 });          // a read that needs a body
 *   const body = await readGuardedJson(req, { write: true });                   // a route that changes data
 *   guardRequest(req, { write: true, accept: ["multipart"] });                  // checks only, body read elsewhere
 *
 * | refusal                                                              | status | code                     |
 * | -------------------------------------------------------------------- | ------ | ------------------------ |
 * | body not `application/json` (or `multipart/form-data` where accepted) | 415    | `unsupported_media_type` |
 * | foreign `Origin`, or `Sec-Fetch-Site: cross-site`                     | 403    | `foreign_origin`         |
 * | write: NEWSGRAPH_WRITE_TOKEN set, token missing or wrong              | 401    | `unauthorized`           |
 * | write: no token set and the app does not listen on loopback          | 403    | `writes_disabled`        |
 * | body over `maxBytes` (declared or streamed)                           | 413    | `payload_too_large`      |
 * | JSON nested deeper than `maxDepth`, or not JSON                       | 400    | `bad_request`            |
 *
 * Why JSON only: a web page can send `text/plain` or form bodies to a local app without a CORS preflight, but not
 * JSON. Same origin means the Origin's host equals the request's Host (or X-Forwarded-Host);
 * NEWSGRAPH_ALLOWED_ORIGINS adds more (comma-separated). Requests without Origin or Sec-Fetch-Site (curl, the CLI)
 * cannot be cross-site forgeries and pass the origin check; writes still need loopback or the token.
 */
import { timingSafeEqual } from "node:crypto";
import type { NextResponse } from "next/server";
import { errorResponse, HttpError, type ApiErrorBody } from "./respond";

export type BodyKind = "json" | "multipart";

export interface GuardOptions {
  /** Largest accepted body in bytes (readGuardedJson). */
  maxBytes: number;
  /** Deepest accepted nesting of JSON arrays/objects (readGuardedJson). */
  maxDepth: number;
  /** Body kinds the route accepts (default: JSON only). */
  accept: BodyKind[];
  /** The route changes data: writes must be switched on (loopback or NEWSGRAPH_WRITE_TOKEN). */
  write: boolean;
  /** Extra allowed origins (default: NEWSGRAPH_ALLOWED_ORIGINS). */
  allowedOrigins?: string[];
  /** Environment for NEWSGRAPH_WRITE_TOKEN / NEWSGRAPH_LISTEN_HOST / HOSTNAME (tests pass their own). */
  env?: Record<string, string | undefined>;
  /** Command line of the server process, read for `next start -H <host>` (tests pass their own). */
  argv?: string[];
}

export const DEFAULT_GUARD: GuardOptions = { maxBytes: 256 * 1024, maxDepth: 32, accept: ["json"], write: false };

const CONTENT_TYPES: Record<BodyKind, string> = { json: "application/json", multipart: "multipart/form-data" };

const LOOPBACK = new Set(["127.0.0.1", "::1", "[::1]", "localhost", "::ffff:127.0.0.1"]);

function allowedFromEnv(env: Record<string, string | undefined> = process.env): string[] {
  return (env.NEWSGRAPH_ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((s) => s.trim().replace(/\/+$/, ""))
    .filter(Boolean);
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/** Throws HttpError 403 `foreign_origin` when the request comes from another site. */
export function assertSameOrigin(req: Request, allowedOrigins: string[] = allowedFromEnv()): void {
  if (req.headers.get("sec-fetch-site") === "cross-site") {
    throw new HttpError(403, "foreign_origin", "Refused: cross-site requests are not accepted by this API.");
  }
  const origin = req.headers.get("origin");
  if (origin === null) return;
  const hosts = [req.headers.get("x-forwarded-host"), req.headers.get("host"), safeHost(req.url)]
    .filter((h): h is string => !!h)
    .flatMap((h) => h.split(",").map((x) => x.trim().toLowerCase()));
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    originHost = null; // "null" (sandboxed frames, file://) or garbage: foreign
  }
  if (originHost && hosts.includes(originHost)) return;
  if (allowedOrigins.includes(origin.replace(/\/+$/, ""))) return;
  throw new HttpError(
    403,
    "foreign_origin",
    `Refused: requests from origin ${origin} are not accepted. Open the app on its own address, or add the origin ` +
      "to NEWSGRAPH_ALLOWED_ORIGINS.",
  );
}

/** Throws HttpError 415 unless the body is declared as one of `accept` (default JSON). */
export function assertContentType(req: Request, accept: BodyKind[] = ["json"]): void {
  const type = (req.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (!accept.some((kind) => CONTENT_TYPES[kind] === type)) {
    throw new HttpError(
      415,
      "unsupported_media_type",
      `Send the body as ${accept.map((k) => CONTENT_TYPES[k]).join(" or ")} (got ${type ? `"${type}"` : "no content type"}).`,
    );
  }
}

/**
 * The host the server was started on: NEWSGRAPH_LISTEN_HOST, else `-H`/`--hostname` of `next start`, else
 * HOSTNAME (Next's standalone server). null = no host given = every interface (not loopback).
 */
export function listenHost(env: Record<string, string | undefined>, argv: string[]): string | null {
  const explicit = env.NEWSGRAPH_LISTEN_HOST?.trim();
  if (explicit) return explicit;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-H" || arg === "--hostname") return argv[i + 1] ?? null;
    if (arg.startsWith("--hostname=")) return arg.slice("--hostname=".length);
  }
  return env.HOSTNAME?.trim() || null;
}

export function isLoopbackHost(host: string | null): boolean {
  return host !== null && (LOOPBACK.has(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host));
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function presentedToken(req: Request): string | null {
  const auth = req.headers.get("authorization");
  if (auth?.toLowerCase().startsWith("bearer ")) return auth.slice(7).trim();
  return req.headers.get("x-newsgraph-token")?.trim() || null;
}

/**
 * Throws HttpError 401 `unauthorized` / 403 `writes_disabled` unless writes are on: with NEWSGRAPH_WRITE_TOKEN set,
 * the request must carry it (`Authorization: Bearer <token>` or `X-Newsgraph-Token`), on any host; without it,
 * only a server listening on loopback takes writes.
 */
export function assertWritesAllowed(
  req: Request,
  env: Record<string, string | undefined> = process.env,
  argv: string[] = process.argv,
): void {
  const token = env.NEWSGRAPH_WRITE_TOKEN?.trim();
  if (token) {
    const given = presentedToken(req);
    if (given === null || !sameToken(given, token)) {
      throw new HttpError(
        401,
        "unauthorized",
        "This server needs its write token (NEWSGRAPH_WRITE_TOKEN): send it as `Authorization: Bearer <token>` " +
          "or enter it in the Corrections view.",
      );
    }
    return;
  }
  if (!isLoopbackHost(listenHost(env, argv))) {
    throw new HttpError(
      403,
      "writes_disabled",
      "Writes are off: the app does not listen on loopback only. Start it with `-H 127.0.0.1`, or set " +
        "NEWSGRAPH_WRITE_TOKEN on the server to allow writes with that token.",
    );
  }
}

/** Content type, origin and (for writes) the write check, in that order; throws the first refusal as HttpError. */
export function guardRequest(req: Request, opts: Partial<GuardOptions> = {}): void {
  const o = { ...DEFAULT_GUARD, ...opts };
  const env = o.env ?? process.env;
  assertContentType(req, o.accept);
  assertSameOrigin(req, o.allowedOrigins ?? allowedFromEnv(env));
  if (o.write) assertWritesAllowed(req, env, o.argv ?? process.argv);
}

/** guardRequest for write routes as a ready error response (null when allowed), for routes outside `handle()`. */
export function guardWrite(
  req: Request,
  opts: Partial<Omit<GuardOptions, "write">> = {},
): NextResponse<ApiErrorBody> | null {
  try {
    guardRequest(req, { ...opts, write: true });
    return null;
  } catch (e) {
    if (!(e instanceof HttpError)) throw e;
    return errorResponse(e);
  }
}

/** Reads the body up to `maxBytes`; throws HttpError 413 beyond (without buffering the rest). */
export async function readBodyText(req: Request, maxBytes: number): Promise<string> {
  const tooLarge = (size: string) =>
    new HttpError(413, "payload_too_large", `The request body is too large (${size}, at most ${maxBytes} bytes).`);
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(`${declared} bytes`);
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(`more than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(all);
}

/** Deepest nesting of arrays/objects in JSON text, ignoring brackets inside strings. Linear, no recursion. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i += 1;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) max = Math.max(max, ++depth);
    else if (c === 93 /* ] */ || c === 125 /* } */) depth -= 1;
  }
  return max;
}

/** guardRequest (JSON only), then the size- and depth-limited JSON body. */
export async function readGuardedJson(
  req: Request,
  opts: Partial<Omit<GuardOptions, "accept">> = {},
): Promise<unknown> {
  const o = { ...DEFAULT_GUARD, ...opts, accept: ["json"] as BodyKind[] };
  guardRequest(req, o);
  const text = await readBodyText(req, o.maxBytes);
  const depth = jsonDepth(text);
  if (depth > o.maxDepth) {
    throw new HttpError(400, "bad_request", `The JSON body nests too deeply (${depth} levels, at most ${o.maxDepth}).`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new HttpError(400, "bad_request", `The body is not valid JSON: ${(e as Error).message}`);
  }
}
