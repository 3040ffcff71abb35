/**
 * Tests for the plain (non-terminal) progress lines and the summary formatting helpers.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { createProgress } from "./progress";
import { count, duration } from "./format";

function capture() {
  const lines: string[] = [];
  return { lines, stream: { isTTY: false, write: (s: string) => lines.push(...s.split("\n").filter(Boolean)) } };
}

test("plain progress prints the start, about twenty steps and the end, never the same line twice", () => {
  const { lines, stream } = capture();
  const p = createProgress(stream, { stage: "ingest", unit: "files" });
  p.start(1000);
  for (let i = 1; i <= 1000; i++) p.update(i);
  p.stop();
  assert.equal(lines[0], "[ingest] 0/1000 files");
  assert.equal(lines.at(-1), "[ingest] 1000/1000 files");
  assert.ok(lines.length >= 20 && lines.length <= 22, `${lines.length} lines`);
  assert.equal(new Set(lines).size, lines.length);
});

test("plain progress with few units prints every step; unknown totals print counts", () => {
  const { lines, stream } = capture();
  const p = createProgress(stream, { stage: "extract", unit: "articles" });
  p.start(3);
  p.update(1);
  p.update(2);
  p.update(3);
  p.stop();
  assert.deepEqual(lines, [
    "[extract] 0/3 articles",
    "[extract] 1/3 articles",
    "[extract] 2/3 articles",
    "[extract] 3/3 articles",
  ]);
  const open = capture();
  const q = createProgress(open.stream, { stage: "scan", unit: "files" });
  q.start(null);
  q.update(7);
  q.stop();
  assert.deepEqual(open.lines, ["[scan] 7 files"]);
});

test("plain progress prints a line when the step detail changes, even between throttled counts", () => {
  const { lines, stream } = capture();
  const p = createProgress(stream, { stage: "extract", unit: "steps" });
  p.start(1002);
  for (let i = 1; i <= 1000; i++) p.update(i, undefined, "articles");
  p.update(1001, undefined, "merged");
  p.update(1002, undefined, "aggregated");
  p.stop();
  assert.equal(lines[0], "[extract] 0/1002 steps");
  assert.equal(lines[1], "[extract] 1/1002 steps (articles)");
  assert.deepEqual(lines.slice(-2), ["[extract] 1001/1002 steps (merged)", "[extract] 1002/1002 steps (aggregated)"]);
  assert.ok(lines.length <= 25, `${lines.length} lines`);
  assert.equal(new Set(lines).size, lines.length);
});

test("counts and durations read naturally", () => {
  assert.equal(count(1, "file"), "1 file");
  assert.equal(count(2225, "article"), "2,225 articles");
  assert.equal(count(0, "entity", "entities"), "0 entities");
  assert.equal(duration(2345), "2.3 s");
  assert.equal(duration(40), "0.0 s");
  assert.equal(duration(126_000), "2 min 06 s");
});
