// Unit test of the render bench's frame statistics (pure; the bench itself needs Chromium and Neo4j).
import { test } from "node:test";
import assert from "node:assert/strict";
import { frameStats } from "./render";

test("frameStats: a steady 60 Hz window reads 60 fps; one long frame shows as the worst frame", () => {
  const steady = Array.from({ length: 61 }, (_, i) => i * (1000 / 60));
  const s = frameStats(steady, 0, 1001);
  assert.equal(s.frames, 61);
  assert.equal(s.fps, 60);
  assert.equal(s.worstMs, 16.7);
  const janky = [...steady.slice(0, 30), 30 * (1000 / 60) + 150, ...steady.slice(31).map((t) => t + 150)];
  const j = frameStats(janky, 0, 2000);
  assert.ok(j.fps < 60 && j.fps > 40, String(j.fps));
  assert.ok(j.worstMs > 150, String(j.worstMs));
});

test("frameStats: stamps outside the window are ignored; fewer than two frames give 0 fps", () => {
  assert.equal(frameStats([0, 10, 20, 5000], 0, 20).frames, 3);
  const none = frameStats([5000], 0, 100);
  assert.equal(none.fps, 0);
  assert.equal(none.worstMs, 100);
});
