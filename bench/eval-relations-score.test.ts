/**
 * Tests of the relation evaluation's scoring: normalisation, the CoNLL04 mapping and the labelled-set rule.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { GraphData } from "../lib/graph/types";
import { conllTypeOf, goldPairsOf, matchLabelled, normaliseSpan, type LabelledSet } from "./eval-relations-score";

test("normaliseSpan drops case, accents, possessive, honorific and punctuation", () => {
  assert.equal(normaliseSpan("Mr Greenspan's"), "greenspan");
  assert.equal(normaliseSpan("  Dunkin' Donuts "), "dunkin donuts");
  assert.equal(normaliseSpan("Zürich"), "zurich");
  assert.equal(normaliseSpan("U.S."), "u s");
});

test("conllTypeOf follows the README mapping, directed", () => {
  assert.equal(conllTypeOf("PERSON", "ORGANIZATION", "CHAIRMAN_OF"), "Work_For");
  assert.equal(conllTypeOf("ORGANIZATION", "PERSON", "HIRED"), null);
  assert.equal(conllTypeOf("LOCATION", "LOCATION", "LOCATED_IN"), "Located_In");
  assert.equal(conllTypeOf("PERSON", "PERSON", "SHOT_DEAD"), "Kill");
  assert.equal(conllTypeOf("PERSON", "PERSON", "MET"), null);
});

const set: LabelledSet = {
  articles: [{ file: "sport/003.txt", title: "t" }],
  relations: [
    {
      file: "sport/003.txt",
      sentence: "Greene crossed the line just 0.02 seconds behind Gatlin.",
      subject: "Greene",
      predicate: "FINISHED_BEHIND",
      object: "Gatlin",
      subjectEntity: "Maurice Greene",
      objectEntity: "Justin Gatlin",
      negated: false,
    },
    {
      file: "sport/003.txt",
      sentence: "He then has another indoor meeting in France.",
      subject: "He",
      predicate: "COMPETES_IN",
      object: "France",
      subjectEntity: "Maurice Greene",
      objectEntity: "France",
      negated: false,
      coreference: true,
    },
  ],
};

function graphWith(relations: { source: string; target: string; predicate: string; confidence: number }[]): GraphData {
  const ent = (id: string, name: string, mention: string) => ({
    id,
    name,
    type: "PERSON" as const,
    aliases: [],
    mentions: [{ articleId: "a1", start: 0, end: mention.length, text: mention }],
  });
  return {
    version: 1,
    articles: [],
    entities: [
      ent("p:g", "Maurice Greene", "Greene"),
      ent("p:j", "Justin Gatlin", "Gatlin"),
      ent("l:f", "France", "France"),
    ],
    relations: relations.map((r, i) => ({
      id: `r${i}`,
      ...r,
      sources: [],
      evidence: [{ articleId: "a1", sentence: "", start: 0, end: 0 }],
    })),
  };
}

test("matchLabelled: pair match ignores direction and predicate; unmatched pairs are false positives", () => {
  const graph = graphWith([
    { source: "p:j", target: "p:g", predicate: "BEAT", confidence: 0.9 },
    { source: "p:j", target: "l:f", predicate: "VISITED", confidence: 0.5 },
  ]);
  const s = matchLabelled(set, graph, new Map([["a1", "sport/003.txt"]]));
  assert.deepEqual(s.all, { tp: 1, fp: 1, fn: 1 });
  assert.deepEqual(s.confident, { tp: 1, fp: 0, fn: 0 });
  assert.equal(s.predicateAgrees, 0);
  // The France pair is only stated through "He": left out of the no-coreference recall.
  assert.deepEqual(s.noCoref, { tp: 1, fp: 1, fn: 0 });
});

test("matchLabelled ignores relations from articles outside the set", () => {
  const graph = graphWith([{ source: "p:j", target: "p:g", predicate: "BEAT", confidence: 0.9 }]);
  const s = matchLabelled(set, graph, new Map());
  assert.deepEqual(s.all, { tp: 0, fp: 0, fn: 2 });
});

test("the committed fixture is consistent: every label's words occur in its sentence, 25 articles", () => {
  const fixture = JSON.parse(
    readFileSync(new URL("../lib/extract/relations/fixtures/bbc-relations.json", import.meta.url), "utf8"),
  ) as LabelledSet;
  assert.equal(fixture.articles.length, 25);
  for (const cat of ["business", "entertainment", "politics", "sport", "tech"])
    assert.equal(fixture.articles.filter((a) => a.file.startsWith(cat + "/")).length, 5);
  const files = new Set(fixture.articles.map((a) => a.file));
  for (const r of fixture.relations) {
    assert.ok(files.has(r.file), r.file);
    assert.ok(r.sentence.includes(r.subject) && r.sentence.includes(r.object), `${r.subject} / ${r.object}`);
    assert.match(r.predicate, /^[A-Z][A-Z_]*[A-Z]$/);
  }
  assert.ok(goldPairsOf(fixture).size >= 140);
});
