import { test } from "node:test";
import assert from "node:assert/strict";
import Graph from "graphology";
import { dateExtent, datasetFrom, facets, filterByDates, filterDataset, mergeSubGraph } from "./dataset";
import { syncRenderGraph } from "./render-graph";
import { colourForType, nodeSize, MAX_NODE_SIZE, MIN_NODE_SIZE } from "./appearance";
import type { GraphEdge, GraphNode } from "../neo4j/types";

const node = (id: string, type: string, degree = 1): GraphNode => ({
  id,
  name: id,
  type,
  aliases: [],
  mentionCount: 1,
  degree,
});
const edge = (id: string, source: string, target: string, predicate = "MET", confidence = 0.8): GraphEdge => ({
  id,
  source,
  target,
  predicate,
  confidence,
  sources: ["AFP"],
  evidenceCount: 2,
});

const base = datasetFrom({
  nodes: [node("putin", "PERSON", 3), node("raisi", "PERSON", 2), node("moscow", "LOCATION", 1)],
  edges: [edge("e1", "putin", "raisi"), edge("e2", "putin", "moscow", "VISITED", 0.3)],
});

test("merge adds new nodes and edges without touching the old dataset", () => {
  const merged = mergeSubGraph(base, {
    nodes: [node("iran", "LOCATION")],
    edges: [edge("e3", "raisi", "iran", "PRESIDENT_OF"), edge("e4", "raisi", "nowhere")],
  });
  assert.equal(Object.keys(merged.nodes).length, 4);
  assert.deepEqual(Object.keys(merged.edges).sort(), ["e1", "e2", "e3"]);
  assert.equal(Object.keys(base.nodes).length, 3);
});

test("filters by type drop the nodes and their edges", () => {
  const f = filterDataset(base, { types: ["PERSON"] });
  assert.deepEqual(Object.keys(f.nodes).sort(), ["putin", "raisi"]);
  assert.deepEqual(Object.keys(f.edges), ["e1"]);
  assert.equal(Object.keys(filterDataset(base, { types: [] }).nodes).length, 0);
});

test("filters by predicate, source and confidence", () => {
  assert.deepEqual(Object.keys(filterDataset(base, { predicates: ["VISITED"] }).edges), ["e2"]);
  assert.deepEqual(Object.keys(filterDataset(base, { minConfidence: 0.5 }).edges), ["e1"]);
  assert.deepEqual(Object.keys(filterDataset(base, { sources: ["Reuters"] }).edges), []);
});

test("facets list distinct values", () => {
  assert.deepEqual(facets(base), { types: ["LOCATION", "PERSON"], predicates: ["MET", "VISITED"], sources: ["AFP"] });
});

test("sync keeps positions of existing nodes and places new ones near a neighbour", () => {
  const g = new Graph({ multi: true, type: "directed" });
  const first = syncRenderGraph(g, base);
  assert.equal(first.added.length, 3);
  assert.equal(g.size, 2);
  g.setNodeAttribute("putin", "x", 1000);
  const merged = mergeSubGraph(base, { nodes: [node("iran", "LOCATION")], edges: [edge("e3", "putin", "iran")] });
  const second = syncRenderGraph(g, merged);
  assert.deepEqual(second.added, ["iran"]);
  assert.equal(g.getNodeAttribute("putin", "x"), 1000);
  assert.ok(Math.abs(g.getNodeAttribute("iran", "x") - 1000) < 10);
  const third = syncRenderGraph(g, filterDataset(merged, { types: ["PERSON"] }));
  assert.deepEqual(third.removed.sort(), ["iran", "moscow"]);
  assert.equal(g.order, 2);
  assert.equal(g.size, 1);
});

test("appearance: colour by type with a fallback, size bounded", () => {
  assert.notEqual(colourForType("PERSON"), colourForType("LOCATION"));
  assert.equal(colourForType("person"), colourForType("PERSON"));
  assert.ok(colourForType("SOMETHING_NEW").startsWith("#"));
  assert.equal(nodeSize(0, 10), MIN_NODE_SIZE);
  assert.equal(nodeSize(10, 10), MAX_NODE_SIZE);
  assert.equal(nodeSize(Number.NaN, 0), MIN_NODE_SIZE);
  assert.ok(nodeSize(4, 16) > nodeSize(1, 16));
});

test("negated claims are hidden unless the filter asks for them, and drawn as 'not …'", () => {
  const ds = datasetFrom({
    nodes: [node("putin", "PERSON"), node("raisi", "PERSON")],
    edges: [edge("e1", "putin", "raisi"), { ...edge("e2", "putin", "raisi", "SIGNED_DEAL_WITH"), negated: true }],
  });
  assert.deepEqual(Object.keys(filterDataset(ds, {}).edges), ["e1"]);
  assert.deepEqual(Object.keys(filterDataset(ds, { negated: true }).edges).sort(), ["e1", "e2"]);
  const g = new Graph({ multi: true });
  syncRenderGraph(g, filterDataset(ds, { negated: true }));
  assert.equal(g.getEdgeAttribute("e2", "label"), "not signed deal with");
  assert.equal(g.getEdgeAttribute("e1", "label"), "met");
});

test("date window: relations whose first..last span overlaps it, and their entities; no window keeps all", () => {
  const node = (id: string): GraphNode => ({ id, name: id, type: "PERSON", aliases: [], mentionCount: 1, degree: 1 });
  const edge = (id: string, s: string, t: string, firstDate: string | null, lastDate: string | null): GraphEdge => ({
    id,
    source: s,
    target: t,
    predicate: "MET",
    confidence: 1,
    sources: [],
    evidenceCount: 1,
    firstDate,
    lastDate,
  });
  const ds = datasetFrom({
    nodes: ["a", "b", "c", "d", "e"].map(node),
    edges: [
      edge("early", "a", "b", "2020-01-01", "2020-03-01"),
      edge("late", "c", "d", "2022-05-01", "2022-06-01"),
      edge("long", "a", "e", "2019-01-01", "2023-01-01"),
      edge("undated", "b", "d", null, null),
    ],
  });
  assert.deepEqual(dateExtent(ds), { from: "2019-01-01", to: "2023-01-01" });
  assert.equal(filterByDates(ds, null), ds);
  const mid = filterByDates(ds, { from: "2021-01-01", to: "2021-12-31" });
  assert.deepEqual(Object.keys(mid.edges), ["long"]);
  assert.deepEqual(Object.keys(mid.nodes).sort(), ["a", "e"]);
  const edgeOfWindow = filterByDates(ds, { from: "2020-03-01", to: "2022-05-01" });
  assert.deepEqual(Object.keys(edgeOfWindow.edges).sort(), ["early", "late", "long"]);
  assert.equal(dateExtent(datasetFrom({ nodes: [], edges: [] })), null);
});
