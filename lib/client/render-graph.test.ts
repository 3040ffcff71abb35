import { test } from "node:test";
import assert from "node:assert/strict";
import Graph from "graphology";
import { assignCurvatures, CURVATURE_STEP } from "./render-graph";

test("parallel edges fan out as curves on both sides; a lone edge stays straight", () => {
  const g = new Graph({ multi: true, type: "directed" });
  for (const n of ["a", "b", "c"]) g.addNode(n);
  g.addDirectedEdgeWithKey("e1", "a", "b");
  g.addDirectedEdgeWithKey("e2", "a", "b");
  g.addDirectedEdgeWithKey("e3", "b", "a");
  g.addDirectedEdgeWithKey("solo", "b", "c");
  assignCurvatures(g);
  assert.equal(g.getEdgeAttribute("solo", "type"), "arrow");
  const curves = ["e1", "e2", "e3"].map((e) => g.getEdgeAttributes(e));
  assert.ok(curves.every((a) => a.type === "curved"));
  // Seen from a→b: e1 on one side, e2 on the other, e3 (drawn b→a) further out on the first side again.
  const seenFromAB = (e: string) => g.getEdgeAttribute(e, "curvature") * (g.source(e) === "a" ? 1 : -1);
  assert.equal(seenFromAB("e1"), CURVATURE_STEP);
  assert.equal(seenFromAB("e2"), -CURVATURE_STEP);
  assert.equal(seenFromAB("e3"), 2 * CURVATURE_STEP);
  // Dropping a parallel edge makes the survivor straight again.
  g.dropEdge("e2");
  g.dropEdge("e3");
  assignCurvatures(g);
  assert.equal(g.getEdgeAttribute("e1", "type"), "arrow");
});
