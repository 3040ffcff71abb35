/**
 * Greedy left-to-right decoding over a document. Each token is scored from its static and dynamic features;
 * tags that would break IOB2 (I-X not after B-X/I-X) are never chosen. The same loop drives training: the
 * optional `learn` callback sees each decision and may update the weights before the next token.
 */
import { staticFeatures, type DynamicFeatures, type TokenInfo } from "./features";

export interface Scorer {
  /** Adds the weights of `features` into `out` (length = number of tags). */
  score(features: string[], out: Float64Array): void;
}

export type LearnFn = (features: string[], guess: number, sentence: number, token: number) => void;

/** Which tag may follow which: allowed[prev * T + next]. Index T stands for "start of sentence". */
export function transitionMask(tags: string[]): Uint8Array {
  const T = tags.length;
  const mask = new Uint8Array((T + 1) * T);
  for (let p = 0; p <= T; p++) {
    const prev = p === T ? "O" : tags[p];
    for (let n = 0; n < T; n++) {
      const next = tags[n];
      const ok = !next.startsWith("I-") || (prev !== "O" && prev.slice(2) === next.slice(2));
      mask[p * T + n] = ok ? 1 : 0;
    }
  }
  return mask;
}

const NO_FEATURES: string[] = [];

export interface DecodeOptions {
  /** Called with each decision before the next token is scored (training). */
  learn?: LearnFn;
  /** Second pass: the first pass's type for each capitalised word (see documentPrior). */
  prior?: Map<string, string>;
  /** Precomputed scores of static features, per sentence, token-major (tagging: the weights do not change). */
  staticScores?: Float64Array[];
  /** Adds the scores of the dynamic features directly (tagging fast path; not used with `learn`). */
  dynamicScores?: (
    word: TokenInfo["word"],
    prev1: number,
    prev2: number,
    history: number,
    prior: number,
    out: Float64Array,
  ) => void;
  /** Precomputed static feature lists (training: the weights change, so features are scored every time). */
  staticFeatures?: string[][][];
}

function priorIndices(prior: Map<string, string>, values: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const [w, v] of prior) out.set(w, Math.max(0, values.indexOf(v)));
  return out;
}

/**
 * Inside a person name, a lower-case word is a short particle ("de", "van", "della", "bin"): in CoNLL-2003
 * train 63 of 4,528 I-PER tokens are lower case and all are particles. A longer lower-case word never continues
 * a name ("Raisi asserted ..."), whatever the weights say.
 */
export const MAX_NAME_PARTICLE = 5;

function blocksPersonInside(word: TokenInfo["word"]): boolean {
  return word.caseClass === "lower" && word.lower.length > MAX_NAME_PARTICLE;
}

/** Tags a document; returns tag indices per sentence. */
export function decodeDocument(
  doc: TokenInfo[][],
  dynamic: DynamicFeatures,
  scorer: Scorer,
  mask: Uint8Array,
  opts: DecodeOptions = {},
): Int32Array[] {
  const { learn, staticScores } = opts;
  const prior = opts.prior ? priorIndices(opts.prior, dynamic.priorValues) : null;
  const priorO = dynamic.priorValues.indexOf("O");
  const priorNone = dynamic.priorValues.indexOf("-");
  const T = dynamic.tags.length;
  const personInside = dynamic.tags.indexOf("I-PER");
  const scores = new Float64Array(T);
  const history = new Map<string, number>();
  const out: Int32Array[] = [];
  for (let si = 0; si < doc.length; si++) {
    const sent = doc[si];
    const pred = new Int32Array(sent.length);
    let p1 = T;
    let p2 = T;
    for (let i = 0; i < sent.length; i++) {
      const info = sent[i];
      const lower = info.word.lower;
      const hist = info.capitalised ? (history.get(lower) ?? T) : T;
      let feats = NO_FEATURES;
      const q = prior ? (info.capitalised ? (prior.get(lower) ?? priorO) : priorNone) : -1;
      if (staticScores && opts.dynamicScores && !learn) {
        const st = staticScores[si];
        for (let t = 0; t < T; t++) scores[t] = st[i * T + t];
        opts.dynamicScores(info.word, p1, p2, hist, q, scores);
      } else {
        const dyn = dynamic.features(info, p1, p2, hist, q);
        if (staticScores) {
          const st = staticScores[si];
          for (let t = 0; t < T; t++) scores[t] = st[i * T + t];
          scorer.score(dyn, scores);
          feats = dyn;
        } else {
          feats = (opts.staticFeatures ? opts.staticFeatures[si][i] : staticFeatures(info)).concat(dyn);
          scores.fill(0);
          scorer.score(feats, scores);
        }
      }
      let best = -1;
      let bestScore = -Infinity;
      const row = p1 * T;
      const noPersonInside = blocksPersonInside(info.word) ? personInside : -1;
      for (let t = 0; t < T; t++) {
        if (mask[row + t] && t !== noPersonInside && scores[t] > bestScore) {
          bestScore = scores[t];
          best = t;
        }
      }
      if (learn) learn(feats, best, si, i);
      pred[i] = best;
      if (info.capitalised) history.set(lower, best);
      p2 = p1;
      p1 = best;
    }
    out.push(pred);
  }
  return out;
}

/**
 * What the first pass made of each capitalised word across the whole document: the entity type it was given
 * most often ("O" when mostly outside entities). Feeds the second pass, so a headline can learn from the body.
 */
export function documentPrior(doc: TokenInfo[][], pred: Int32Array[], tags: string[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  doc.forEach((sent, si) => {
    sent.forEach((info, i) => {
      if (!info.capitalised) return;
      const tag = tags[pred[si][i]];
      const type = tag === "O" ? "O" : tag.slice(2);
      let v = votes.get(info.word.lower);
      if (!v) votes.set(info.word.lower, (v = new Map()));
      v.set(type, (v.get(type) ?? 0) + 1);
    });
  });
  const out = new Map<string, string>();
  for (const [w, v] of votes) {
    let best = "O";
    let bestN = -1;
    for (const [t, n] of v) {
      if (n > bestN || (n === bestN && t !== "O")) {
        best = t;
        bestN = n;
      }
    }
    out.set(w, best);
  }
  return out;
}
