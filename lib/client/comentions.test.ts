import { test } from "node:test";
import assert from "node:assert/strict";
import { datasetFrom } from "./dataset";
import { CO_MENTION_PREDICATE, coMentionId, isCoMentionEdge, withCoMentions } from "./comentions";
import { edgeAttributes } from "./appearance";

const node = (id: string) => ({ id, name: id, type: "PERSON", aliases: [], mentionCount: 1, degree: 0 });

test("co-mentions join drawn entities only, weighted by shared articles, dated by their articles", () => {
  const ds = datasetFrom({ nodes: [node("a"), node("b")], edges: [] });
  const pair = (source: string, target: string, articles: number) => ({
    source,
    target,
    articles,
    sample: [
      { id: "x2", title: "Later", date: "2024-02-01" },
      { id: "x1", title: "Earlier", date: "2024-01-01" },
    ],
  });
  const out = withCoMentions(ds, [pair("a", "b", 3), pair("a", "zzz", 9)]);
  assert.deepEqual(Object.keys(out.edges), [coMentionId("a", "b")]);
  const e = out.edges[coMentionId("a", "b")];
  assert.equal(e.predicate, CO_MENTION_PREDICATE);
  assert.equal(e.evidenceCount, 3);
  assert.equal(e.firstDate, "2024-01-01");
  assert.equal(e.lastDate, "2024-02-01");
  assert.ok(isCoMentionEdge(e.id));
  assert.ok(!isCoMentionEdge("rel:met:a:b"));
  assert.equal(withCoMentions(ds, []), ds);
});

test("co-mention edges are drawn thin, grey and undirected", () => {
  const ds = withCoMentions(datasetFrom({ nodes: [node("a"), node("b")], edges: [] }), [
    { source: "a", target: "b", articles: 4, sample: [] },
  ]);
  const attrs = edgeAttributes(Object.values(ds.edges)[0]);
  assert.equal(attrs.type, "line");
  assert.ok(attrs.size < 2);
  assert.match(attrs.color, /^rgba\(1\d\d, 1\d\d, 1\d\d/);
  assert.equal(attrs.label, "4 shared articles");
});
