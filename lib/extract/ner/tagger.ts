/**
 * Applies a trained NerTagger to token strings: static features for the document, greedy decoding, tag strings.
 * Scores that depend only on a word (its own features, the features it gives its neighbours, its previous-tag
 * features) are cached on the word's WordInfo, because words repeat a lot and this is most of the
 * work; the weights never change after loading, so the cache is exact.
 */
import { decodeDocument, documentPrior, transitionMask, type Scorer } from "./decode";
import {
  DynamicFeatures,
  SENTENCE_START,
  annotatorsById,
  documentFeatures,
  type SentenceAnnotator,
  type WordInfo,
  type WordScores,
} from "./features";
import { PhraseMatcher } from "./gazetteer";
import type { NerTagger } from "./model";

interface TaggerRuntime {
  mask: Uint8Array;
  dynamic: DynamicFeatures;
  scorer: Scorer;
  /** Scores of t1 (by prev tag), t2 (by prev2 * (T+1) + prev1) and h (by history tag), T-length rows. */
  t1: Float64Array;
  t2: Float64Array;
  h: Float64Array;
  /** Second-pass rows: q (by prior), q|t1 (by prior * (T+1) + prev1), q|h (by prior * (T+1) + history). */
  q: Float64Array;
  qt1: Float64Array;
  qh: Float64Array;
  knownNames: PhraseMatcher;
  annotators: SentenceAnnotator[];
  /** Per-word dynamic rows read straight from the model (see dynamicTables): no feature strings per word. */
  t1lByWord: Map<string, Float64Array>;
  t1ssByShape: Map<string, Float64Array>;
  hssByShape: Map<string, Float64Array>;
}

/**
 * The model's word- and shape-specific dynamic features ("t1|l=B-PER|said", "t1|ss=O|Xx", "h|ss=B-LOC|Xx"),
 * grouped once by word or shape into rows indexed by previous (or history) tag. A word's dynamic scores are then
 * one or two map lookups instead of 3 × (T+1) feature strings built and looked up per new word. The rows hold
 * the very weights the strings would find, so scores are unchanged.
 */
function dynamicTables(tagger: NerTagger): Pick<TaggerRuntime, "t1lByWord" | "t1ssByShape" | "hssByShape"> {
  const T = tagger.tags.length;
  const prevIndex = new Map([...tagger.tags, "<s>"].map((t, i) => [t, i]));
  const histIndex = new Map([...tagger.tags, "-"].map((t, i) => [t, i]));
  const out = { t1lByWord: new Map(), t1ssByShape: new Map(), hssByShape: new Map() };
  const add = (m: Map<string, Float64Array>, key: string, slot: number | undefined, row: number) => {
    if (slot === undefined) return;
    let r = m.get(key);
    if (!r) m.set(key, (r = new Float64Array((T + 1) * T)));
    for (let t = 0; t < T; t++) r[slot * T + t] = tagger.weights[row * T + t];
  };
  for (const [f, row] of tagger.index) {
    const prefix = f.startsWith("t1|l=") ? 5 : f.startsWith("t1|ss=") ? 6 : f.startsWith("h|ss=") ? 5 : 0;
    if (prefix === 0) continue;
    const bar = f.indexOf("|", prefix);
    if (bar < 0) continue;
    const tag = f.slice(prefix, bar);
    const rest = f.slice(bar + 1);
    if (prefix === 5 && f[0] === "t") add(out.t1lByWord, rest, prevIndex.get(tag), row);
    else if (prefix === 6) add(out.t1ssByShape, rest, prevIndex.get(tag), row);
    else add(out.hssByShape, rest, histIndex.get(tag), row);
  }
  return out;
}

const runtimes = new WeakMap<NerTagger, TaggerRuntime>();

export function taggerScorer(tagger: NerTagger): Scorer {
  const T = tagger.tags.length;
  const { index, weights } = tagger;
  return {
    score(features, out) {
      for (let k = 0; k < features.length; k++) {
        const r = index.get(features[k]);
        if (r === undefined) continue;
        const base = r * T;
        for (let t = 0; t < T; t++) out[t] += weights[base + t];
      }
    },
  };
}

/** Turns the model's list of names seen in training into a matcher for the `n=` features. */
export function knownNamesMatcher(names: Record<string, string[]>): PhraseMatcher {
  const m = new PhraseMatcher();
  for (const [type, list] of Object.entries(names)) for (const name of list) m.add(name.split(" "), type);
  return m;
}

function scoreRows(scorer: Scorer, features: string[], T: number): Float64Array {
  const out = new Float64Array(features.length * T);
  features.forEach((f, k) => scorer.score([f], out.subarray(k * T, (k + 1) * T)));
  return out;
}

function runtime(tagger: NerTagger): TaggerRuntime {
  let rt = runtimes.get(tagger);
  if (!rt) {
    const T = tagger.tags.length;
    const dynamic = new DynamicFeatures(tagger.tags);
    const scorer = taggerScorer(tagger);
    const tables = dynamic.tables(SENTENCE_START);
    rt = {
      mask: transitionMask(tagger.tags),
      dynamic,
      scorer,
      t1: scoreRows(scorer, tables.t1, T),
      t2: scoreRows(scorer, tables.t2, T),
      h: scoreRows(scorer, tables.h, T),
      q: scoreRows(scorer, tables.q, T),
      qt1: scoreRows(scorer, tables.qt1, T),
      qh: scoreRows(scorer, tables.qh, T),
      knownNames: knownNamesMatcher(tagger.names),
      annotators: annotatorsById(tagger.annotators),
      ...dynamicTables(tagger),
    };
    runtimes.set(tagger, rt);
  }
  return rt;
}

function wordScores(rt: TaggerRuntime, owner: NerTagger, word: WordInfo, T: number): WordScores {
  const cached = word.scores;
  if (cached && cached.owner === owner) return cached;
  const rows = new Float64Array(5 * T);
  [word.features, ...word.neighbour].forEach((feats, k) => rt.scorer.score(feats, rows.subarray(k * T, (k + 1) * T)));
  const n = (T + 1) * T;
  const dynamic = new Float64Array(2 * n);
  const t1l = rt.t1lByWord.get(word.lower);
  const t1ss = rt.t1ssByShape.get(word.shortShape);
  const hss = rt.hssByShape.get(word.shortShape);
  if (t1l) dynamic.set(t1l);
  if (t1ss) for (let k = 0; k < n; k++) dynamic[k] += t1ss[k];
  if (hss) dynamic.set(hss, n);
  const ws: WordScores = { owner, rows, dynamic };
  word.scores = ws;
  return ws;
}

/** Tags one document given as sentences of token strings; returns IOB2 tags per sentence. */
export function tagDocument(sentences: string[][], tagger: NerTagger): string[][] {
  const rt = runtime(tagger);
  const T = tagger.tags.length;
  const { index, weights } = tagger;
  const infos = documentFeatures(sentences, tagger.casing, rt.knownNames, tagger.clusters, rt.annotators);
  // Every sentence's static scores are views of one buffer: a typed array per sentence is an off-heap
  // allocation each, which cost more than filling it.
  let tokens = 0;
  for (const sent of infos) tokens += sent.length;
  const staticMem = new Float64Array(tokens * T);
  let offset = 0;
  const statics = infos.map((sent) => {
    const s = staticMem.subarray(offset, (offset += sent.length * T));
    for (let i = 0; i < sent.length; i++) {
      const info = sent[i];
      const base = i * T;
      const own = wordScores(rt, tagger, info.word, T);
      const rows = own.rows;
      for (let t = 0; t < T; t++) s[base + t] = rows[t];
      for (let k = 0; k < 4; k++) {
        const v = wordScores(rt, tagger, info.neighbours[k], T).rows;
        const off = (k + 1) * T;
        for (let t = 0; t < T; t++) s[base + t] += v[off + t];
      }
      const feats = info.features;
      for (let j = 0; j < feats.length; j++) {
        const r = index.get(feats[j]);
        if (r === undefined) continue;
        const w = r * T;
        for (let t = 0; t < T; t++) s[base + t] += weights[w + t];
      }
    }
    return s;
  });
  const dynamicScores = (word: WordInfo, p1: number, p2: number, h: number, q: number, out: Float64Array) => {
    const wd = wordScores(rt, tagger, word, T).dynamic;
    const a = p1 * T;
    const b = (p2 * (T + 1) + p1) * T;
    const c = h * T;
    const d = (T + 1) * T + h * T;
    for (let t = 0; t < T; t++) out[t] += rt.t1[a + t] + rt.t2[b + t] + rt.h[c + t] + wd[a + t] + wd[d + t];
    if (q >= 0) {
      const e = q * T;
      const f = (q * (T + 1) + p1) * T;
      const g = (q * (T + 1) + h) * T;
      for (let t = 0; t < T; t++) out[t] += rt.q[e + t] + rt.qt1[f + t] + rt.qh[g + t];
    }
  };
  let pred = decodeDocument(infos, rt.dynamic, rt.scorer, rt.mask, { staticScores: statics, dynamicScores });
  if (tagger.passes > 1) {
    const prior = documentPrior(infos, pred, tagger.tags);
    pred = decodeDocument(infos, rt.dynamic, rt.scorer, rt.mask, { prior, staticScores: statics, dynamicScores });
  }
  return pred.map((p) => Array.from(p, (t) => tagger.tags[t]));
}
