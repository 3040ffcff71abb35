/**
 * Training of the learned relation classifier (pure; scripts/train-relations.ts reads the data and writes the
 * model): a binary averaged perceptron over the candidate pairs' features, trained in a fixed, seeded order;
 * k-fold cross-validation over sentence groups gives every example a score from a model that did not see it,
 * and those out-of-fold scores fit the isotonic calibration and choose the decision threshold (best F1 over
 * the pairs). The shipped weights are trained on all examples with the same settings. Deterministic.
 */
import { AveragedPerceptron } from "../../learn/perceptron";
import {
  calibrate,
  fitIsotonic,
  RELATION_MODEL_FORMAT,
  scoreFeatures,
  type RelationModel,
  type RelationModelFile,
} from "./model";

export interface Example {
  features: string[];
  label: 0 | 1;
  /** Sentence (or article) number: folds never split a group. */
  group: number;
}

export interface TrainOptions {
  epochs: number;
  folds: number;
  seed: number;
  /**
   * Perceptrons averaged into one model, each over its own shuffle order (bagging over orders). One perceptron
   * depends on the order it saw the examples in, and any change in the number of candidates reshuffles them
   * all: a rule that adds one training pair could move many predictions. The average of several is stable.
   */
  bags: number;
  trainedOn: string;
}

export interface TrainReport {
  file: RelationModelFile;
  /** Out-of-fold (calibrated probability, label) per example, for the reliability table. */
  outOfFold: { p: number; label: 0 | 1 }[];
}

/** A small deterministic generator (mulberry32) for the epoch shuffles. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(xs: readonly T[], next: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** Trains weights (yes − no of the averaged perceptron), features with |w| < 1e-4 dropped. */
export function trainWeights(examples: readonly Example[], epochs: number, seed: number): Map<string, number> {
  const p = new AveragedPerceptron<string>(["no", "yes"]);
  const next = rng(seed);
  const out = new Float64Array(2);
  for (let e = 0; e < epochs; e++) {
    for (const ex of shuffled(examples, next)) {
      out[0] = 0;
      out[1] = 0;
      p.score(ex.features, out);
      const guess = out[1] > out[0] ? 1 : 0;
      p.update(ex.features, ex.label, guess);
    }
  }
  const avg = p.averaged();
  const w = new Map<string, number>();
  for (const [f, r] of [...avg.index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const v = avg.weights[2 * r + 1] - avg.weights[2 * r];
    if (Math.abs(v) >= 1e-4) w.set(f, Math.round(v * 10000) / 10000);
  }
  return w;
}

/** The threshold on calibrated probability with the best F1 over the examples (ties: the higher threshold). */
function bestThreshold(scored: readonly { p: number; label: 0 | 1 }[]): number {
  const positives = scored.filter((s) => s.label === 1).length;
  let best = { f: -1, t: 0.5 };
  const levels = [...new Set(scored.map((s) => s.p))].sort((a, b) => b - a);
  for (const t of levels) {
    let tp = 0;
    let fp = 0;
    for (const s of scored)
      if (s.p >= t) {
        if (s.label) tp++;
        else fp++;
      }
    const prec = tp + fp ? tp / (tp + fp) : 0;
    const rec = positives ? tp / positives : 0;
    const f = prec + rec ? (2 * prec * rec) / (prec + rec) : 0;
    if (f > best.f) best = { f, t };
  }
  return best.t;
}

/** The mean of `bags` perceptrons' weights (seeds seed·1000 + b), rounded and thresholded as in trainWeights. */
export function trainBaggedWeights(
  examples: readonly Example[],
  epochs: number,
  seed: number,
  bags: number,
): Map<string, number> {
  if (bags <= 1) return trainWeights(examples, epochs, seed);
  const sum = new Map<string, number>();
  for (let b = 0; b < bags; b++)
    for (const [f, v] of trainWeights(examples, epochs, seed * 1000 + b)) sum.set(f, (sum.get(f) ?? 0) + v);
  const w = new Map<string, number>();
  for (const f of [...sum.keys()].sort()) {
    const v = Math.round((sum.get(f)! / bags) * 10000) / 10000;
    if (Math.abs(v) >= 1e-4) w.set(f, v);
  }
  return w;
}

export function trainRelationModel(examples: readonly Example[], options: TrainOptions): TrainReport {
  const { epochs, folds, seed, bags } = options;
  const oofScore: { score: number; label: 0 | 1 }[] = new Array(examples.length);
  for (let k = 0; k < folds; k++) {
    const train = examples.filter((e) => e.group % folds !== k);
    const weights = trainBaggedWeights(train, epochs, seed + k, bags);
    const model: RelationModel = { weights, calibration: { scores: [], probabilities: [] }, threshold: 0 };
    examples.forEach((e, i) => {
      if (e.group % folds === k) oofScore[i] = { score: scoreFeatures(model, e.features), label: e.label };
    });
  }
  const calibration = fitIsotonic(oofScore);
  const outOfFold = oofScore.map((s) => ({ p: calibrate(calibration, s.score), label: s.label }));
  const threshold = bestThreshold(outOfFold);
  const weights = trainBaggedWeights(examples, epochs, seed, bags);
  return {
    file: {
      format: RELATION_MODEL_FORMAT,
      trainedOn: options.trainedOn,
      epochs,
      bags,
      threshold,
      calibration,
      weights: [...weights],
    },
    outOfFold,
  };
}

/** Reliability table: per probability bin, how many predictions and the share that were right. */
export function reliability(
  scored: readonly { p: number; label: 0 | 1 }[],
  edges: readonly number[] = [0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001],
): { from: number; to: number; n: number; correct: number }[] {
  const rows = edges.slice(0, -1).map((from, i) => ({ from, to: Math.min(1, edges[i + 1]), n: 0, correct: 0 }));
  for (const s of scored) {
    const r = rows.find((row, i) => s.p >= row.from && (s.p < edges[i + 1] || i === rows.length - 1));
    if (!r) continue;
    r.n++;
    r.correct += s.label;
  }
  return rows;
}
