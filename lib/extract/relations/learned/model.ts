/**
 * The learned relation classifier's model: one weight per string feature (a binary averaged perceptron stored as
 * the difference of its two classes), the calibration that maps a raw score onto the probability that the pair
 * is related (isotonic regression fitted on cross-validation folds of the training data), and the decision
 * threshold chosen on those folds. `loadRelationModel` reads the committed file once per process (the only
 * I/O); scoring and calibration are pure. Trained by `npm run train:relations` (scripts/train-relations.ts).
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

export const RELATION_MODEL_PATH = fileURLToPath(new URL("./model/relations-model.json.gz", import.meta.url));
export const RELATION_MODEL_FORMAT = 1;

/** Piecewise-linear increasing map from raw score to probability (the isotonic fit's block means). */
export interface Calibration {
  scores: number[];
  probabilities: number[];
}

export interface RelationModelFile {
  format: number;
  /** What it was trained on and how (for the record). */
  trainedOn: string;
  epochs: number;
  /** Perceptrons averaged into the weights (absent in files from before bagging: one). */
  bags?: number;
  /** Emit a relation the tree rules did not find when its calibrated probability reaches this. */
  threshold: number;
  calibration: Calibration;
  /** [feature, weight] sorted by feature. */
  weights: [string, number][];
}

export interface RelationModel {
  weights: Map<string, number>;
  calibration: Calibration;
  threshold: number;
}

export function scoreFeatures(model: RelationModel, features: readonly string[]): number {
  let s = 0;
  for (const f of features) s += model.weights.get(f) ?? 0;
  return s;
}

/** The calibrated probability of a raw score: linear between the fitted points, flat beyond them. */
export function calibrate(c: Calibration, score: number): number {
  const { scores: x, probabilities: y } = c;
  if (!x.length) return 0;
  if (score <= x[0]) return y[0];
  if (score >= x[x.length - 1]) return y[y.length - 1];
  let lo = 0;
  let hi = x.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (x[mid] <= score) lo = mid;
    else hi = mid;
  }
  const w = x[hi] === x[lo] ? 0 : (score - x[lo]) / (x[hi] - x[lo]);
  return y[lo] + w * (y[hi] - y[lo]);
}

/**
 * Isotonic regression by pool-adjacent-violators over (score, label) pairs: the increasing step function of
 * least squared error, returned as one point per pooled block (mean score, mean label). Deterministic: ties in
 * score are ordered by label.
 */
export function fitIsotonic(points: readonly { score: number; label: 0 | 1 }[]): Calibration {
  const sorted = [...points].sort((a, b) => a.score - b.score || a.label - b.label);
  const blocks: { sum: number; n: number; scoreSum: number }[] = [];
  for (const p of sorted) {
    blocks.push({ sum: p.label, n: 1, scoreSum: p.score });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1];
      const a = blocks[blocks.length - 2];
      if (a.sum / a.n < b.sum / b.n) break;
      a.sum += b.sum;
      a.n += b.n;
      a.scoreSum += b.scoreSum;
      blocks.pop();
    }
  }
  const round = (v: number) => Math.round(v * 10000) / 10000;
  return {
    scores: blocks.map((b) => round(b.scoreSum / b.n)),
    probabilities: blocks.map((b) => round(b.sum / b.n)),
  };
}

export function modelFromFile(file: RelationModelFile): RelationModel {
  if (file.format !== RELATION_MODEL_FORMAT)
    throw new Error(
      `Relation model: format ${file.format}, expected ${RELATION_MODEL_FORMAT}. Run \`npm run train:relations\`.`,
    );
  return { weights: new Map(file.weights), calibration: file.calibration, threshold: file.threshold };
}

let cached: RelationModel | null = null;

export function loadRelationModel(): RelationModel {
  if (cached) return cached;
  let data: Buffer;
  try {
    data = readFileSync(RELATION_MODEL_PATH);
  } catch (e) {
    throw new Error(
      `Relation model: cannot read ${RELATION_MODEL_PATH} (${(e as Error).message}). Run \`npm run train:relations\`.`,
    );
  }
  cached = modelFromFile(JSON.parse(gunzipSync(data).toString("utf8")) as RelationModelFile);
  return cached;
}
