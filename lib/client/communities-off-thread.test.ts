import { test } from "node:test";
import assert from "node:assert/strict";
import Graph from "graphology";
import { detectCommunities } from "./communities";
import { communityInput } from "./communities-off-thread";

test("the worker's input rebuilds a graph with the same communities and names as the drawn one", () => {
  const g = new Graph({ multi: true, type: "directed" });
  for (const id of ["a", "b", "c", "x", "y", "z"]) g.addNode(id, { label: id.toUpperCase(), color: "#000" });
  for (const [s, t] of [
    ["a", "b"],
    ["b", "c"],
    ["c", "a"],
    ["a", "b"],
    ["x", "y"],
    ["y", "z"],
    ["z", "x"],
    ["c", "x"],
  ])
    g.addEdge(s, t);
  const input = communityInput(g);
  assert.equal(input.nodes.length, 6);
  assert.equal(input.edges.length, 8);
  const rebuilt = new Graph({ multi: true, type: "directed" });
  for (const [id, label] of input.nodes) rebuilt.addNode(id, { label });
  for (const [s, t] of input.edges) rebuilt.addEdge(s, t);
  assert.deepEqual(detectCommunities(rebuilt), detectCommunities(g));
});
