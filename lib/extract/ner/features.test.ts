import { test } from "node:test";
import assert from "node:assert/strict";
import {
  DynamicFeatures,
  SENTENCE_ANNOTATORS,
  annotatorsById,
  documentFeatures,
  staticFeatures,
  truecaseHeadline,
} from "./features";
import { gazetteerMatches } from "./gazetteer";
import { caseClass, isAllCapsSentence, normaliseToken, wordShapes } from "./shape";

test("word shapes: long shape caps runs at 4, short shape collapses them", () => {
  assert.deepEqual(wordShapes("Putin"), { long: "Xxxxx", short: "Xx" });
  assert.deepEqual(wordShapes("Kalashnikov"), { long: "Xxxxx", short: "Xx" });
  assert.deepEqual(wordShapes("U.S."), { long: "X.X.", short: "X.X." });
  assert.deepEqual(wordShapes("1996-08-22"), { long: "dddd-dd-dd", short: "d-d-d" });
  assert.deepEqual(wordShapes("COVID-19"), { long: "XXXX-dd", short: "X-d" });
});

test("case classes and all-caps sentences", () => {
  assert.equal(caseClass("NATO"), "upper");
  assert.equal(caseClass("Moscow"), "title");
  assert.equal(caseClass("iPhone"), "mixed");
  assert.equal(caseClass("visit"), "lower");
  assert.equal(caseClass("2017"), "none");
  assert.equal(isAllCapsSentence(["PUTIN", "AND", "RAISI", "MEET"]), true);
  assert.equal(isAllCapsSentence(["Putin", "meets", "NATO", "chief"]), false);
  assert.equal(isAllCapsSentence(["2017", "."]), false);
});

test("curly quotes and long dashes are normalised to CoNLL's ASCII", () => {
  assert.equal(normaliseToken("’s"), "'s");
  assert.equal(normaliseToken("“"), '"');
  assert.equal(normaliseToken("—"), "-");
  assert.equal(normaliseToken("O’Neill"), "O'Neill");
  assert.equal(normaliseToken("Moscow"), "Moscow");
});

test("gazetteer takes the longest match and needs a capital first letter", () => {
  const m = gazetteerMatches(["He", "flew", "to", "New", "York", "City", "with", "us", "and", "US", "officials"]);
  assert.deepEqual(m[3], ["CITY:B"]);
  assert.deepEqual(m[4], ["CITY:I"]);
  assert.deepEqual(m[5], ["CITY:I"]);
  assert.deepEqual(m[7], []);
  assert.deepEqual(m[9], ["COUNTRY:B"]);
  assert.deepEqual(gazetteerMatches([]), []);
});

test("headline words take the casing the document or the training text gives them", () => {
  const doc = new Map([["raisi", 0]]);
  const casing = new Map([
    ["and", "L"],
    ["ties", "L"],
    ["nato", "U"],
  ]);
  assert.deepEqual(truecaseHeadline(["PUTIN", "AND", "RAISI", "TIES", "NATO", "UN"], doc, casing), [
    "Putin",
    "and",
    "Raisi",
    "ties",
    "NATO",
    "UN",
  ]);
});

test("documentFeatures gives word, context, gazetteer and document-casing features", () => {
  const casing = new Map([["president", "M"]]);
  const doc = documentFeatures(
    [
      ["Russian", "President", "Vladimir", "Putin", "met", "Iran", "'s", "leader", "."],
      ["Putin", "said", "."],
    ],
    casing,
  );
  assert.equal(doc.length, 2);
  const putin = staticFeatures(doc[0][3]);
  for (const f of ["b", "w=Putin", "l=putin", "s=Xxxxx", "x2=in", "p1=p", "l-1=vladimir", "l+1=met", "fn-1", "dc=C"]) {
    assert.ok(putin.includes(f), `missing ${f}`);
  }
  assert.ok(putin.includes("ti-2"), "a title two words back is a feature");
  assert.ok(staticFeatures(doc[0][5]).includes("g=COUNTRY:B"));
  assert.ok(staticFeatures(doc[0][0]).includes("si"));
  assert.ok(staticFeatures(doc[0][0]).includes("l-1=<s>"));
  assert.ok(staticFeatures(doc[0][8]).includes("l+1=</s>"));
  assert.equal(doc[0][3].capitalised, true);
  assert.equal(doc[0][4].capitalised, false);
});

test("numbers are generalised so unseen numbers share features", () => {
  const [[tok]] = documentFeatures([["1996-08-22"]], new Map());
  assert.ok(tok.word.features.includes("w=0000-00-00"));
});

test("dynamic features name previous tags and document history", () => {
  const tags = ["O", "B-PER", "I-PER"];
  const dyn = new DynamicFeatures(tags);
  const [[tok]] = documentFeatures([["Putin"]], new Map());
  const f = dyn.features(tok, 1, 3, 2, -1);
  assert.deepEqual(f.slice(0, 5), ["t1=B-PER", "t2=<s>|B-PER", "t1|l=B-PER|putin", "t1|ss=B-PER|Xx", "h=I-PER"]);
  assert.equal(dyn.features(tok, 3, 3, 3, -1)[4], "h=-");
  assert.ok(dyn.features(tok, 0, 0, 3, dyn.priorValues.indexOf("PER")).includes("q=PER"));
});

test("cluster prefixes are features of the word and of its neighbours; unclustered words say so", () => {
  const clusters = new Map([
    ["Oscar", "1011011001"],
    ["nomination", "0011100111"],
  ]);
  const [sent] = documentFeatures([["an", "Oscar", "nomination"]], new Map(), undefined, clusters);
  const all = sent.map(staticFeatures);
  for (const f of ["k4=1011", "k6=101101", "k8=10110110", "k10=1011011001", "k+1|4=0011", "k+1|8=00111001"])
    assert.ok(all[1].includes(f), f);
  assert.ok(all[2].includes("k-1|4=1011"));
  assert.ok(all[0].includes("k=?"), "a word without a cluster gets k=?");
  // The frame of a capitalised word, in coarse clusters (lower-case next word marked with "l").
  assert.ok(all[1].includes("fr=?|Xx|0011l"), all[1].filter((f) => f.startsWith("fr")).join(" "));
});

test("a sentence annotator (the POS entry point) adds its labels as features on the token and its neighbours", () => {
  const fake = { id: "pos", label: (toks: string[]) => toks.map((t) => (/^[A-Z]/.test(t) ? "PROPN" : "NOUN")) };
  const [sent] = documentFeatures([["Oscar", "nominations"]], new Map(), undefined, undefined, [fake]);
  assert.ok(sent[0].features.includes("pos=PROPN") && sent[0].features.includes("pos+1=NOUN"));
  assert.ok(sent[1].features.includes("pos-1=PROPN"));
});

test("the registered POS annotator runs the project's UD tagger over the NER tokens", () => {
  assert.deepEqual(
    SENTENCE_ANNOTATORS.map((a) => a.id),
    ["pos"],
  );
  const [pos] = annotatorsById(["pos"]);
  assert.deepEqual(pos.label(["Vladimir", "Putin", "visited", "Paris", "."]), ["NNP", "NNP", "VBD", "NNP", "."]);
  assert.throws(() => annotatorsById(["chunk"]), /not registered/);
});
