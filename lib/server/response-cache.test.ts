import { test } from "node:test";
import assert from "node:assert/strict";
import { CachedBody, ResponseCache } from "./response-cache";

const body = (text: string) => new CachedBody(Buffer.from(text));

test("an answer is served only at the generation it was stored at", () => {
  const cache = new ResponseCache(1 << 20);
  cache.set("k", "g1", body('{"a":1}')); // nothing seen yet: generation g1 is not current, not kept
  assert.equal(cache.get("k", "g1"), undefined);
  cache.set("k", "g1", body('{"a":1}'));
  assert.equal(cache.get("k", "g1")?.body.toString(), '{"a":1}');
  // A write bumped the generation: the old answer is gone, for every key.
  cache.set("other", "g1", body("[]"));
  assert.equal(cache.get("k", "g2"), undefined);
  assert.equal(cache.get("other", "g2"), undefined);
  assert.equal(cache.stats().entries, 0);
});

test("an answer computed at an older generation than the newest seen is not kept", () => {
  const cache = new ResponseCache(1 << 20);
  cache.get("k", "g1");
  cache.get("x", "g2"); // a later request already saw the write
  cache.set("k", "g1", body("stale"));
  assert.equal(cache.get("k", "g1"), undefined);
  assert.equal(cache.get("k", "g2"), undefined);
});

test("bounded by bytes: the least recently used answers go first", () => {
  const kb = "x".repeat(1000);
  const cache = new ResponseCache(5 * 1400);
  cache.get("a", "g");
  for (const key of ["a", "b", "c", "d"]) cache.set(key, "g", body(kb));
  assert.ok(cache.get("a", "g")); // a is now the most recently used
  for (const key of ["e", "f"]) cache.set(key, "g", body(kb));
  const { bytes, maxBytes, evictions } = cache.stats();
  assert.ok(bytes <= maxBytes, `${bytes} > ${maxBytes}`);
  assert.ok(evictions >= 1);
  assert.ok(cache.get("a", "g"), "the recently used entry was evicted");
  assert.equal(cache.get("b", "g"), undefined, "the least recently used entry is still there");
});

test("an answer larger than a quarter of the budget is not kept", () => {
  const cache = new ResponseCache(4000);
  cache.get("big", "g");
  cache.set("big", "g", body("y".repeat(1500)));
  assert.equal(cache.get("big", "g"), undefined);
  assert.equal(cache.stats().bytes, 0);
});

test("the ETag is weak and follows the bytes", () => {
  assert.match(body("{}").etag, /^W\/"[\w-]{22}"$/);
  assert.equal(body('{"a":1}').etag, body('{"a":1}').etag);
  assert.notEqual(body('{"a":1}').etag, body('{"a":2}').etag);
});
