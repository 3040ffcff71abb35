/**
 * The guard every state-changing route (POST) passes before it touches anything: the body must be JSON or
 * multipart, a browser request must come from this app's own origin (a foreign page cannot post here), and writes
 * are only on when the app listens on loopback — or when NEWSGRAPH_WRITE_TOKEN is set, and then every write must
 * carry that token (`Authorization: Bearer <token>` or `X-Newsgraph-Token`). Read-only routes (the Cypher console)
 * are not write routes; their Origin/content-type check lives with the hardening work and is unified at merge.
 */
import { timingSafeEqual } from "node:crypto";
import { NextResponse } from "next/server";
import type { ApiErrorBody } from "./respond";

export type BodyKind = "json" | "multipart";

export interface WriteGuardOptions {
  /** Body kinds the route accepts (default: JSON only). */
  accept?: BodyKind[];
  /** Environment to read NEWSGRAPH_WRITE_TOKEN / NEWSGRAPH_LISTEN_HOST / HOSTNAME from (tests pass their own). */
  env?: Record<string, string | undefined>;
  /** Command line of the server process, read for `next start -H <host>` (tests pass their own). */
  argv?: string[];
}

/** Why a write was refused: HTTP status, stable code, one-line message saying what to do. */
export class WriteRefusedError extends Error {
  constructor(
    readonly status: 401 | 403 | 415,
    readonly code: "unsupported_media_type" | "foreign_origin" | "writes_disabled" | "unauthorized",
    message: string,
  ) {
    super(message);
    this.name = "WriteRefusedError";
  }
}

const CONTENT_TYPES: Record<BodyKind, string> = { json: "application/json", multipart: "multipart/form-data" };

const LOOPBACK = new Set(["127.0.0.1", "::1", "[::1]", "localhost", "::ffff:127.0.0.1"]);

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

/** The origin the browser used to reach us (Host header; the scheme from X-Forwarded-Proto or the URL). */
function ownOrigins(req: Request): Set<string> {
  const url = new URL(req.url);
  const origins = new Set([url.origin]);
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (host) {
    const proto = req.headers.get("x-forwarded-proto") ?? url.protocol.replace(/:$/, "");
    origins.add(`${proto}://${host}`);
  }
  return origins;
}

/** Throws WriteRefusedError when `req` may not write; returns normally when it may. */
export function checkWriteRequest(req: Request, opts: WriteGuardOptions = {}): void {
  const env = opts.env ?? process.env;
  const accept = opts.accept ?? ["json"];
  const type = (req.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (!accept.some((kind) => CONTENT_TYPES[kind] === type)) {
    throw new WriteRefusedError(
      415,
      "unsupported_media_type",
      `This route takes ${accept.map((k) => CONTENT_TYPES[k]).join(" or ")} bodies, got ${type || "no content type"}`,
    );
  }
  // Browsers send Origin on every POST; clients without one (curl, the CLI) cannot be a cross-site forgery.
  const origin = req.headers.get("origin");
  if (origin !== null && !ownOrigins(req).has(origin)) {
    throw new WriteRefusedError(
      403,
      "foreign_origin",
      `Refused: writes must come from this app's own pages, not ${origin}`,
    );
  }
  if (req.headers.get("sec-fetch-site") === "cross-site") {
    throw new WriteRefusedError(403, "foreign_origin", "Refused: cross-site write request");
  }
  const token = env.NEWSGRAPH_WRITE_TOKEN?.trim();
  if (token) {
    const given = presentedToken(req);
    if (given === null || !sameToken(given, token)) {
      throw new WriteRefusedError(
        401,
        "unauthorized",
        "This server needs its write token (NEWSGRAPH_WRITE_TOKEN): send it as `Authorization: Bearer <token>` " +
          "or enter it in the Corrections view",
      );
    }
    return;
  }
  if (!isLoopbackHost(listenHost(env, opts.argv ?? process.argv))) {
    throw new WriteRefusedError(
      403,
      "writes_disabled",
      "Writes are off: the app does not listen on loopback only. Start it with `-H 127.0.0.1`, or set " +
        "NEWSGRAPH_WRITE_TOKEN on the server to allow writes with that token",
    );
  }
}

/** The guard as a route helper: a ready error response when refused, else null. */
export function guardWrite(req: Request, opts: WriteGuardOptions = {}): NextResponse<ApiErrorBody> | null {
  try {
    checkWriteRequest(req, opts);
    return null;
  } catch (e) {
    if (!(e instanceof WriteRefusedError)) throw e;
    return NextResponse.json({ error: { code: e.code, message: e.message } }, { status: e.status });
  }
}
