/**
 * The word-sequence families (place chains, wire datelines) and employers among news outlets and occupations,
 * through the whole pipeline (committed NER, syntax and relation models), on real sentences of the BBC corpus
 * and of CoNLL04's news. The surface families exist because the parser gets these layouts wrong, so these tests
 * run the trained parser rather than gold trees.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article } from "../../../graph/types";
import { loadDefaultTagger } from "../../ner";
import { processArticle } from "../../pipeline";

const tagger = loadDefaultTagger();

function lines(text: string): string[] {
  const article: Article = { id: "t", title: "", source: null, date: null, files: [], text, captions: [] };
  const w = processArticle(article, tagger);
  const name = (ref: string) => (ref.startsWith("C:") ? ref.slice(2) : w.locals[Number(ref.slice(1))].name);
  return w.candidates.map((c) => `${name(c.source)} -${c.predicate}-> ${name(c.target)}`);
}

test("place chain: a city, a comma and its state or country, whatever the parse made of the comma", () => {
  // The parser hangs "S.C." and "Tenn." as conjuncts of other words; the words still say where Aiken is.
  assert.ok(
    lines("The three reactors, all at the Savannah River Plant, in Aiken, S.C., have been shut down.").includes(
      "Aiken -LOCATED_IN-> S.C.",
    ),
  );
  assert.ok(lines("He was arrested in Barstow, California, on Saturday.").includes("Barstow -LOCATED_IN-> California"));
  assert.ok(
    lines("Yahia Bouguettaya, the former mayor of Mohammadia, south-east Algeria, was assassinated.").includes(
      "Mohammadia -LOCATED_IN-> Algeria",
    ),
  );
});

test("place chain: lists, possessors and places of one rank are not chains", () => {
  const l = lines("Texas, Florida and Ohio voted. France, Germany and Italy signed the treaty.");
  assert.deepEqual(
    l.filter((x) => x.includes("LOCATED_IN")),
    [],
  );
  // "On Telegram, Venezuela's Gil said": the possessor starts a new phrase.
  assert.ok(!lines("On Telegram, Venezuela's Gil said he had spoken to Lavrov.").some((x) => x.includes("LOCATED_IN")));
});

test("dateline: the agency in brackets reported from the places before it", () => {
  const l = lines("BANGKOK, Thailand (AP) — Police arrested three men on Monday.");
  assert.ok(l.includes("Associated Press -REPORTED_FROM-> Bangkok"), l.join("; "));
  assert.ok(l.includes("Associated Press -REPORTED_FROM-> Thailand"), l.join("; "));
  // Not a dateline in the middle of a paragraph, and an outlet is still no party to a verb ("told Reuters").
  const mid = lines("Police said on Monday that Bangkok, Thailand (AP) had nothing to do with it. He told Reuters so.");
  assert.ok(!mid.some((x) => x.includes("REPORTED_FROM") || x.includes("Reuters")), mid.join("; "));
});

test("outlets employ their staff; occupations take an employer, never a place", () => {
  assert.ok(
    lines("BBC political editor Andrew Marr said the vote was close.").includes(
      "Andrew Marr -POLITICAL_EDITOR_OF-> BBC",
    ),
  );
  assert.ok(
    lines("Merrill Lynch analyst Steve Milunovich said sales rose.").includes(
      "Steve Milunovich -ANALYST_OF-> Merrill Lynch",
    ),
  );
  const uk = lines("Paul Dales, UK economist for Capital Economics, said the figures improved.");
  assert.ok(uk.includes("Paul Dales -ECONOMIST_OF-> Capital Economics"), uk.join("; "));
  assert.ok(!uk.some((x) => x.startsWith("Paul Dales -ECONOMIST_OF-> United Kingdom")), uk.join("; "));
});

test("a person's home: 'his home in Y' is where they live, 'her native Y' where they are from", () => {
  assert.ok(
    lines("Veteran comedian Cyril Fletcher has died aged 91 at his home in Guernsey.").includes(
      "Cyril Fletcher -LIVES_IN-> Guernsey",
    ),
  );
  assert.ok(lines("Jackson's native South Carolina voted for him.").includes("Jackson -FROM-> South Carolina"));
  // No owner, no relation: "her home" with no one named before it.
  assert.deepEqual(
    lines("The raid on her home in Kent was illegal.").filter((x) => x.includes("LIVES_IN")),
    [],
  );
});

test("a place right after an organisation is its branch, not a person's origin (BBC Scotland)", () => {
  const l = lines("BBC Scotland political correspondent Glenn Campbell said the minister had ordered a report.");
  assert.ok(!l.some((x) => x.startsWith("Glenn Campbell") && x.endsWith("Scotland")), l.join("; "));
});

test("the classifier does not relate neighbours in a list of names", () => {
  const l = lines(
    "Joss Stone, a 17-year-old soul singer from Devon, beat Dizzee Rascal, Jamelia, Lemar and The Streets to win.",
  );
  assert.ok(!l.some((x) => x.startsWith("Dizzee Rascal")), l.join("; "));
  const firms = lines("Blu-ray has won backing from top technology firms like Dell, LG, Samsung and Sony.");
  assert.ok(!firms.some((x) => x.includes("WORKS_FOR")), firms.join("; "));
});

test("relative clauses in the passive, and words of names are never predicates", () => {
  assert.ok(lines("Siemens, which is based in Munich, cut jobs.").includes("Siemens -BASED_IN-> Munich"));
  // "Fred" tagged as a verb inside "Fred Goodwin"; a song title's verb ("Love Will Tear Us Apart") likewise.
  const l = lines(
    "Previous winners include Royal Bank of Scotland chief executive Fred Goodwin and former Vodafone boss Chris Gent.",
  );
  assert.ok(!l.some((x) => x.includes("-FRED->")), l.join("; "));
  // A participle spelt like the past tense keeps its spelling ("was won by Spain": WON, not a lemma's guess).
  assert.ok(
    lines("Another major trophy is the Davis Cup, which was won by Spain in a 3-2 home success.").includes(
      "Spain -WON-> Davis Cup",
    ),
  );
});
