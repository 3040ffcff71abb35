import { test } from "node:test";
import assert from "node:assert/strict";
import { mulberry32 } from "../lib/util/random";
import { repeatShare, typedPrefix, weightedSample } from "./request-mix";

test("weighted draws follow the weights, are reproducible, and reach light items too", () => {
  const items = [{ id: "hub", weight: 99 }, ...Array.from({ length: 100 }, (_, i) => ({ id: `e${i}`, weight: 0 }))];
  const draws = weightedSample(items, 20_000, 3).map((x) => x.id);
  assert.deepEqual(
    draws,
    weightedSample(items, 20_000, 3).map((x) => x.id),
  );
  const hub = draws.filter((id) => id === "hub").length / draws.length;
  assert.ok(Math.abs(hub - 0.5) < 0.02, `hub drawn ${hub}`);
  assert.ok(new Set(draws).size > 90, "light items never drawn");
});

test("typed prefixes are 3 characters up to the whole name", () => {
  const rand = mulberry32(1);
  for (let i = 0; i < 200; i++) {
    const p = typedPrefix("Tony Blair", rand);
    assert.ok(p.length >= 3 && "Tony Blair".startsWith(p), p);
  }
  assert.equal(typedPrefix("EU", rand), "EU");
});

test("repeat share counts paths seen before", () => {
  assert.equal(repeatShare(["a", "b", "a", "a"]), 0.5);
  assert.equal(repeatShare([]), 0);
});
