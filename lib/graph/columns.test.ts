import { test } from "node:test";
import assert from "node:assert/strict";
import { COLUMNS_FORMAT, fromColumns, toColumns } from "./columns";
import type { SubGraph } from "../neo4j/types";

const sub: SubGraph = {
  nodes: [
    { id: "person:a", name: "Ann", type: "PERSON", aliases: ["A."], mentionCount: 3, degree: 2, coMentionDegree: 5 },
    {
      id: "org:b",
      name: "Bee Corp",
      type: "ORGANIZATION",
      aliases: [],
      mentionCount: 1,
      degree: 1,
      coMentionDegree: 0,
    },
    { id: "person:c", name: "Cy", type: "PERSON", aliases: [], mentionCount: 1, degree: 1, coMentionDegree: 0 },
  ],
  edges: [
    {
      id: "r1",
      source: "person:a",
      target: "org:b",
      predicate: "WORKS_FOR",
      confidence: 0.85,
      sources: ["BBC", "AFP"],
      evidenceCount: 2,
      firstDate: "2004-01-02",
      lastDate: "2005-03-04",
    },
    {
      id: "r2",
      source: "person:c",
      target: "person:a",
      predicate: "CRITICISED",
      confidence: 0.5,
      sources: [],
      evidenceCount: 1,
      negated: true,
      firstDate: null,
      lastDate: null,
    },
  ],
};

test("columns round-trip to the same subgraph", () => {
  const cols = toColumns(sub);
  assert.equal(cols.format, COLUMNS_FORMAT);
  assert.deepEqual(fromColumns(JSON.parse(JSON.stringify(cols))), sub);
});

test("no key or repeated string per row: ends are node indexes, strings are codes", () => {
  const cols = toColumns(sub);
  assert.deepEqual(cols.edges.source, [0, 2]);
  assert.deepEqual(cols.edges.target, [1, 0]);
  assert.equal(cols.strings.filter((s) => s === "PERSON").length, 1);
  assert.deepEqual(cols.edges.negated, [1]);
  assert.deepEqual(cols.edges.firstDate, [cols.strings.indexOf("2004-01-02"), -1]);
  const big: SubGraph = {
    nodes: Array.from({ length: 200 }, (_, i) => ({ ...sub.nodes[0], id: `person:${i}` })),
    edges: Array.from({ length: 400 }, (_, i) => ({
      ...sub.edges[0],
      id: `r${i}`,
      source: `person:${i % 200}`,
      target: `person:${(i * 7) % 200}`,
    })),
  };
  const ratio = JSON.stringify(toColumns(big)).length / JSON.stringify(big).length;
  assert.ok(ratio < 0.4, `columns are ${ratio.toFixed(2)} of the object form`);
});

test("an edge whose end is not among the nodes is left out; an unknown format is refused", () => {
  const cols = toColumns({ nodes: sub.nodes.slice(0, 2), edges: sub.edges });
  assert.deepEqual(cols.edges.id, ["r1"]);
  assert.throws(() => fromColumns({ ...cols, format: "other" as typeof COLUMNS_FORMAT }), /Unknown subgraph format/);
});
