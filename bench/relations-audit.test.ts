/** Unit test of the corpus-audit match (bench/relations-audit.ts) on a two-relation graph. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { matchAudit, type AuditRow } from "./relations-audit";
import type { GraphData } from "../lib/graph/types";

const row = (source: string, target: string, right: boolean): AuditRow => ({
  file: "politics/001.txt",
  sentenceStart: 10,
  sentence: "…",
  source,
  predicate: "MET",
  target,
  confidence: 0.6,
  right,
  category: right ? "OK" : "WRONG_PAIR",
  note: "",
});

test("a judged relation counts as still stated by article, sentence and both names, in either direction", () => {
  const entity = (id: string, name: string, aliases: string[] = [name]) => ({
    id,
    name,
    type: "PERSON" as const,
    aliases,
    mentions: [],
  });
  const graph: GraphData = {
    version: 1,
    articles: [
      { id: "a1", title: "", source: null, date: null, files: ["/x/bbc/politics/001.txt"], text: "", captions: [] },
    ],
    entities: [entity("p:blair", "Tony Blair", ["Blair", "Tony Blair"]), entity("p:brown", "Gordon Brown")],
    relations: [
      {
        id: "r1",
        source: "p:brown",
        target: "p:blair",
        predicate: "MET",
        confidence: 0.6,
        sources: [],
        evidence: [{ articleId: "a1", sentence: "…", start: 10, end: 40 }],
      },
    ],
  };
  const a = matchAudit(
    [
      row("Blair", "Gordon Brown", true),
      row("Tony Blair", "Michael Howard", false),
      row("Blair", "Gordon Brown", false),
    ],
    graph,
  );
  assert.deepEqual([a.right, a.rightKept, a.wrong, a.wrongKept], [1, 1, 2, 1]);
  // Another sentence of the same article is another statement.
  const moved = matchAudit([{ ...row("Blair", "Gordon Brown", true), sentenceStart: 50 }], graph);
  assert.equal(moved.rightKept, 0);
  assert.equal(moved.lostRight.length, 1);
  // A relation now marked negated no longer states a judged positive claim, and does state a negated one.
  const negatedGraph: GraphData = { ...graph, relations: [{ ...graph.relations[0], negated: true }] };
  const wrongPositive = matchAudit([row("Blair", "Gordon Brown", false)], negatedGraph);
  assert.equal(wrongPositive.wrongKept, 0);
  const rightNegated = matchAudit([{ ...row("Blair", "Gordon Brown", true), negated: true }], negatedGraph);
  assert.equal(rightNegated.rightKept, 1);
});
