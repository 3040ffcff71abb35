import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeDocument, documentPrior, transitionMask, type Scorer } from "./decode";
import { DynamicFeatures, documentFeatures } from "./features";
import { AveragedPerceptron } from "./perceptron";

const TAGS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"];

test("transition mask forbids I-X except after B-X or I-X", () => {
  const T = TAGS.length;
  const mask = transitionMask(TAGS);
  const ok = (prev: string, next: string) => mask[(prev === "<s>" ? T : TAGS.indexOf(prev)) * T + TAGS.indexOf(next)];
  assert.equal(ok("<s>", "I-PER"), 0);
  assert.equal(ok("O", "I-PER"), 0);
  assert.equal(ok("B-LOC", "I-PER"), 0);
  assert.equal(ok("B-PER", "I-PER"), 1);
  assert.equal(ok("I-PER", "I-PER"), 1);
  assert.equal(ok("O", "B-LOC"), 1);
});

test("greedy decoding never produces an invalid IOB2 sequence", () => {
  // A scorer that always prefers I-PER: the first token must fall back to the best allowed tag.
  const scorer: Scorer = {
    score(_f, out) {
      out[TAGS.indexOf("I-PER")] += 10;
      out[TAGS.indexOf("B-PER")] += 5;
    },
  };
  const doc = documentFeatures([["Vladimir", "Putin", "spoke"]], new Map());
  const [pred] = decodeDocument(doc, new DynamicFeatures(TAGS), scorer, transitionMask(TAGS));
  assert.deepEqual(
    Array.from(pred, (t) => TAGS[t]),
    ["B-PER", "I-PER", "I-PER"],
  );
});

test("the learn callback sees every decision in order", () => {
  const seen: [number, number][] = [];
  const zero: Scorer = { score: () => {} };
  const doc = documentFeatures([["a", "b"], ["c"]], new Map());
  decodeDocument(doc, new DynamicFeatures(TAGS), zero, transitionMask(TAGS), {
    learn: (_f, _g, si, ti) => seen.push([si, ti]),
  });
  assert.deepEqual(seen, [
    [0, 0],
    [0, 1],
    [1, 0],
  ]);
});

test("a perceptron learns a toy tagging task and the document history feature is used", () => {
  const sentences = [
    ["Smith", "visited", "Paris", "."],
    ["Jones", "visited", "Rome", "."],
    ["Paris", "welcomed", "Smith", "."],
  ];
  const gold = [
    ["B-PER", "O", "B-LOC", "O"],
    ["B-PER", "O", "B-LOC", "O"],
    ["B-LOC", "O", "B-PER", "O"],
  ].map((s) => s.map((t) => TAGS.indexOf(t)));
  const model = new AveragedPerceptron(TAGS);
  const dyn = new DynamicFeatures(TAGS);
  const mask = transitionMask(TAGS);
  const doc = documentFeatures(sentences, new Map());
  for (let epoch = 0; epoch < 10; epoch++) {
    decodeDocument(doc, dyn, model, mask, { learn: (f, g, si, ti) => model.update(f, gold[si][ti], g) });
  }
  const tagger = model.toTagger(new Map(), 1);
  const scorer: Scorer = {
    score(features, out) {
      for (const f of features) {
        const r = tagger.index.get(f);
        if (r !== undefined) for (let t = 0; t < TAGS.length; t++) out[t] += tagger.weights[r * TAGS.length + t];
      }
    },
  };
  const pred = decodeDocument(doc, dyn, scorer, mask);
  assert.deepEqual(
    pred.map((p) => Array.from(p)),
    gold.map((g) => g),
  );
});

test("documentPrior reports each capitalised word's majority type", () => {
  const doc = documentFeatures(
    [
      ["Jordan", "said"],
      ["Jordan", "left"],
      ["in", "Jordan"],
    ],
    new Map(),
  );
  const pred = [
    [1, 0],
    [1, 0],
    [0, 3],
  ].map((p) => Int32Array.from(p));
  const prior = documentPrior(doc, pred, TAGS);
  assert.equal(prior.get("jordan"), "PER");
  assert.equal(prior.has("said"), false);
});

test("a long lower-case word never continues a person name; short particles may", () => {
  // A scorer that wants every token after the first inside a person name.
  const scorer: Scorer = {
    score(_f, out) {
      out[TAGS.indexOf("B-PER")] += 5;
      out[TAGS.indexOf("I-PER")] += 10;
    },
  };
  const doc = documentFeatures(
    [
      ["Raisi", "asserted", "that"],
      ["Vincent", "van", "Gogh"],
    ],
    new Map(),
  );
  const pred = decodeDocument(doc, new DynamicFeatures(TAGS), scorer, transitionMask(TAGS));
  assert.deepEqual(
    pred.map((p) => Array.from(p, (t) => TAGS[t])),
    [
      ["B-PER", "B-PER", "I-PER"],
      ["B-PER", "I-PER", "I-PER"],
    ],
  );
});
