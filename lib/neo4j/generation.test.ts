import { test } from "node:test";
import assert from "node:assert/strict";
import { batchedReader, type Generation } from "./generation";

/** A query whose answers the test releases one by one, recording when each started. */
function controlledQuery() {
  const started: { resolve: (g: Generation) => void; reject: (e: Error) => void }[] = [];
  const query = () =>
    new Promise<Generation>((resolve, reject) => {
      started.push({ resolve, reject });
    });
  return { query, started };
}

const tick = () => new Promise((r) => setImmediate(r));

test("callers during a running check share the next one, which starts after it", async () => {
  const { query, started } = controlledQuery();
  const read = batchedReader(query);
  const first = read();
  assert.equal(started.length, 1);
  // These asked while the first check was running: it may predate a write they have seen, so not theirs.
  const later = [read(), read(), read()];
  assert.equal(started.length, 1, "a second query started while one is in flight");
  started[0].resolve("g1");
  assert.equal(await first, "g1");
  await tick();
  assert.equal(started.length, 2, "one query for all the waiting callers");
  started[1].resolve("g2");
  assert.deepEqual(await Promise.all(later), ["g2", "g2", "g2"]);
});

test("a failed check rejects its callers only; the waiting ones get a fresh check", async () => {
  const { query, started } = controlledQuery();
  const read = batchedReader(query);
  const first = read();
  const second = read();
  started[0].reject(new Error("down"));
  await assert.rejects(first, /down/);
  await tick();
  started[1].resolve("g1");
  assert.equal(await second, "g1");
  // Idle again: the next caller starts its own check at once.
  const third = read();
  assert.equal(started.length, 3);
  started[2].resolve(null);
  assert.equal(await third, null);
});
