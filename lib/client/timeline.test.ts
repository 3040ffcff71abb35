import { test } from "node:test";
import assert from "node:assert/strict";
import { timelineOrder } from "./timeline";
import { cypherToSubGraph } from "./cypher-graph";

test("timeline: dated ascending, undated last", () => {
  const out = timelineOrder([
    { title: "c", date: null },
    { title: "b", date: "2022-01-19" },
    { title: "a", date: "2021-06-01" },
    { title: "d", date: "2022-01-19" },
  ]);
  assert.deepEqual(
    out.map((x) => x.title),
    ["a", "b", "d", "c"],
  );
  assert.deepEqual(timelineOrder([]), []);
});

test("cypher graph: names from properties, types from labels, dangling edges dropped", () => {
  const sub = cypherToSubGraph({
    nodes: [
      { id: "1", labels: ["Entity", "Person"], properties: { name: "Vladimir Putin" } },
      { id: "2", labels: ["Article"], properties: { title: "Summit" } },
      { id: "3", labels: [], properties: {} },
    ],
    edges: [
      { id: "r1", type: "MENTIONS", source: "2", target: "1", properties: {} },
      { id: "r2", type: "REL", source: "1", target: "99", properties: { predicate: "MET" } },
    ],
  });
  assert.deepEqual(
    sub.nodes.map((n) => [n.name, n.type, n.degree]),
    [
      ["Vladimir Putin", "PERSON", 1],
      ["Summit", "ARTICLE", 1],
      ["3", "NODE", 0],
    ],
  );
  assert.deepEqual(
    sub.edges.map((e) => [e.id, e.predicate]),
    [["r1", "MENTIONS"]],
  );
});
