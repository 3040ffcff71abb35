/**
 * The one place where API errors become HTTP responses: zod validation → 400, our graph-store errors → 503/408/400,
 * "not found" → 404. Every route wraps its handler in `handle()` so all errors share the `{ error: { code,
 * message } }` shape.
 */
import { NextResponse } from "next/server";
import { z } from "zod";
import {
  AuthenticationError,
  ConsoleBusyError,
  CypherSyntaxError,
  DatabaseUnavailableError,
  GraphStoreError,
  PayloadTooLargeError,
  NotFoundInStoreError,
  QueryRefusedError,
  QueryTimeoutError,
} from "@/lib/neo4j/errors";

export interface ApiErrorBody {
  error: { code: string; message: string };
}

export class NotFoundError extends Error {}

/** An error that already knows its HTTP answer (the request guard's 403, 413, 415, 400). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

/** Registry: first matching entry decides the status and code. */
const ERROR_MAP: { match: (e: unknown) => boolean; status: number; code: string }[] = [
  { match: (e) => e instanceof z.ZodError, status: 400, code: "bad_request" },
  { match: (e) => e instanceof NotFoundError, status: 404, code: "not_found" },
  { match: (e) => e instanceof NotFoundInStoreError, status: 404, code: "not_found" },
  { match: (e) => e instanceof DatabaseUnavailableError, status: 503, code: "database_unavailable" },
  { match: (e) => e instanceof AuthenticationError, status: 503, code: "database_unavailable" },
  { match: (e) => e instanceof QueryTimeoutError, status: 408, code: "timeout" },
  { match: (e) => e instanceof ConsoleBusyError, status: 429, code: "too_many_queries" },
  { match: (e) => e instanceof PayloadTooLargeError, status: 413, code: "payload_too_large" },
  { match: (e) => e instanceof QueryRefusedError, status: 400, code: "read_only" },
  { match: (e) => e instanceof CypherSyntaxError, status: 400, code: "cypher_error" },
];

export function errorMessage(e: unknown): string {
  if (e instanceof z.ZodError) {
    return e.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ");
  }
  if (e instanceof AuthenticationError) {
    return `Neo4j refused the credentials: ${e.message}. Check NEO4J_USER / NEO4J_PASSWORD on the server.`;
  }
  if (e instanceof Error) return e.message;
  return String(e);
}

export function errorResponse(e: unknown): NextResponse<ApiErrorBody> {
  if (e instanceof HttpError) {
    return NextResponse.json({ error: { code: e.code, message: e.message } }, { status: e.status });
  }
  const entry = ERROR_MAP.find((m) => m.match(e));
  if (!entry) {
    console.error("[api] unexpected error", e);
    const code = e instanceof GraphStoreError ? "database_error" : "internal";
    return NextResponse.json({ error: { code, message: errorMessage(e) } }, { status: 500 });
  }
  return NextResponse.json({ error: { code: entry.code, message: errorMessage(e) } }, { status: entry.status });
}

export function notFound(what: string): never {
  throw new NotFoundError(`${what} not found`);
}

/** Runs a handler and turns its result into JSON, or its error into the matching status. */
export async function handle<T>(fn: () => Promise<T>): Promise<NextResponse> {
  try {
    return NextResponse.json(await fn());
  } catch (e) {
    return errorResponse(e);
  }
}

/** Search params as a plain object for zod (`?a=1` → { a: "1" }). */
export function queryObject(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams.entries());
}
