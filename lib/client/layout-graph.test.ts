import { test } from "node:test";
import assert from "node:assert/strict";
import Graph from "graphology";
import { copyPositions, layoutCopy, LAYOUT_PUSH_MIN_MS, LAYOUT_RENDER_SHARE, pushDelay } from "./layout-graph";

function renderGraph(): Graph {
  const g = new Graph({ multi: true, type: "directed" });
  g.addNode("a", { x: 1, y: 2, size: 5, label: "A", color: "#000" });
  g.addNode("b", { x: 3, y: 4, size: 7, label: "B", color: "#111" });
  g.addDirectedEdgeWithKey("e1", "a", "b", { label: "met" });
  g.addDirectedEdgeWithKey("e2", "a", "b", { label: "praised" });
  return g;
}

test("layoutCopy keeps nodes with positions and sizes and every parallel edge, nothing else", () => {
  const copy = layoutCopy(renderGraph());
  assert.deepEqual(copy.getNodeAttributes("a"), { x: 1, y: 2, size: 5 });
  assert.equal(copy.size, 2);
  assert.equal(copy.multi, true);
  assert.deepEqual(copy.getEdgeAttributes(copy.edges()[0]), {});
});

test("copyPositions moves the render graph's nodes in one batched update and keeps their other attributes", () => {
  const g = renderGraph();
  const copy = layoutCopy(g);
  copy.setNodeAttribute("a", "x", 10);
  copy.addNode("late", { x: 0, y: 0, size: 1 });
  g.addNode("only-rendered", { x: 9, y: 9 });
  let events = 0;
  g.on("eachNodeAttributesUpdated", () => events++);
  g.on("nodeAttributesUpdated", () => events++);
  assert.equal(copyPositions(copy, g), 1);
  assert.equal(events, 1);
  assert.deepEqual(g.getNodeAttributes("a"), { x: 10, y: 2, size: 5, label: "A", color: "#000" });
  assert.deepEqual(g.getNodeAttributes("only-rendered"), { x: 9, y: 9 });
  assert.equal(g.hasNode("late"), false);
});

test("pushDelay: frames with new positions take at most LAYOUT_RENDER_SHARE of the time, never more often than the floor", () => {
  assert.equal(pushDelay(0), LAYOUT_PUSH_MIN_MS);
  assert.equal(pushDelay(Number.NaN), LAYOUT_PUSH_MIN_MS);
  const cost = 400;
  const wait = pushDelay(cost);
  assert.ok(Math.abs(cost / (cost + wait) - LAYOUT_RENDER_SHARE) < 1e-9);
});
