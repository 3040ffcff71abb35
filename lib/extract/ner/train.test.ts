import { test } from "node:test";
import assert from "node:assert/strict";
import { parseConll } from "./conll";
import { decodeDocument, documentPrior, transitionMask } from "./decode";
import { DynamicFeatures, documentFeatures } from "./features";
import type { NerTagger } from "./model";
import { encodeModel } from "./model";
import { POS_ANNOTATOR } from "./pos";
import { tagDocument } from "./tagger";
import { TAGS, averageTaggers, jackknifeFolds, jackknifePriors, trainTagger } from "./train";

/** A tiny CoNLL corpus: people and places in a few frames, several documents. */
function toyDocs() {
  const doc = (rows: string[]) => "-DOCSTART- O\n\n" + rows.join("\n") + "\n\n";
  const source = [
    doc(["Smith B-PER", "visited O", "Paris B-LOC", ". O", "", "Smith B-PER", "left O", ". O"]),
    doc(["Jones B-PER", "visited O", "Rome B-LOC", ". O", "", "Rome B-LOC", "is O", "old O", ". O"]),
    doc(["Brown B-PER", "visited O", "Oslo B-LOC", ". O", "", "Brown B-PER", "said O", "so O", ". O"]),
    doc(["Green B-PER", "visited O", "Lima B-LOC", ". O", "", "Lima B-LOC", "is O", "big O", ". O"]),
  ].join("");
  return parseConll(source);
}

test("jackknife folds hold every document out exactly once and never train on it", () => {
  const folds = jackknifeFolds(10, 4);
  const held = folds.flatMap((f) => f.held).sort((a, b) => a - b);
  assert.deepEqual(
    held,
    Array.from({ length: 10 }, (_, i) => i),
  );
  for (const f of folds) for (const d of f.held) assert.equal(f.train.includes(d), false);
  assert.throws(() => jackknifeFolds(10, 1), /at least 2 folds/);
});

test("first-pass labels for a document come from a model trained without it", () => {
  const trainedOn: number[][] = [];
  const fake = (k: number) => ({ tags: [String(k)] }) as unknown as NerTagger;
  const priors = jackknifePriors(
    7,
    3,
    (train, k) => {
      trainedOn[k] = train;
      return fake(k);
    },
    (tagger, doc) => ({ doc, fold: Number(tagger.tags[0]) }),
  );
  priors.forEach((p, doc) => {
    assert.equal(p.doc, doc);
    assert.equal(trainedOn[p.fold].includes(doc), false, `document ${doc} labelled by a model that saw it`);
  });
});

test("a two-pass model trains on the toy corpus and tags unseen combinations", () => {
  const tagger = trainTagger(toyDocs(), {
    epochs: 5,
    passes: 2,
    casing: new Map(),
    clusters: new Map(),
    priorFolds: 2,
  });
  assert.equal(tagger.passes, 2);
  const tags = tagDocument([["Smith", "visited", "Rome", "."]], tagger);
  assert.deepEqual(tags, [["B-PER", "O", "B-LOC", "O"]]);
});

test("the second pass sees what the first pass made of the same word elsewhere in the document", () => {
  const doc = documentFeatures(
    [
      ["Kray", "said", "so"],
      ["Kray", "left"],
    ],
    new Map(),
  );
  const first = [Int32Array.from([1, 0, 0]), Int32Array.from([0, 0])];
  const prior = documentPrior(doc, first, TAGS);
  assert.equal(prior.get("kray"), "PER");
  const seen: string[][] = [];
  const dyn = new DynamicFeatures(TAGS);
  decodeDocument(doc, dyn, { score: () => {} }, transitionMask(TAGS), {
    prior,
    learn: (f) => seen.push(f),
  });
  assert.ok(seen[0].includes("q=PER") && seen[3].includes("q=PER"), "both mentions of Kray carry the prior");
  assert.ok(seen[1].includes("q=-"), "lower-case words carry no prior");
});

test("training is deterministic and refuses unknown tags", () => {
  const opts = {
    epochs: 3,
    passes: 2 as const,
    casing: new Map(),
    clusters: new Map([["Paris", "01"]]),
    priorFolds: 2,
  };
  assert.deepEqual(encodeModel(trainTagger(toyDocs(), opts)), encodeModel(trainTagger(toyDocs(), opts)));
  const bad = parseConll("-DOCSTART- O\n\nSmith B-XYZ\n\n");
  assert.throws(() => trainTagger(bad, opts), /unknown tag "B-XYZ"/);
});

test("averaging taggers takes the mean weight of each feature, counting a feature one model lacks as 0", () => {
  const toy = (entries: [string, number[]][]): NerTagger => ({
    tags: ["O", "B-PER"],
    passes: 1,
    casing: new Map(),
    clusters: new Map(),
    annotators: [],
    names: {},
    index: new Map(entries.map(([f], i) => [f, i])),
    weights: Float32Array.from(entries.flatMap(([, w]) => w)),
  });
  const mean = averageTaggers([
    toy([
      ["w=Smith", [0, 2]],
      ["b", [1, 0]],
    ]),
    toy([["w=Smith", [0, 4]]]),
  ]);
  const row = (f: string) => Array.from(mean.weights.subarray(mean.index.get(f)! * 2, mean.index.get(f)! * 2 + 2));
  assert.deepEqual(row("w=Smith"), [0, 3]);
  assert.deepEqual(row("b"), [0.5, 0]);
});

test("a model averaged over several shuffling seeds is deterministic and still tags the toy corpus", () => {
  const opts = { epochs: 4, passes: 1 as const, casing: new Map(), clusters: new Map(), seeds: 3, annotators: [] };
  const a = trainTagger(toyDocs(), opts);
  assert.deepEqual(encodeModel(a), encodeModel(trainTagger(toyDocs(), opts)));
  assert.deepEqual(tagDocument([["Jones", "visited", "Paris", "."]], a), [["B-PER", "O", "B-LOC", "O"]]);
});

test("a model trained with the POS annotator records it, and tagging runs our UD tagger again", () => {
  const opts = { epochs: 4, passes: 1 as const, casing: new Map(), clusters: new Map(), annotators: [POS_ANNOTATOR] };
  const tagger = trainTagger(toyDocs(), opts);
  assert.deepEqual(tagger.annotators, ["pos"]);
  assert.ok(tagger.index.has("pos=NNP"), "POS features are learnt");
  assert.deepEqual(tagDocument([["Jones", "visited", "Paris", "."]], tagger), [["B-PER", "O", "B-LOC", "O"]]);
  assert.deepEqual(trainTagger(toyDocs(), { ...opts, annotators: undefined }).annotators, []);
});
