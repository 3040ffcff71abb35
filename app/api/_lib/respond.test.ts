import { test } from "node:test";
import assert from "node:assert/strict";
import { z } from "zod";
import {
  AuthenticationError,
  CypherSyntaxError,
  DatabaseUnavailableError,
  QueryRefusedError,
  QueryTimeoutError,
} from "../../../lib/neo4j/errors";
import { errorResponse, handle, notFound } from "./respond";
import { overviewQuery, pathQuery, searchQuery } from "./schemas";

async function statusOf(e: unknown) {
  const res = errorResponse(e);
  return { status: res.status, body: (await res.json()) as { error: { code: string; message: string } } };
}

test("graph-store errors map to their HTTP status and code", async () => {
  const cases: [unknown, number, string][] = [
    [new DatabaseUnavailableError("down"), 503, "database_unavailable"],
    [new AuthenticationError("bad password"), 503, "database_unavailable"],
    [new QueryTimeoutError("slow"), 408, "timeout"],
    [new QueryRefusedError("read-only"), 400, "read_only"],
    [new CypherSyntaxError("Invalid input"), 400, "cypher_error"],
    [new Error("boom"), 500, "internal"],
  ];
  for (const [err, status, code] of cases) {
    const r = await statusOf(err);
    assert.equal(r.status, status, String(err));
    assert.equal(r.body.error.code, code);
    assert.ok(r.body.error.message.length > 0);
  }
});

test("handle: value → 200 JSON, notFound → 404, zod → 400 naming the field", async () => {
  const ok = await handle(async () => ({ a: 1 }));
  assert.equal(ok.status, 200);
  assert.deepEqual(await ok.json(), { a: 1 });
  const nf = await handle(async () => notFound('Entity "x"'));
  assert.equal(nf.status, 404);
  const bad = await handle(async () => searchQuery.parse({ q: "" }));
  assert.equal(bad.status, 400);
  assert.match(((await bad.json()) as { error: { message: string } }).error.message, /^q:/);
});

test("schemas: defaults, csv lists, and bad values refused", () => {
  assert.deepEqual(searchQuery.parse({ q: " Putin " }), { q: "Putin", limit: 10 });
  const o = overviewQuery.parse({ types: "PERSON, LOCATION", minConfidence: "0.5" });
  assert.deepEqual(o.types, ["PERSON", "LOCATION"]);
  assert.equal(o.limit, 150);
  assert.throws(() => overviewQuery.parse({ from: "yesterday" }), z.ZodError);
  assert.throws(() => overviewQuery.parse({ limit: "-3" }), z.ZodError);
  assert.throws(() => pathQuery.parse({ from: "a" }), z.ZodError);
});
