import { test } from "node:test";
import assert from "node:assert/strict";
import { cacheBytesFromEnv, cacheKey, matchesEtag } from "./cached";

test("If-None-Match compares weakly, accepts lists and *", () => {
  assert.ok(matchesEtag('W/"abc"', 'W/"abc"'));
  assert.ok(matchesEtag('"abc"', 'W/"abc"'));
  assert.ok(matchesEtag('"x", W/"abc"', 'W/"abc"'));
  assert.ok(matchesEtag("*", 'W/"abc"'));
  assert.ok(!matchesEtag('W/"abd"', 'W/"abc"'));
  assert.ok(!matchesEtag(null, 'W/"abc"'));
});

test("cache keys do not depend on parameter order; undefined parameters are left out", () => {
  assert.equal(cacheKey("r", { a: 1, b: [2] }), cacheKey("r", { b: [2], a: 1, c: undefined }));
  assert.notEqual(cacheKey("r", { a: 1 }), cacheKey("s", { a: 1 }));
});

test("NEWSGRAPH_API_CACHE_MB: default 64 MB, 0 = off, nonsense refused", () => {
  assert.equal(cacheBytesFromEnv({}), 64 * 1024 * 1024);
  assert.equal(cacheBytesFromEnv({ NEWSGRAPH_API_CACHE_MB: "0" }), 0);
  assert.equal(cacheBytesFromEnv({ NEWSGRAPH_API_CACHE_MB: "0.5" }), 512 * 1024);
  assert.throws(() => cacheBytesFromEnv({ NEWSGRAPH_API_CACHE_MB: "lots" }), /NEWSGRAPH_API_CACHE_MB/);
});
