import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "../tokenize";
import type { EntitySpan } from "../types";
import { propagateNames } from "./propagate";
import { retokenise } from "./retokenise";

function sentences(text: string) {
  let offset = 0;
  return text.split("\n").map((line) => {
    const s = { tokens: tokenize(line, offset) };
    offset += line.length + 1;
    return s;
  });
}

test("a name found once is found in the all-caps headline too", () => {
  const text = "PUTIN MEETS RAISI\nVladimir Putin met Raisi.";
  const spans: EntitySpan[] = [
    { start: 18, end: 32, text: "Vladimir Putin", type: "PERSON" },
    { start: 37, end: 42, text: "Raisi", type: "PERSON" },
  ];
  const out = propagateNames(text, sentences(text), spans, new Map());
  assert.deepEqual(
    out.map((s) => `${s.type}:${s.text}`),
    ["PERSON:RAISI", "PERSON:Vladimir Putin", "PERSON:Raisi"],
  );
});

test("ordinary words at the start of a sentence are not turned into names", () => {
  const text = "Will spoke.\nWill it rain?";
  const spans: EntitySpan[] = [{ start: 0, end: 4, text: "Will", type: "PERSON" }];
  const out = propagateNames(text, sentences(text), spans, new Map([["will", "L"]]));
  assert.deepEqual(out, spans);
});

test("lower-case words and text already inside a span are left alone", () => {
  const text = "Apple sells apples.\nApple Inc grew.";
  const spans: EntitySpan[] = [
    { start: 0, end: 5, text: "Apple", type: "ORGANIZATION" },
    { start: 20, end: 29, text: "Apple Inc", type: "ORGANIZATION" },
  ];
  assert.deepEqual(propagateNames(text, sentences(text), spans, new Map()), spans);
  assert.deepEqual(propagateNames(text, sentences(text), [], new Map()), []);
});

test("retokenise keeps initials, short abbreviations and number ranges whole, as CoNLL does", () => {
  const text = "C. Lewis won 6-2 in St. Louis on 1996-08-22 vs. Mr. Smith.";
  const toks = retokenise(tokenize(text), text).map((t) => t.text);
  assert.deepEqual(toks, [
    "C.",
    "Lewis",
    "won",
    "6-2",
    "in",
    "St.",
    "Louis",
    "on",
    "1996-08-22",
    "vs.",
    "Mr.",
    "Smith",
    ".",
  ]);
  for (const t of retokenise(tokenize(text), text)) assert.equal(text.slice(t.start, t.end), t.text);
});

test("retokenise leaves a sentence-final period alone", () => {
  const text = "He met Smith of the US.";
  assert.deepEqual(
    retokenise(tokenize(text), text)
      .map((t) => t.text)
      .slice(-2),
    ["US", "."],
  );
  assert.deepEqual(retokenise([], ""), []);
});
