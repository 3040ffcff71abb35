/**
 * Part-of-speech tagger: a greedy left-to-right averaged perceptron over joint UPOS|XPOS classes (the two tag
 * sets are predicted together so they never disagree), trained on UD English EWT. Word-only and context-word
 * features are summed once per token (those of one word in one role once per word form: see roleFeatures); only
 * the previous-tag features are added during decoding. Frequent words
 * that the training data always tags the same way are tagged from a dictionary (Honnibal's trick: faster, and
 * no less accurate).
 */
import { AveragedPerceptron, HashedWeights, hashFeature, hashString } from "../learn/perceptron";
import { clusterOf, type ClusterMap } from "../ner/clusters";
import { PAD_END, PAD_START, wordAtoms, type WordAtoms } from "./features";

export interface PosTagger {
  /** Joint classes "UPOS|XPOS". */
  classes: string[];
  upos: string[];
  xpos: string[];
  /** Lower-cased form → class, for unambiguous frequent words. */
  dict: Map<string, number>;
  weights: HashedWeights;
  /** Word clusters (bit string by word key); empty: no cluster or ambiguity-class features (the first release). */
  clusters: ClusterMap;
  /** Lower-cased form → ambiguity class (the sorted set of classes the word had in training), frequent words. */
  ambig: Map<string, string>;
  /** 2: a second left-to-right pass also sees the first pass's tags of the next two words. */
  passes: 1 | 2;
}

/** Per-token atoms beyond WordAtoms: cluster prefixes of 4 and 6 bits, full bit string, ambiguity class. */
type ExtraAtoms = Int32Array;
const START_EXTRA: ExtraAtoms = Int32Array.of(11, 11, 11, 11);
const END_EXTRA: ExtraAtoms = Int32Array.of(13, 13, 13, 13);
const extraCache = new WeakMap<ClusterMap, Map<string, ExtraAtoms>>();

function extraAtoms(tagger: Pick<PosTagger, "clusters" | "ambig">, form: string, norm: string): ExtraAtoms {
  let cache = extraCache.get(tagger.clusters);
  if (!cache) extraCache.set(tagger.clusters, (cache = new Map()));
  let a = cache.get(form);
  if (a) return a;
  const c = clusterOf(tagger.clusters, form);
  const amb = tagger.ambig.get(norm);
  a = Int32Array.of(
    c === undefined ? 5 : hashString(c.slice(0, 4)),
    c === undefined ? 5 : hashString(c.slice(0, 6)),
    c === undefined ? 5 : hashString(c),
    amb === undefined ? 5 : hashString(amb),
  );
  if (cache.size > 200_000) cache.clear();
  cache.set(form, a);
  return a;
}

function extrasOf(a: WordAtoms[], forms: readonly string[], tagger: Pick<PosTagger, "clusters" | "ambig">) {
  return tagger.clusters.size === 0 ? null : forms.map((f, i) => extraAtoms(tagger, f, a[i].norm));
}

export interface TaggedSentence {
  upos: string[];
  xpos: string[];
}

const STATIC_FEATURES = 42;
const START_TAG = -1;
const END_TAG = -2;

/** Static (tag-independent) features of token i; returns how many were written into `out`. */
function staticFeatures(a: WordAtoms[], x: ExtraAtoms[] | null, i: number, out: Int32Array): number {
  const w = a[i];
  const p1 = i > 0 ? a[i - 1] : PAD_START;
  const p2 = i > 1 ? a[i - 2] : PAD_START;
  const n1 = i + 1 < a.length ? a[i + 1] : PAD_END;
  const n2 = i + 2 < a.length ? a[i + 2] : PAD_END;
  let k = 0;
  out[k++] = hashFeature(0, 0);
  out[k++] = hashFeature(1, w.lower);
  out[k++] = hashFeature(2, w.form);
  out[k++] = hashFeature(3, w.suf1);
  out[k++] = hashFeature(4, w.suf2);
  out[k++] = hashFeature(5, w.suf3);
  out[k++] = hashFeature(6, w.suf4);
  out[k++] = hashFeature(7, w.pre1);
  out[k++] = hashFeature(8, w.pre2);
  out[k++] = hashFeature(9, w.pre3);
  out[k++] = hashFeature(10, w.shape);
  out[k++] = hashFeature(14, p1.lower);
  out[k++] = hashFeature(15, p1.suf3);
  out[k++] = hashFeature(16, p2.lower);
  out[k++] = hashFeature(17, n1.lower);
  out[k++] = hashFeature(18, n1.suf3);
  out[k++] = hashFeature(19, n2.lower);
  out[k++] = hashFeature(20, n1.shape);
  out[k++] = hashFeature(21, p1.lower, w.lower);
  out[k++] = hashFeature(22, w.lower, n1.lower);
  out[k++] = hashFeature(24, p1.shape);
  out[k++] = hashFeature(25, w.shape, i === 0 ? 1 : 0);
  out[k++] = hashFeature(26, n1.suf2);
  out[k++] = hashFeature(27, p1.suf2);
  out[k++] = hashFeature(28, w.lower, n2.lower);
  out[k++] = hashFeature(29, p1.lower, n1.lower);
  if (!x) return k;
  // Word clusters (Koo et al. 2008; Owoputi et al. 2013) and ambiguity classes of the word and its neighbours.
  const xw = x[i];
  const xp1 = i > 0 ? x[i - 1] : START_EXTRA;
  const xn1 = i + 1 < x.length ? x[i + 1] : END_EXTRA;
  const xn2 = i + 2 < x.length ? x[i + 2] : END_EXTRA;
  out[k++] = hashFeature(40, xw[0]);
  out[k++] = hashFeature(41, xw[1]);
  out[k++] = hashFeature(42, xw[2]);
  out[k++] = hashFeature(43, xp1[2]);
  out[k++] = hashFeature(44, xn1[2]);
  out[k++] = hashFeature(45, xn1[1]);
  out[k++] = hashFeature(46, xn2[1]);
  out[k++] = hashFeature(47, xw[3]);
  out[k++] = hashFeature(48, xn1[3]);
  out[k++] = hashFeature(49, xp1[3]);
  out[k++] = hashFeature(50, xw[3], xn1[3]);
  out[k++] = hashFeature(51, xw[2], w.suf3);
  return k;
}

/**
 * Inference splits staticFeatures by what they read: the word alone (templates 0–10), the word as the previous
 * word of the next token (14, 15, 24, 27), as the next word of the previous token (17, 18, 20, 26), and the
 * rest. The first three are scored once per word form and role, and their class scores reused. Scores are summed
 * in float64 and every weight is a 16-bit value over one scale, so the sums are exact in any grouping: the tags
 * are the same as scoring all features together (a unit test checks that the parts are staticFeatures).
 */
const WORD = 0;
const AS_PREV = 1;
const AS_NEXT = 2;

function roleFeatures(w: WordAtoms, role: number, out: Int32Array): number {
  let k = 0;
  if (role === WORD) {
    out[k++] = hashFeature(0, 0);
    out[k++] = hashFeature(1, w.lower);
    out[k++] = hashFeature(2, w.form);
    out[k++] = hashFeature(3, w.suf1);
    out[k++] = hashFeature(4, w.suf2);
    out[k++] = hashFeature(5, w.suf3);
    out[k++] = hashFeature(6, w.suf4);
    out[k++] = hashFeature(7, w.pre1);
    out[k++] = hashFeature(8, w.pre2);
    out[k++] = hashFeature(9, w.pre3);
    out[k++] = hashFeature(10, w.shape);
  } else if (role === AS_PREV) {
    out[k++] = hashFeature(14, w.lower);
    out[k++] = hashFeature(15, w.suf3);
    out[k++] = hashFeature(24, w.shape);
    out[k++] = hashFeature(27, w.suf2);
  } else {
    out[k++] = hashFeature(17, w.lower);
    out[k++] = hashFeature(18, w.suf3);
    out[k++] = hashFeature(20, w.shape);
    out[k++] = hashFeature(26, w.suf2);
  }
  return k;
}

/** staticFeatures' templates that read two words, or a word two away. */
function contextFeatures(a: WordAtoms[], i: number, out: Int32Array, k: number): number {
  const w = a[i];
  const p1 = i > 0 ? a[i - 1] : PAD_START;
  const p2 = i > 1 ? a[i - 2] : PAD_START;
  const n1 = i + 1 < a.length ? a[i + 1] : PAD_END;
  const n2 = i + 2 < a.length ? a[i + 2] : PAD_END;
  out[k++] = hashFeature(16, p2.lower);
  out[k++] = hashFeature(19, n2.lower);
  out[k++] = hashFeature(21, p1.lower, w.lower);
  out[k++] = hashFeature(22, w.lower, n1.lower);
  out[k++] = hashFeature(25, w.shape, i === 0 ? 1 : 0);
  out[k++] = hashFeature(28, w.lower, n2.lower);
  out[k++] = hashFeature(29, p1.lower, n1.lower);
  return k;
}

/**
 * For the test: tokens of `forms` whose split static features (roles, then context) differ from staticFeatures
 * of feature set 1 (set 2's cluster features are scored without the split).
 */
export function staticSplitMismatches(forms: readonly string[]): number {
  const a = forms.map(wordAtoms);
  const out = new Int32Array(STATIC_FEATURES);
  const sorted = (x: number[]) => x.sort((p, q) => p - q).join(",");
  let bad = 0;
  for (let i = 0; i < a.length; i++) {
    const split: number[] = [];
    split.push(...out.subarray(0, roleFeatures(a[i], WORD, out)));
    split.push(...out.subarray(0, roleFeatures(i > 0 ? a[i - 1] : PAD_START, AS_PREV, out)));
    split.push(...out.subarray(0, roleFeatures(i + 1 < a.length ? a[i + 1] : PAD_END, AS_NEXT, out)));
    split.push(...out.subarray(0, contextFeatures(a, i, out, 0)));
    if (sorted(split) !== sorted([...out.subarray(0, staticFeatures(a, null, i, out))])) bad++;
  }
  return bad;
}

/** Tag-history features; returns how many were written into out at `k`. */
function dynamicFeatures(
  a: WordAtoms[],
  i: number,
  t1: number,
  t2: number,
  right: Int32Array | null,
  out: Int32Array,
  k: number,
): number {
  const w = a[i];
  if (right) {
    // Right-context tags from the first pass (a two-pass tagger's second pass).
    const r1 = i + 1 < a.length ? right[i + 1] : END_TAG;
    const r2 = i + 2 < a.length ? right[i + 2] : END_TAG;
    out[k++] = hashFeature(31, r1);
    out[k++] = hashFeature(32, r1, r2);
    out[k++] = hashFeature(33, r1, w.lower);
    out[k++] = hashFeature(34, t1, r1);
  }
  const n1 = i + 1 < a.length ? a[i + 1] : PAD_END;
  out[k++] = hashFeature(11, t1);
  out[k++] = hashFeature(12, t2, t1);
  out[k++] = hashFeature(13, t1, w.lower);
  out[k++] = hashFeature(23, t1, n1.lower);
  out[k++] = hashFeature(30, t1, w.suf3);
  return k;
}

function argmax(s: ArrayLike<number>, n: number): number {
  let best = 0;
  for (let t = 1; t < n; t++) if (s[t] > s[best]) best = t;
  return best;
}

/**
 * Tags one sentence of word forms; returns class indices. `fixed` gives a class for some words (-1 elsewhere):
 * those words take it, and the words after them are tagged knowing it (the tag history is a feature).
 */
export function tagClasses(forms: readonly string[], tagger: PosTagger, fixed?: Int32Array): Int32Array {
  const a = forms.map(wordAtoms);
  const x = extrasOf(a, forms, tagger);
  const first = decodePass(a, x, tagger, null, fixed);
  return tagger.passes === 2 ? decodePass(a, x, tagger, first, fixed) : first;
}

/** Scratch buffers per tagger, so decoding allocates only its output, and the role sums by word and role. */
interface Scratch {
  feats: Int32Array;
  scores: Float64Array;
  roles: Map<WordAtoms, Float64Array>[];
}
const scratch = new WeakMap<PosTagger, Scratch>();
/** Words kept per role (each costs 8 bytes per class): enough for a day of news, cleared when full. */
const ROLE_CACHE = 20_000;

/** Class scores of word w's templates in one role, cached. */
function roleScores(tagger: PosTagger, buf: Scratch, w: WordAtoms, role: number): Float64Array {
  const cache = buf.roles[role];
  let v = cache.get(w);
  if (v) return v;
  v = new Float64Array(tagger.classes.length);
  tagger.weights.score(buf.feats, roleFeatures(w, role, buf.feats), v);
  if (cache.size >= ROLE_CACHE) cache.clear();
  cache.set(w, v);
  return v;
}

function decodePass(
  a: WordAtoms[],
  x: ExtraAtoms[] | null,
  tagger: PosTagger,
  right: Int32Array | null,
  fixed?: Int32Array,
): Int32Array {
  const n = a.length;
  const C = tagger.classes.length;
  const out = new Int32Array(n);
  let buf = scratch.get(tagger);
  if (!buf)
    scratch.set(
      tagger,
      (buf = {
        feats: new Int32Array(STATIC_FEATURES + 12),
        scores: new Float64Array(C),
        roles: [new Map(), new Map(), new Map()],
      }),
    );
  const { feats, scores } = buf;
  let t1 = START_TAG;
  let t2 = START_TAG;
  for (let i = 0; i < n; i++) {
    let c = fixed && fixed[i] >= 0 ? fixed[i] : tagger.dict.get(a[i].norm);
    if (c === undefined) {
      let k: number;
      if (x === null) {
        // Feature set 1: the word-only parts come from the per-word role cache (exact, see roleFeatures).
        const own = roleScores(tagger, buf, a[i], WORD);
        const prev = roleScores(tagger, buf, i > 0 ? a[i - 1] : PAD_START, AS_PREV);
        const next = roleScores(tagger, buf, i + 1 < n ? a[i + 1] : PAD_END, AS_NEXT);
        for (let t = 0; t < C; t++) scores[t] = own[t] + prev[t] + next[t];
        k = dynamicFeatures(a, i, t1, t2, right, feats, contextFeatures(a, i, feats, 0));
      } else {
        scores.fill(0);
        k = dynamicFeatures(a, i, t1, t2, right, feats, staticFeatures(a, x, i, feats));
      }
      tagger.weights.score(feats, k, scores);
      c = argmax(scores, C);
    }
    out[i] = c;
    t2 = t1;
    t1 = c;
  }
  return out;
}

export function tagSentence(forms: readonly string[], tagger: PosTagger): TaggedSentence {
  const cls = tagClasses(forms, tagger);
  const upos = new Array<string>(forms.length);
  const xpos = new Array<string>(forms.length);
  for (let i = 0; i < cls.length; i++) {
    upos[i] = tagger.upos[cls[i]];
    xpos[i] = tagger.xpos[cls[i]];
  }
  return { upos, xpos };
}

export interface TaggerTrainingSentence {
  form: string[];
  upos: string[];
  xpos: string[];
}

/** Deterministic Fisher–Yates with a small LCG, so training order is the same on every run. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export interface TaggerTrainingOptions {
  /** Word clusters; given (non-empty), the tagger also uses cluster and ambiguity-class features. */
  clusters?: ClusterMap;
  log?: (msg: string) => void;
  /** 2: train a two-pass tagger (the second pass sees the first pass's right-context tags). Default 1. */
  passes?: 1 | 2;
  /** Called after each epoch with the averaged tagger so far (learning curves). */
  onEpoch?: (epoch: number, tagger: PosTagger) => void;
}

/** Minimum count for a word's ambiguity class; classes below 1 % of its occurrences are left out. */
const AMBIG_MIN_COUNT = 3;

export function trainTagger(
  data: readonly TaggerTrainingSentence[],
  epochs: number,
  opts: TaggerTrainingOptions = {},
): PosTagger {
  const { log = () => {}, passes = 1 } = opts;
  const clusters = opts.clusters ?? new Map<string, string>();
  const classIndex = new Map<string, number>();
  const counts = new Map<string, Map<number, number>>();
  for (const s of data) {
    s.form.forEach((f, i) => {
      const key = `${s.upos[i]}|${s.xpos[i]}`;
      let c = classIndex.get(key);
      if (c === undefined) classIndex.set(key, (c = classIndex.size));
      const norm = wordAtoms(f).norm;
      let m = counts.get(norm);
      if (!m) counts.set(norm, (m = new Map()));
      m.set(c, (m.get(c) ?? 0) + 1);
    });
  }
  const classes = [...classIndex.keys()];
  const dict = new Map<string, number>();
  for (const [w, m] of counts) {
    let total = 0;
    let best = -1;
    let bestN = 0;
    for (const [c, n] of m) {
      total += n;
      if (n > bestN) [best, bestN] = [c, n];
    }
    if (total >= 20 && bestN / total >= 0.995) dict.set(w, best);
  }
  const ambig = new Map<string, string>();
  if (clusters.size > 0)
    for (const [w, m] of counts) {
      let total = 0;
      for (const n of m.values()) total += n;
      if (total < AMBIG_MIN_COUNT) continue;
      const seen = [...m].filter(([, n]) => n >= 0.01 * total).map(([c]) => c);
      ambig.set(w, seen.sort((p, q) => p - q).join(","));
    }
  const side = { clusters, ambig };
  const model = new AveragedPerceptron<number>(classes);
  const C = classes.length;
  const feats = new Int32Array(STATIC_FEATURES + 12);
  const scores = new Float64Array(C);
  for (let e = 0; e < epochs; e++) {
    let right = 0;
    let total = 0;
    for (const s of shuffled(data, 17 + e)) {
      const a = s.form.map(wordAtoms);
      const x = extrasOf(a, s.form, side);
      let firstPass: Int32Array | null = null;
      // Both passes train the same weights; the right-context templates fire only in the second.
      for (let pass = 2 - passes; pass < 2; pass++) {
        const got = new Int32Array(a.length);
        let t1 = START_TAG;
        let t2 = START_TAG;
        for (let i = 0; i < a.length; i++) {
          const truth = classIndex.get(`${s.upos[i]}|${s.xpos[i]}`)!;
          let guess = dict.get(a[i].norm);
          if (guess === undefined) {
            scores.fill(0);
            const k = dynamicFeatures(a, i, t1, t2, firstPass, feats, staticFeatures(a, x, i, feats));
            model.score(feats, scores, k);
            guess = argmax(scores, C);
            model.update(feats, truth, guess, k);
          }
          if (pass === 1 && guess === truth) right++;
          if (pass === 1) total++;
          got[i] = guess;
          t2 = t1;
          t1 = guess;
        }
        firstPass = got;
      }
    }
    log(`tagger epoch ${e + 1}/${epochs}: training accuracy ${((100 * right) / total).toFixed(2)}%`);
    if (opts.onEpoch && e < epochs - 1) opts.onEpoch(e + 1, finish());
  }
  return finish();

  function finish(): PosTagger {
    return {
      classes,
      upos: classes.map((c) => c.split("|")[0]),
      xpos: classes.map((c) => c.slice(c.indexOf("|") + 1)),
      dict,
      weights: HashedWeights.fromAveraged(C, model.averaged()),
      clusters,
      ambig,
      passes,
    };
  }
}
