import { test } from "node:test";
import assert from "node:assert/strict";
import { HashedWeights, hashFeature } from "./perceptron";

/** A deterministic table: `rows` keys (key 0 among them) with mostly-zero rows of `width` classes. */
function table(width: number, rows: number): { keys: Int32Array; weights: Float32Array } {
  const keys = new Int32Array(rows);
  const weights = new Float32Array(rows * width);
  for (let r = 0; r < rows; r++) {
    keys[r] = r === 0 ? 0 : hashFeature(r % 7, r);
    for (let t = 0; t < width; t++)
      if ((r * 31 + t * 17) % 5 === 0) weights[r * width + t] = ((r * 13 + t) % 41) - 20.5;
  }
  return { keys, weights };
}

/** The scores by a plain loop over the dense rows, in the order of `features`. */
function naive(
  width: number,
  keys: Int32Array,
  weights: Float32Array,
  features: number[],
  out: Float32Array | Float64Array,
) {
  for (const f of features) {
    const r = keys.indexOf(f);
    if (r < 0) continue;
    for (let t = 0; t < width; t++) if (weights[r * width + t] !== 0) out[t] += weights[r * width + t];
  }
}

for (const width of [3, 4, 50]) {
  test(`HashedWeights (width ${width}) scores what the dense rows sum to, for more features than its scratch holds`, () => {
    const { keys, weights } = table(width, 400);
    const hashed = new HashedWeights(width, keys, weights);
    // Known keys (0 included), unknown ones, and repeats: 300 features.
    const features = Array.from({ length: 300 }, (_, i) => (i % 3 === 2 ? hashFeature(99, i) : keys[(i * 7) % 400]));
    for (const Out of [Float32Array, Float64Array]) {
      const want = new Out(width);
      naive(width, keys, weights, features, want);
      const got = new Out(width);
      hashed.score(Int32Array.from(features), features.length, got);
      assert.deepEqual(Array.from(got), Array.from(want));
    }
  });

  test(`HashedWeights (width ${width}) read back from its bytes scores as the quantised dense rows do`, () => {
    const { keys, weights } = table(width, 200);
    const bytes = new HashedWeights(width, keys, weights).encode();
    const { table: loaded, next } = HashedWeights.decode(bytes);
    assert.equal(next, bytes.length);
    const scale = bytes.readFloatLE(12);
    const quantised = Float32Array.from(weights, (w) => Math.round(w * scale) / scale);
    const features = Array.from(keys).concat([hashFeature(98, 1)]);
    const want = new Float64Array(width);
    naive(width, keys, quantised, features, want);
    const got = new Float64Array(width);
    loaded.score(Int32Array.from(features), features.length, got);
    assert.deepEqual(Array.from(got), Array.from(want));
    assert.deepEqual(Array.from(loaded.dense()), Array.from(quantised));
  });
}
