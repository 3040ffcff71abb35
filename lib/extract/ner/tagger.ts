/**
 * Applies a trained NerTagger to token strings: static features for the document, greedy decoding, tag strings.
 * Scores of a word's own features and of the features it gives its neighbours are cached per word, because
 * words repeat a lot and this is most of the work.
 */
import { decodeDocument, documentPrior, transitionMask, type Scorer } from "./decode";
import {
  DynamicFeatures,
  SENTENCE_START,
  documentFeatures,
  leftPairFeatures,
  rightPairFeatures,
  type WordInfo,
} from "./features";
import type { NerTagger } from "./model";
import { PhraseMatcher } from "./gazetteer";

interface TaggerRuntime {
  mask: Uint8Array;
  dynamic: DynamicFeatures;
  scorer: Scorer;
  /** Per word: scores of its own features, then as neighbour at -2, -1, +1, +2. */
  wordScores: Map<WordInfo, Float64Array[]>;
  /** Per word pair: scores of the (previous, current) and (current, next) pair features. */
  leftPairs: Map<WordInfo, Map<WordInfo, Float64Array>>;
  rightPairs: Map<WordInfo, Map<WordInfo, Float64Array>>;
  /** Scores of t1 (by prev tag) and t2 (by prev2 * (T+1) + prev1) and h (by history tag), T-length rows. */
  t1: Float64Array;
  t2: Float64Array;
  h: Float64Array;
  /** Per word: t1|l + t1|ss by prev tag, then h|ss by history tag ((T+1) rows each). */
  wordDynamic: Map<WordInfo, Float64Array>;
  knownNames: PhraseMatcher;
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

const runtimes = new WeakMap<NerTagger, TaggerRuntime>();
const MAX_CACHED_WORDS = 200_000;

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
      wordDynamic: new Map(),
      knownNames: knownNamesMatcher(tagger.names),
      wordScores: new Map(),
      leftPairs: new Map(),
      rightPairs: new Map(),
    };
    runtimes.set(tagger, rt);
  }
  return rt;
}

function wordScores(rt: TaggerRuntime, word: WordInfo, T: number): Float64Array[] {
  let ws = rt.wordScores.get(word);
  if (ws) return ws;
  ws = [word.features, ...word.neighbour].map((feats) => {
    const v = new Float64Array(T);
    rt.scorer.score(feats, v);
    return v;
  });
  if (rt.wordScores.size >= MAX_CACHED_WORDS) rt.wordScores.clear();
  rt.wordScores.set(word, ws);
  return ws;
}

/** Adds the dynamic features' scores from cached rows (same result as scoring DynamicFeatures.features). */
function addDynamic(
  rt: TaggerRuntime,
  T: number,
  word: WordInfo,
  p1: number,
  p2: number,
  h: number,
  out: Float64Array,
) {
  let wd = rt.wordDynamic.get(word);
  if (!wd) {
    const tb = rt.dynamic.tables(word);
    const t1l = scoreRows(rt.scorer, tb.t1l, T);
    const t1ss = scoreRows(rt.scorer, tb.t1ss, T);
    const hss = scoreRows(rt.scorer, tb.hss, T);
    wd = new Float64Array(t1l.length + hss.length);
    for (let k = 0; k < t1l.length; k++) wd[k] = t1l[k] + t1ss[k];
    wd.set(hss, t1l.length);
    if (rt.wordDynamic.size >= MAX_CACHED_WORDS) rt.wordDynamic.clear();
    rt.wordDynamic.set(word, wd);
  }
  const a = p1 * T;
  const b = (p2 * (T + 1) + p1) * T;
  const c = h * T;
  const d = (T + 1) * T + h * T;
  for (let t = 0; t < T; t++) out[t] += rt.t1[a + t] + rt.t2[b + t] + rt.h[c + t] + wd[a + t] + wd[d + t];
}

function pairScores(
  cache: Map<WordInfo, Map<WordInfo, Float64Array>>,
  a: WordInfo,
  b: WordInfo,
  features: (a: WordInfo, b: WordInfo) => string[],
  scorer: Scorer,
  T: number,
): Float64Array {
  let inner = cache.get(a);
  if (!inner) {
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    cache.set(a, (inner = new Map()));
  }
  let v = inner.get(b);
  if (!v) {
    v = new Float64Array(T);
    scorer.score(features(a, b), v);
    inner.set(b, v);
  }
  return v;
}

/** Tags one document given as sentences of token strings; returns IOB2 tags per sentence. */
export function tagDocument(sentences: string[][], tagger: NerTagger): string[][] {
  const rt = runtime(tagger);
  const T = tagger.tags.length;
  const infos = documentFeatures(sentences, tagger.casing, rt.knownNames);
  const statics = infos.map((sent) => {
    const s = new Float64Array(sent.length * T);
    for (let i = 0; i < sent.length; i++) {
      const info = sent[i];
      const base = i * T;
      const own = wordScores(rt, info.word, T)[0];
      for (let t = 0; t < T; t++) s[base + t] = own[t];
      for (let k = 0; k < 4; k++) {
        const v = wordScores(rt, info.neighbours[k], T)[k + 1];
        for (let t = 0; t < T; t++) s[base + t] += v[t];
      }
      const left = pairScores(rt.leftPairs, info.neighbours[1], info.word, leftPairFeatures, rt.scorer, T);
      const right = pairScores(rt.rightPairs, info.word, info.neighbours[2], rightPairFeatures, rt.scorer, T);
      for (let t = 0; t < T; t++) s[base + t] += left[t] + right[t];
      const feats = info.features;
      for (let j = 0; j < feats.length; j++) {
        const r = tagger.index.get(feats[j]);
        if (r === undefined) continue;
        for (let t = 0; t < T; t++) s[base + t] += tagger.weights[r * T + t];
      }
    }
    return s;
  });
  const dynamicScores = (w: WordInfo, p1: number, p2: number, h: number, out: Float64Array) =>
    addDynamic(rt, T, w, p1, p2, h, out);
  let pred = decodeDocument(infos, rt.dynamic, rt.scorer, rt.mask, { staticScores: statics, dynamicScores });
  if (tagger.passes > 1) {
    const prior = documentPrior(infos, pred, tagger.tags);
    pred = decodeDocument(infos, rt.dynamic, rt.scorer, rt.mask, { prior, staticScores: statics });
  }
  return pred.map((p) => Array.from(p, (t) => tagger.tags[t]));
}
