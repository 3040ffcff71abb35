/** Unit tests of the output checks (signatures.ts): pure cases, then real BBC sentences through the pipeline. */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article } from "../../graph/types";
import { loadDefaultTagger } from "../ner";
import { processArticle } from "../pipeline";
import { admissible, admits, isKinshipPredicate } from "./signatures";
import type { SentenceCandidate } from "./index";
import type { RelMention } from "./types";

test("kinship predicates join two people only", () => {
  assert.ok(isKinshipPredicate("BROTHER_OF"));
  assert.ok(isKinshipPredicate("YOUNGER_BROTHER_OF"));
  assert.ok(!isKinshipPredicate("PRESIDENT_OF"));
  assert.ok(!isKinshipPredicate("SONY_OF"));
  assert.ok(admits("WIFE_OF", "PERSON", "PERSON"));
  assert.ok(!admits("BROTHER_OF", "PERSON", "ORGANIZATION"));
  assert.ok(admits("PRESIDENT_OF", "PERSON", "ORGANIZATION"));
});

/** Mentions placed by their surface in `text`, in order. */
function place(text: string, parts: [string, RelMention["type"], string][]): RelMention[] {
  let from = 0;
  return parts.map(([surface, type, ref]) => {
    const start = text.indexOf(surface, from);
    from = start + surface.length;
    return { start, end: start + surface.length, text: surface, type, ref };
  });
}

function candidate(text: string, source: string, predicate: string, target: string): SentenceCandidate {
  return {
    source,
    target,
    predicate,
    confidence: 0.9,
    symmetric: false,
    pattern: "test",
    sentence: { text, start: 0, end: text.length, tokens: [] },
  };
}

test("two names against each other are one name cut in two, unless a known place leads an organisation", () => {
  const a = "He was lured to White Hart Lane by Tottenham.";
  const ma = place(a, [
    ["White", "LOCATION", "L0"],
    ["Hart Lane", "PERSON", "L1"],
    ["Tottenham", "ORGANIZATION", "L2"],
  ]);
  assert.deepEqual(admissible([candidate(a, "L1", "FROM", "L0")], a, ma), []);
  const b = "The US Federal Trade Commission won a court order.";
  const mb = place(b, [
    ["US", "LOCATION", "L0"],
    ["Federal Trade Commission", "ORGANIZATION", "L1"],
  ]);
  assert.equal(admissible([candidate(b, "L1", "BASED_IN", "L0")], b, mb).length, 1);
  // A comma between is a list, not a cut name (the check is about the space alone).
  const c = "Harrison,Lockwood";
  const mc = place(c, [
    ["Harrison", "PERSON", "L0"],
    ["Lockwood", "LOCATION", "L1"],
  ]);
  assert.equal(admissible([candidate(c, "L0", "FROM", "L1")], c, mc).length, 1);
});

const tagger = loadDefaultTagger();

function lines(text: string): string[] {
  const article: Article = { id: "t", title: "", source: null, date: null, files: [], text, captions: [] };
  const w = processArticle(article, tagger);
  const name = (ref: string) => (ref.startsWith("C:") ? ref.slice(2) : w.locals[Number(ref.slice(1))].name);
  return w.candidates.map((c) => `${name(c.source)} -${c.predicate}-> ${name(c.target)}`);
}

test("a brother of a company president is no brother of the company (BBC business/486)", () => {
  const got = lines(
    "The move follows a decision earlier this month by Anil - the younger brother of Reliance Group president " +
      "Mukesh Ambani - to quit the board.",
  );
  assert.ok(!got.some((l) => /BROTHER_OF-> Reliance Group/.test(l)), got.join("; "));
  assert.ok(got.includes("Mukesh Ambani -PRESIDENT_OF-> Reliance Group"), got.join("; "));
});

test("a name cut in two relates nothing to itself: Million Dollar Baby (BBC entertainment)", () => {
  const got = lines(
    "Hilary Swank picked up her second best actress Oscar for playing a female boxer in Million Dollar Baby.",
  );
  assert.ok(!got.some((l) => /Million/.test(l) && /-FROM->/.test(l)), got.join("; "));
});

test("a country is never inside a city: against England in Cardiff", () => {
  const a = "Wales might end their losing run against England in Cardiff.";
  const m = place(a, [
    ["Wales", "LOCATION", "L0"],
    ["England", "LOCATION", "L1"],
    ["Cardiff", "LOCATION", "L2"],
  ]);
  assert.deepEqual(admissible([candidate(a, "L1", "LOCATED_IN", "L2")], a, m), []);
  // The other way round is containment as it should be.
  assert.equal(admissible([candidate(a, "L2", "LOCATED_IN", "L1")], a, m).length, 1);
});

test("a name owning another person relates to no third person, unless listed with the owned one (BBC sport)", () => {
  const a = "Denmark's Kenneth Carlsen beat Irakli Labadze, and Agassi will play France's Olivier Patience.";
  const ma = place(a, [
    ["Denmark", "LOCATION", "dk"],
    ["Kenneth Carlsen", "PERSON", "carlsen"],
    ["Irakli Labadze", "PERSON", "labadze"],
    ["Agassi", "PERSON", "agassi"],
    ["France", "LOCATION", "fr"],
    ["Olivier Patience", "PERSON", "patience"],
  ]);
  const kept = admissible(
    [
      candidate(a, "labadze", "LIVES_IN", "dk"),
      candidate(a, "agassi", "PLAYED", "fr"),
      candidate(a, "carlsen", "FROM", "dk"),
      candidate(a, "agassi", "PLAYED", "patience"),
    ],
    a,
    ma,
  ).map((c) => `${c.source} ${c.predicate} ${c.target}`);
  assert.deepEqual(kept, ["carlsen FROM dk", "agassi PLAYED patience"]);
  const b = "He will face Israel's Jonathan Erlich and Andy Ram in the doubles.";
  const mb = place(b, [
    ["Israel", "LOCATION", "il"],
    ["Jonathan Erlich", "PERSON", "erlich"],
    ["Andy Ram", "PERSON", "ram"],
  ]);
  assert.equal(admissible([candidate(b, "ram", "FROM", "il")], b, mb).length, 1);
  // The owner named again on its own in the sentence can still be related.
  const c = "Britain's Greg Rusedski lost, but Tim Henman, who lives in Britain, won.";
  const mc = place(c, [
    ["Britain", "LOCATION", "uk"],
    ["Greg Rusedski", "PERSON", "rusedski"],
    ["Tim Henman", "PERSON", "henman"],
    ["Britain", "LOCATION", "uk"],
  ]);
  assert.equal(admissible([candidate(c, "henman", "LIVES_IN", "uk")], c, mc).length, 1);
});
