/**
 * Applies a trained NerTagger to token strings: static features for the document, greedy decoding, tag strings.
 * Scores that depend only on a word (its own features, the features it gives its neighbours, its previous-tag
 * features) are cached on the word's WordInfo, because words repeat a lot and this is most of the
 * work; the weights never change after loading, so the cache is exact.
 */
import { decodeDocument, documentPrior, transitionMask, type Scorer } from "./decode";
import { DynamicFeatures, SENTENCE_START, documentFeatures, type WordInfo, type WordScores } from "./features";
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
  const tb = rt.dynamic.tables(word);
  const t1l = scoreRows(rt.scorer, tb.t1l, T);
  const t1ss = scoreRows(rt.scorer, tb.t1ss, T);
  const hss = scoreRows(rt.scorer, tb.hss, T);
  const dynamic = new Float64Array(t1l.length + hss.length);
  for (let k = 0; k < t1l.length; k++) dynamic[k] = t1l[k] + t1ss[k];
  dynamic.set(hss, t1l.length);
  const ws: WordScores = { owner, rows, dynamic };
  word.scores = ws;
  return ws;
}

/** Tags one document given as sentences of token strings; returns IOB2 tags per sentence. */
export function tagDocument(sentences: string[][], tagger: NerTagger): string[][] {
  const rt = runtime(tagger);
  const T = tagger.tags.length;
  const { index, weights } = tagger;
  const infos = documentFeatures(sentences, tagger.casing, rt.knownNames, tagger.clusters);
  const statics = infos.map((sent) => {
    const s = new Float64Array(sent.length * T);
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
