/**
 * The one guard for every POST (and future write) route: cross-site protection and a body read that holds its
 * limits before anything reaches the database.
 *
 *   const body = await readGuardedJson(req, { maxBytes: 256 * 1024, maxDepth: 32 });
 *
 * - The content type must be `application/json`: a web page can send `text/plain` or form bodies to the local app
 *   without a CORS preflight, but not JSON. Otherwise 415.
 * - A foreign `Origin` (or `Sec-Fetch-Site: cross-site` without one) is refused with 403. Same origin means the
 *   Origin's host equals the request's Host (or X-Forwarded-Host); NEWSGRAPH_ALLOWED_ORIGINS adds more
 *   (comma-separated, e.g. `https://graph.example.org`). Requests without either header (curl, scripts) pass.
 * - The body is read as a stream and refused with 413 past `maxBytes` (also when Content-Length says so up front),
 *   and with 400 when its JSON nests deeper than `maxDepth` (checked before JSON.parse) or is not JSON.
 * Routes call `readGuardedJson` inside `handle()`: the HttpError it throws becomes the matching response.
 */
import { HttpError } from "./respond";

export interface GuardOptions {
  /** Largest accepted body in bytes. */
  maxBytes: number;
  /** Deepest accepted nesting of JSON arrays/objects. */
  maxDepth: number;
  /** Extra allowed origins (defaults to NEWSGRAPH_ALLOWED_ORIGINS). */
  allowedOrigins?: string[];
}

export const DEFAULT_GUARD: GuardOptions = { maxBytes: 256 * 1024, maxDepth: 32 };

function allowedFromEnv(): string[] {
  return (process.env.NEWSGRAPH_ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((s) => s.trim().replace(/\/+$/, ""))
    .filter(Boolean);
}

/** Throws HttpError 403 when the request comes from another site. */
export function assertSameOrigin(req: Request, allowedOrigins: string[] = allowedFromEnv()): void {
  const origin = req.headers.get("origin");
  if (origin === null) {
    if (req.headers.get("sec-fetch-site") === "cross-site") {
      throw new HttpError(403, "forbidden_origin", "Cross-site requests are not accepted by this API.");
    }
    return;
  }
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
    "forbidden_origin",
    `Requests from origin ${origin} are not accepted. Open the app on its own address, or add the origin to NEWSGRAPH_ALLOWED_ORIGINS.`,
  );
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/** Throws HttpError 415 unless the body is declared as JSON. */
export function assertJsonContentType(req: Request): void {
  const type = (req.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json") {
    throw new HttpError(
      415,
      "unsupported_media_type",
      `Send the body as JSON with "Content-Type: application/json" (got ${type ? `"${type}"` : "no content type"}).`,
    );
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

/** Origin and content-type checks, then the size- and depth-limited JSON body. */
export async function readGuardedJson(req: Request, opts: Partial<GuardOptions> = {}): Promise<unknown> {
  const { maxBytes, maxDepth, allowedOrigins } = { ...DEFAULT_GUARD, ...opts };
  assertSameOrigin(req, allowedOrigins ?? allowedFromEnv());
  assertJsonContentType(req);
  const text = await readBodyText(req, maxBytes);
  const depth = jsonDepth(text);
  if (depth > maxDepth) {
    throw new HttpError(400, "bad_request", `The JSON body nests too deeply (${depth} levels, at most ${maxDepth}).`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new HttpError(400, "bad_request", `The body is not valid JSON: ${(e as Error).message}`);
  }
}
