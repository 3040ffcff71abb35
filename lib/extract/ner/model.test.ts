import { test } from "node:test";
import assert from "node:assert/strict";
import { gunzipSync, gzipSync } from "node:zlib";
import { decodeModel, encodeModel, MODEL_FORMAT, type NerTagger } from "./model";
import { loadDefaultTagger } from "./index";

function toyTagger(): NerTagger {
  return {
    tags: ["O", "B-PER", "I-PER"],
    passes: 1,
    casing: new Map([
      ["the", "L"],
      ["nato", "U"],
    ]),
    clusters: new Map([
      ["Putin", "0110"],
      ["Blair", "0110"],
      ["the", "1111"],
    ]),
    annotators: [],
    names: { PER: ["Vladimir Putin"] },
    index: new Map([
      ["w=Putin", 0],
      ["tiny", 1],
      ["l=the", 2],
    ]),
    weights: Float32Array.from([-1, 2.5, 0.25, 0.001, -0.002, 0, 3, -1.5, -1.5]),
  };
}

test("a model survives encoding and decoding, with near-zero features pruned", () => {
  const back = decodeModel(encodeModel(toyTagger()));
  assert.deepEqual(back.tags, ["O", "B-PER", "I-PER"]);
  assert.equal(back.passes, 1);
  assert.deepEqual([...back.casing].sort(), [
    ["nato", "U"],
    ["the", "L"],
  ]);
  assert.deepEqual(back.names, { PER: ["Vladimir Putin"] });
  assert.deepEqual([...back.clusters].sort(), [
    ["Blair", "0110"],
    ["Putin", "0110"],
    ["the", "1111"],
  ]);
  assert.equal(back.index.has("tiny"), false, "all-near-zero feature should be pruned");
  const row = back.index.get("w=Putin")!;
  const got = Array.from(back.weights.subarray(row * 3, row * 3 + 3));
  [-1, 2.5, 0.25].forEach((w, t) => assert.ok(Math.abs(got[t] - w) < 1e-3, `weight ${t}: ${got[t]} vs ${w}`));
});

test("a model keeps the sentence annotators it was trained with; none are written when there are none", () => {
  assert.deepEqual(decodeModel(encodeModel({ ...toyTagger(), annotators: ["pos"] })).annotators, ["pos"]);
  const plain = encodeModel(toyTagger());
  assert.deepEqual(decodeModel(plain).annotators, []);
  assert.equal(gunzipSync(plain).toString("utf8").includes('"annotators"'), false);
});

test("decoding rejects data that is not a model, saying how to fix it", () => {
  assert.throws(() => decodeModel(Buffer.from("not gzip")), /train:ner/);
  const wrong = gzipSync(JSON.stringify({ format: "something-else" }));
  assert.throws(() => decodeModel(wrong), /format/);
  const truncated = gzipSync(
    JSON.stringify({ format: MODEL_FORMAT, tags: ["O"], casing: {}, features: ["a", "b"], scale: 1, weights: "" }),
  );
  assert.throws(() => decodeModel(truncated), /size/);
});

test("the committed model loads once and is cached", () => {
  const a = loadDefaultTagger();
  const b = loadDefaultTagger();
  assert.equal(a, b);
  assert.deepEqual(a.tags.slice().sort(), [
    "B-LOC",
    "B-MISC",
    "B-ORG",
    "B-PER",
    "I-LOC",
    "I-MISC",
    "I-ORG",
    "I-PER",
    "O",
  ]);
  assert.ok(a.index.size > 10_000, "a trained model has many features");
  assert.ok(a.casing.size > 1_000, "a trained model has a casing lexicon");
});
