// Unit test of the render bench's frame statistics (pure; the bench itself needs Chromium and Neo4j).
import { test } from "node:test";
import assert from "node:assert/strict";
import { frameStats } from "./render";
import { hotFunctions } from "./render-cpu";

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

test("hotFunctions: self time per function from a CPU profile, summed over call sites, largest first", () => {
  const profile = {
    nodes: [
      { id: 1, callFrame: { functionName: "(root)", url: "", lineNumber: -1 } },
      {
        id: 2,
        callFrame: { functionName: "process", url: "http://x/_next/static/chunks/sigma.js?v=1", lineNumber: 9 },
      },
      {
        id: 3,
        callFrame: { functionName: "process", url: "http://x/_next/static/chunks/sigma.js?v=1", lineNumber: 9 },
      },
      { id: 4, callFrame: { functionName: "", url: "http://x/app.js", lineNumber: 0 } },
    ],
    // Each sample's time is the delta to the next one (µs).
    samples: [2, 3, 4, 2],
    timeDeltas: [0, 1000, 2000, 500],
  };
  const hot = hotFunctions(profile);
  assert.deepEqual(hot, [
    { name: "process sigma.js:10", selfMs: 3 },
    { name: "(anonymous) app.js:1", selfMs: 0.5 },
  ]);
});
