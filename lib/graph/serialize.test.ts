/**
 * Tests for serializeGraph (canonical, deterministic text) and parseJson (syntax errors with a position).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { canonicalGraph, serializeGraph } from "./serialize";
import { GraphParseError, parseJson } from "./read";
import type { GraphData } from "./types";

function graph(): GraphData {
  const text = "Putin met Raisi. Raisi thanked Putin.";
  return {
    version: 1,
    articles: [
      { id: "b", title: "B", source: null, date: null, files: ["z.txt", "a.txt", "z.txt"], text, captions: ["2", "1"] },
      { id: "a", title: "A", source: "AFP", date: "2022-01-19", files: ["a.txt"], text, captions: [] },
    ],
    entities: [
      {
        id: "person:raisi",
        name: "Raisi",
        type: "PERSON",
        aliases: ["Raisi", "Ebrahim Raisi", "Raisi"],
        mentions: [
          { articleId: "b", start: 17, end: 22, text: "Raisi" },
          { articleId: "a", start: 10, end: 15, text: "Raisi" },
        ],
      },
      {
        id: "person:putin",
        name: "Putin",
        type: "PERSON",
        aliases: [],
        mentions: [{ articleId: "a", start: 0, end: 5, text: "Putin" }],
      },
    ],
    relations: [
      {
        id: "r",
        source: "person:putin",
        target: "person:raisi",
        predicate: "MET",
        confidence: 0.5,
        sources: ["TASS", "AFP"],
        evidence: [
          { articleId: "b", sentence: "Putin met Raisi.", start: 0, end: 16 },
          { articleId: "a", sentence: "Putin met Raisi.", start: 0, end: 16 },
        ],
      },
    ],
  };
}

function shuffled(g: GraphData): GraphData {
  // Same content, every array reversed and keys of the first article in a different order.
  const reversed = structuredClone(g);
  reversed.articles.reverse();
  reversed.entities.reverse();
  for (const e of reversed.entities) e.mentions.reverse();
  for (const r of reversed.relations) r.evidence.reverse();
  const [first, ...rest] = reversed.articles;
  const { text, id, ...others } = first;
  reversed.articles = [{ text, ...others, id }, ...rest];
  return reversed;
}

test("the same graph in any order serializes to the same bytes", () => {
  assert.equal(serializeGraph(shuffled(graph())), serializeGraph(graph()));
  assert.equal(serializeGraph(graph()), serializeGraph(JSON.parse(serializeGraph(graph()))));
});

test("canonical order: arrays by id, spans by position, sets sorted, captions kept", () => {
  const c = canonicalGraph(graph());
  assert.deepEqual(
    c.articles.map((a) => a.id),
    ["a", "b"],
  );
  assert.deepEqual(c.articles[1].files, ["a.txt", "z.txt"]);
  assert.deepEqual(c.articles[1].captions, ["2", "1"]);
  assert.deepEqual(
    c.entities.map((e) => e.id),
    ["person:putin", "person:raisi"],
  );
  assert.deepEqual(c.entities[1].aliases, ["Ebrahim Raisi", "Raisi"]);
  assert.deepEqual(
    c.entities[1].mentions.map((m) => m.articleId),
    ["a", "b"],
  );
  assert.deepEqual(c.relations[0].sources, ["AFP", "TASS"]);
  assert.deepEqual(Object.keys(c.articles[0]), ["id", "title", "source", "date", "files", "text", "captions"]);
  assert.deepEqual(Object.keys(c.relations[0].evidence[0]), ["articleId", "sentence", "start", "end"]);
});

test("does not modify its input and drops stray properties", () => {
  const g = graph();
  const before = structuredClone(g);
  (g.entities[0] as unknown as Record<string, unknown>).score = 3;
  const text = serializeGraph(g);
  assert.ok(!text.includes('"score"'));
  (g.entities[0] as unknown as Record<string, unknown>).score = undefined;
  delete (g.entities[0] as unknown as Record<string, unknown>).score;
  assert.deepEqual(g, before);
});

test("indentation: two spaces by default, one line with indent 0, final newline", () => {
  const pretty = serializeGraph(graph());
  assert.ok(pretty.startsWith('{\n  "version": 1,\n  "articles": [\n    {\n      "id": "a",'));
  assert.ok(pretty.endsWith("}\n"));
  const compact = serializeGraph(graph(), { indent: 0 });
  assert.equal(compact.split("\n").length, 2);
  assert.deepEqual(JSON.parse(compact), JSON.parse(pretty));
});

test("parseJson reports line and column of a syntax error", () => {
  assert.throws(
    () => parseJson('{\n  "version": 1,\n  "articles": [,]\n}', "g.json"),
    (e: unknown) => e instanceof GraphParseError && e.line === 3 && /^g\.json:3:\d+: not valid JSON/.test(e.message),
  );
  assert.throws(
    () => parseJson('{"version": 1, "articles": [', "g.json"),
    (e: unknown) =>
      e instanceof GraphParseError && e.line === 1 && /^g\.json:1:29: not valid JSON: Unexpected end/.test(e.message),
  );
  assert.throws(() => parseJson("  ", "g.json"), /g\.json: not valid JSON: the file is empty/);
  assert.deepEqual(parseJson('{"a":1}', "g.json"), { a: 1 });
});

test("claim status survives serialisation: negated relations, speakers and resolved pronouns", () => {
  const g = graph();
  g.relations[0].negated = true;
  g.relations[0].evidence[0].attributedTo = "person:putin";
  g.relations[0].evidence[0].resolved = [
    { start: 10, end: 15, text: "Raisi", entity: "person:raisi" },
    { start: 0, end: 5, text: "Putin", entity: "person:putin" },
  ];
  const back = JSON.parse(serializeGraph(g)) as GraphData;
  const r = back.relations[0];
  assert.equal(r.negated, true);
  const b = r.evidence.find((e) => e.articleId === "b")!;
  assert.equal(b.attributedTo, "person:putin");
  assert.deepEqual(
    b.resolved?.map((s) => s.start),
    [0, 10],
  );
  // Asserted relations and plain evidence keep their bytes: no empty fields are written.
  const plain = serializeGraph(graph());
  assert.ok(!plain.includes("negated") && !plain.includes("attributedTo") && !plain.includes("resolved"));
});
