/**
 * Tests of the noun-compound rules (./name-compounds) on real news sentences (BBC, CoNLL04) run through the real
 * pipeline stages (parse, NER, cleaning, linking) with the committed models.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article } from "../../../graph/types";
import { loadDefaultTagger } from "../../ner";
import { prepareArticle } from "../../pipeline";
import { compoundRelations } from "./name-compounds";
import { extractTreeRelations } from "../tree";

const tagger = loadDefaultTagger();

function article(text: string): Article {
  return { id: "t", title: "", source: null, date: null, files: [], text, captions: [] };
}

function lines(text: string): string[] {
  const { input, locals } = prepareArticle(article(text), tagger);
  const name = (ref: string) => (ref.startsWith("C:") ? ref.slice(2) : locals[Number(ref.slice(1))].name);
  return compoundRelations(input.doc, input.sentences, input.mentions).map(
    (c) => `${name(c.source)} -${c.predicate}-> ${name(c.target)}`,
  );
}

test("owner, title, name: the title is the owner's", () => {
  const a = lines(
    "About 60 people attended Sunday's meeting in Monaco, including IAAF chief Lamine Diack and Namibian athlete Frankie Fredericks.",
  );
  assert.ok(a.includes("Lamine Diack -CHIEF_OF-> IAAF"), a.join("; "));
  const b = lines(
    "On Friday, Federal Reserve chairman Mr Greenspan's speech in London ahead of the meeting of G7 finance ministers sent the dollar higher.",
  );
  assert.ok(b.includes("Greenspan -CHAIR_OF-> Federal Reserve"), b.join("; "));
  // An abbreviated title, after the glued span was split (lib/extract/resolve/glued-titles).
  const c = lines("Illinois Gov. James Thompson signed the measure into law on Monday.");
  assert.ok(c.includes("James Thompson -GOVERNOR_OF-> Illinois"), c.join("; "));
  // A nationality owns a state's office only: "Namibian athlete" is an origin (./origin), not a role.
  assert.ok(!a.some((l) => l.includes("Frankie Fredericks")), a.join("; "));
});

test("a place before a trade noun: the company is based there", () => {
  const a = lines(
    "Shares in UK drinks and food firm Allied Domecq have risen on speculation that it could be the target of a takeover by France's Pernod Ricard.",
  );
  assert.ok(a.includes("Allied Domecq -BASED_IN-> United Kingdom"), a.join("; "));
  const b = lines(
    "It intends to adjust the way it accounts for a deal with German music publisher Bertelsmann's purchase of a stake in AOL Europe.",
  );
  assert.ok(b.includes("Bertelsmann -BASED_IN-> Germany"), b.join("; "));
  // No trade noun between the place and the name: nothing ("in London Allied Domecq shares rose").
  const c = lines("Allied Domecq shares in London rose 4% by 1200 GMT, while Pernod shares in Paris slipped 1.2%.");
  assert.ok(!c.some((l) => l.includes("BASED_IN")), c.join("; "));
});

test("an organisation's unit named with its possessive is part of it", () => {
  const a = lines(
    "If the MPC (the Bank of England's Monetary Policy Committee) were to judge that a rate rise was justified, it would act.",
  );
  assert.ok(a.includes("Monetary Policy Committee -PART_OF-> Bank of England"), a.join("; "));
});

test("a title phrase parsed as one flat name acts through the person at its end", () => {
  // The parser hangs "Sen. Paul Simon" under "Illinois" (flat); the object is still the senator, not the state.
  const text =
    "Jesse Jackson said Sunday that winning in his native South Carolina may give him the momentum in his adopted home state to upset Illinois Sen. Paul Simon in the primary.";
  const { input, locals } = prepareArticle(article(text), tagger);
  const name = (ref: string) => (ref.startsWith("C:") ? ref.slice(2) : locals[Number(ref.slice(1))].name);
  const found = extractTreeRelations(input.doc, input.sentences, input.mentions).map(
    (c) => `${name(c.source)} -${c.predicate}-> ${name(c.target)}`,
  );
  assert.ok(
    found.some((l) => l.endsWith("-UPSET-> Paul Simon")),
    found.join("; "),
  );
  assert.ok(!found.some((l) => l.endsWith("-UPSET-> Illinois")), found.join("; "));
});

test("an apposition of organisation and title after the name", () => {
  const a = lines(
    "But Mr Balls, a prospective Labour MP, said he was confident the chancellor would meet his fiscal rules.",
  );
  assert.ok(a.includes("Balls -MEMBER_OF_PARLIAMENT_OF-> Labour Party"), a.join("; "));
  // A role with "of" after it is the tree's ("X, the chairman of Y"); here the phrase must end.
  const b = lines(
    "Ed Balls, ex-chief economic adviser to the Treasury, said there would be no spending spree before polling day.",
  );
  assert.ok(!b.some((l) => l.includes("appositive")), b.join("; "));
});

test("a company's shares in a place: listed there; an organisation's owner named before it", () => {
  const a = lines("Allied Domecq shares in London rose 4% by 1200 GMT, while Pernod shares in Paris slipped 1.2%.");
  assert.ok(a.includes("Pernod -LISTED_IN-> Paris"), a.join("; "));
  const b = lines(
    "Yukos' owner Menatep Group says it will ask Rosneft to repay a loan that Yugansk had secured on its assets.",
  );
  assert.ok(b.includes("Menatep Group -OWNER_OF-> Yukos"), b.join("; "));
  // Only "owner" or "founder" relates two organisations this way: Rosneft, asked by the group, holds no role.
  assert.ok(!b.some((l) => l.includes("Rosneft")), b.join("; "));
});

test("a share of a company stands for the company (tree arguments)", () => {
  const text =
    "Rosneft bought 100% of Baikal Finance Group, in a move that amounts to the renationalisation of a major chunk of Russia's booming oil industry.";
  const { input, locals } = prepareArticle(article(text), tagger);
  const name = (ref: string) => (ref.startsWith("C:") ? ref.slice(2) : locals[Number(ref.slice(1))].name);
  const found = extractTreeRelations(input.doc, input.sentences, input.mentions).map(
    (c) => `${name(c.source)} -${c.predicate}-> ${name(c.target)}`,
  );
  assert.ok(found.includes("Rosneft -BOUGHT-> Baikal Finance Group"), found.join("; "));
});

test("an apposition 'role of (owner's) organisation' ending the phrase", () => {
  const a = lines(
    "Sir Digby Jones, director general of the CBI, warned Mr Brown not to be tempted to use any extra cash on pre-election bribes.",
  );
  assert.ok(a.includes("Digby Jones -DIRECTOR_GENERAL_OF-> CBI"), a.join("; "));
});

test("one owner for a list of titled names", () => {
  const a = lines(
    "Denmark's Crown Prince Frederik and Crown Princess Mary visited New York on Monday to help promote the festivities.",
  );
  assert.ok(a.includes("Frederik -CROWN_PRINCE_OF-> Denmark"), a.join("; "));
  assert.ok(a.includes("Mary -CROWN_PRINCESS_OF-> Denmark"), a.join("; "));
});
