/**
 * The trained model as data: tag set, casing lexicon and feature weights, plus its compact on-disk form
 * (gzipped JSON with weights quantised to 16-bit integers). Encoding and decoding are pure; reading the
 * file happens only in index.ts.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import type { ClusterMap } from "./clusters";
import type { CasingLexicon } from "./features";

export const MODEL_FORMAT = "newsgraph-ner-perceptron/1";

export interface NerTagger {
  tags: string[];
  /** 1: one greedy pass; 2: a second pass that also sees what the first pass made of each word. */
  passes: number;
  casing: CasingLexicon;
  /** Word clusters the model was trained with (bit string by word key; empty: no cluster features). */
  clusters: ClusterMap;
  /** Ids of the sentence annotators (features.ts) the model was trained with, e.g. ["pos"]. */
  annotators: string[];
  /** Names seen in the training split, by CoNLL type (PER, ORG, LOC, MISC), tokens joined by spaces. */
  names: Record<string, string[]>;
  /** Feature string → row in `weights` (row length = tags.length). */
  index: Map<string, number>;
  weights: Float32Array;
}

interface ModelFile {
  format: string;
  tags: string[];
  passes: number;
  casing: Record<string, string[]>;
  /** Words by cluster bit string (absent in models trained before clusters). */
  clusters?: Record<string, string[]>;
  names: Record<string, string[]>;
  /** Sentence annotator ids (absent in models trained before POS features). */
  annotators?: string[];
  features: string[];
  scale: number;
  weights: string;
}

/** Drops features whose weights are all below `threshold` in magnitude and quantises the rest. */
export function encodeModel(tagger: NerTagger, threshold = 0.05): Buffer {
  const T = tagger.tags.length;
  const kept: { feature: string; row: number }[] = [];
  let maxAbs = 0;
  for (const [feature, row] of tagger.index) {
    let keep = false;
    for (let t = 0; t < T; t++) {
      const v = Math.abs(tagger.weights[row * T + t]);
      if (v >= threshold) keep = true;
      if (v > maxAbs) maxAbs = v;
    }
    if (keep) kept.push({ feature, row });
  }
  kept.sort((a, b) => (a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0));
  const scale = maxAbs > 0 ? 32767 / maxAbs : 1;
  const q = new Int16Array(kept.length * T);
  kept.forEach(({ row }, k) => {
    for (let t = 0; t < T; t++) q[k * T + t] = Math.round(tagger.weights[row * T + t] * scale);
  });
  const casing: Record<string, string[]> = {};
  for (const [w, c] of [...tagger.casing].sort((a, b) => (a[0] < b[0] ? -1 : 1))) (casing[c] ??= []).push(w);
  const clusters: Record<string, string[]> = {};
  for (const [w, p] of [...tagger.clusters].sort((a, b) => (a[0] < b[0] ? -1 : 1))) (clusters[p] ??= []).push(w);
  const file: ModelFile = {
    format: MODEL_FORMAT,
    tags: tagger.tags,
    passes: tagger.passes,
    casing,
    clusters,
    names: tagger.names,
    // Written only when there are some, so a model without annotators keeps its earlier bytes.
    ...(tagger.annotators.length > 0 ? { annotators: tagger.annotators } : {}),
    features: kept.map((k) => k.feature),
    scale,
    weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString("base64"),
  };
  return gzipSync(JSON.stringify(file), { level: 9 });
}

export function decodeModel(data: Buffer): NerTagger {
  let file: ModelFile;
  try {
    file = JSON.parse(gunzipSync(data).toString("utf8")) as ModelFile;
  } catch (e) {
    throw new Error(
      `NER model: cannot read the model file (${(e as Error).message}). Retrain with \`npm run train:ner\`.`,
    );
  }
  if (file.format !== MODEL_FORMAT) {
    throw new Error(`NER model: format "${file.format}" is not "${MODEL_FORMAT}". Retrain with \`npm run train:ner\`.`);
  }
  const T = file.tags.length;
  const raw = Buffer.from(file.weights, "base64");
  const q = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  if (q.length !== file.features.length * T) throw new Error("NER model: weight table size does not match features.");
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i] / file.scale;
  const index = new Map<string, number>();
  file.features.forEach((f, i) => index.set(f, i));
  const casing: CasingLexicon = new Map();
  for (const [c, words] of Object.entries(file.casing)) for (const w of words) casing.set(w, c);
  const clusters: ClusterMap = new Map();
  for (const [p, words] of Object.entries(file.clusters ?? {})) for (const w of words) clusters.set(w, p);
  const passes = file.passes === 2 ? 2 : 1;
  return {
    tags: file.tags,
    passes,
    casing,
    clusters,
    annotators: file.annotators ?? [],
    names: file.names ?? {},
    index,
    weights,
  };
}
