import { test } from "node:test";
import assert from "node:assert/strict";
import Graph from "graphology";
import { communityColour, COMMUNITY_PALETTE, detectCommunities, SMALL_COMMUNITY_COLOUR } from "./communities";

/** Two dense groups joined by one bridge, plus an isolated node; multi edges as the render graph has them. */
function twoClusters(): Graph {
  const g = new Graph({ multi: true, type: "directed" });
  const add = (id: string) => g.addNode(id, { label: id.toUpperCase() });
  for (const id of ["a1", "a2", "a3", "a4", "b1", "b2", "b3", "lonely"]) add(id);
  const link = (s: string, t: string) => g.addDirectedEdge(s, t);
  for (const [s, t] of [
    ["a1", "a2"],
    ["a1", "a3"],
    ["a1", "a4"],
    ["a2", "a3"],
    ["a3", "a4"],
    ["a2", "a1"],
    ["b1", "b2"],
    ["b2", "b3"],
    ["b3", "b1"],
    ["a4", "b1"],
  ])
    link(s, t);
  return g;
}

test("Louvain finds the two groups, largest first, named by their most connected entities", () => {
  const r = detectCommunities(twoClusters());
  const [first, second] = r.communities;
  assert.deepEqual([...first.nodes].sort(), ["a1", "a2", "a3", "a4"]);
  assert.deepEqual([...second.nodes].sort(), ["b1", "b2", "b3"]);
  assert.equal(first.index, 0);
  assert.equal(first.top[0], "A1");
  assert.equal(r.of.a2, 0);
  assert.equal(r.of.b3, 1);
  assert.ok(r.modularity > 0.2);
  // The isolated node is its own community of one, ranked last.
  assert.equal(r.communities.at(-1)?.nodes[0], "lonely");
});

test("the same graph always gives the same communities; an empty graph gives none", () => {
  assert.deepEqual(detectCommunities(twoClusters()), detectCommunities(twoClusters()));
  assert.deepEqual(detectCommunities(new Graph()).communities, []);
});

test("community colours: distinct for the largest, neutral past the palette", () => {
  assert.equal(communityColour(0), COMMUNITY_PALETTE[0]);
  assert.equal(communityColour(COMMUNITY_PALETTE.length), SMALL_COMMUNITY_COLOUR);
  assert.equal(communityColour(undefined), SMALL_COMMUNITY_COLOUR);
});
