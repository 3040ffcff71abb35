/**
 * Training of the NER tagger as a pure function of labelled documents (scripts/train-ner.ts does the I/O):
 * static features per document, an averaged perceptron over shuffled documents (fixed seed, so deterministic),
 * and the optional second pass. The second pass learns from first-pass labels; labels a model gives its own
 * training documents would be nearly perfect, so each document's first-pass labels come from a model trained
 * without it (K-fold jackknife, as in Krishnan & Manning 2006), exactly as at run time it sees labels the
 * model had to guess.
 */
import type { ClusterMap } from "./clusters";
import { tagsToSpans, type ConllDocument } from "./conll";
import { decodeDocument, documentPrior, transitionMask } from "./decode";
import {
  DynamicFeatures,
  documentFeatures,
  staticFeatures,
  type CasingLexicon,
  type SentenceAnnotator,
  type TokenInfo,
} from "./features";
import type { NerTagger } from "./model";
import { AveragedPerceptron } from "./perceptron";
import { knownNamesMatcher, taggerScorer } from "./tagger";
import { mulberry32 } from "../../util/random";

export const TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

export interface TrainOptions {
  epochs: number;
  passes: 1 | 2;
  casing: CasingLexicon;
  clusters: ClusterMap;
  /**
   * Sentence annotators whose labels become features (features.ts; default none). The POS annotator ("pos")
   * scored no better on CoNLL dev and halves tagging speed (docs/ner.md), so the shipped model has none.
   */
  annotators?: readonly SentenceAnnotator[];
  /**
   * Models trained with different shuffling seeds whose averaged weights are averaged again (1: one model).
   * A cheap ensemble: the mean of linear models is one linear model, so tagging costs the same.
   */
  seeds?: number;
  /** Folds for the names-seen-in-training feature and for the jackknifed first-pass labels. */
  nameFolds?: number;
  priorFolds?: number;
  /** Epochs of each jackknife model (fewer than the final model's: they only supply first-pass labels). */
  foldEpochs?: number;
  log?: (line: string) => void;
}

/** Entity names by CoNLL type, as space-joined tokens, sorted (so the model file is deterministic). */
export function collectNames(docs: ConllDocument[]): Record<string, string[]> {
  const byType = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const s of d.sentences) {
      for (const span of tagsToSpans(s.tags)) {
        let set = byType.get(span.type);
        if (!set) byType.set(span.type, (set = new Set()));
        set.add(s.tokens.slice(span.start, span.end).join(" "));
      }
    }
  }
  return Object.fromEntries([...byType].sort().map(([t, set]) => [t, [...set].sort()]));
}

/** Document indices held out in each of K folds (document i in fold i mod K); every document in exactly one. */
export function jackknifeFolds(count: number, K: number): { train: number[]; held: number[] }[] {
  if (!Number.isInteger(K) || K < 2) throw new Error(`jackknife: need at least 2 folds, got ${K}`);
  const all = Array.from({ length: count }, (_, i) => i);
  return Array.from({ length: K }, (_, k) => ({
    train: all.filter((i) => i % K !== k),
    held: all.filter((i) => i % K === k),
  }));
}

interface Prepared {
  infos: TokenInfo[][];
  statics: string[][][];
  gold: number[][];
}

/**
 * First-pass labels for every document from models that never saw it: for each fold, `trainFold(train)`
 * builds a one-pass tagger, and `label(tagger, doc)` gives that document's prior. Pure given its callbacks.
 */
export function jackknifePriors<P>(
  count: number,
  K: number,
  trainFold: (train: number[], fold: number) => NerTagger,
  label: (tagger: NerTagger, doc: number) => P,
): P[] {
  const out = new Array<P>(count);
  jackknifeFolds(count, K).forEach(({ train, held }, k) => {
    const tagger = trainFold(train, k);
    for (const di of held) out[di] = label(tagger, di);
  });
  return out;
}

/** Trains a tagger on CoNLL documents. Deterministic: the same documents and options give the same weights. */
export function trainTagger(docs: ConllDocument[], opts: TrainOptions): NerTagger {
  const log = opts.log ?? (() => {});
  const FOLDS = opts.nameFolds ?? 5;
  // Names seen in training become features. A document must not see its own names (the feature would look
  // perfectly reliable), so each fold of documents gets a list built from the other folds.
  const foldMatchers = Array.from({ length: FOLDS }, (_, k) =>
    knownNamesMatcher(collectNames(docs.filter((_, i) => i % FOLDS !== k))),
  );
  const annotators = opts.annotators ?? [];
  const annotatorIds = annotators.map((a) => a.id);
  const prepared: Prepared[] = docs.map((d, di) => {
    const infos = documentFeatures(
      d.sentences.map((s) => s.tokens),
      opts.casing,
      foldMatchers[di % FOLDS],
      opts.clusters,
      annotators,
    );
    const gold = d.sentences.map((s) =>
      s.tags.map((t) => {
        const k = TAGS.indexOf(t);
        if (k < 0) throw new Error(`train: unknown tag "${t}" (expected one of ${TAGS.join(", ")})`);
        return k;
      }),
    );
    return { infos, statics: infos.map((s) => s.map(staticFeatures)), gold };
  });
  const mask = transitionMask(TAGS);
  const dynamic = new DynamicFeatures(TAGS);

  /** Trains on `subset`; with `priors`, every document is learnt in both passes as at run time. */
  const train = (
    subset: number[],
    rounds: number,
    priors: Map<string, string>[] | null,
    label: string,
    seed = 20031,
  ) => {
    const model = new AveragedPerceptron(TAGS);
    const random = mulberry32(seed);
    const order = subset.slice();
    for (let epoch = 1; epoch <= rounds; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      let errors = 0;
      let total = 0;
      for (const di of order) {
        const { infos, statics, gold } = prepared[di];
        const learn = (feats: string[], guess: number, si: number, ti: number) => {
          const truth = gold[si][ti];
          total++;
          if (truth !== guess) errors++;
          model.update(feats, truth, guess);
        };
        decodeDocument(infos, dynamic, model, mask, { learn, staticFeatures: statics });
        if (priors) decodeDocument(infos, dynamic, model, mask, { learn, prior: priors[di], staticFeatures: statics });
      }
      log(`${label} epoch ${epoch}/${rounds} token accuracy ${((1 - errors / Math.max(1, total)) * 100).toFixed(2)}%`);
    }
    return model;
  };

  let priors: Map<string, string>[] | null = null;
  if (opts.passes === 2) {
    const K = opts.priorFolds ?? 4;
    priors = jackknifePriors(
      prepared.length,
      K,
      (subset, k) =>
        train(subset, opts.foldEpochs ?? Math.min(opts.epochs, 5), null, `fold ${k + 1}/${K}`).toTagger(
          opts.casing,
          1,
          {},
          opts.clusters,
          annotatorIds,
        ),
      (tagger, di) => {
        const { infos, statics } = prepared[di];
        const first = decodeDocument(infos, dynamic, taggerScorer(tagger), mask, { staticFeatures: statics });
        return documentPrior(infos, first, TAGS);
      },
    );
  }
  const all = prepared.map((_, i) => i);
  const taggers = Array.from({ length: Math.max(1, opts.seeds ?? 1) }, (_, k) =>
    train(all, opts.epochs, priors, k === 0 ? "final" : `final seed ${k + 1}`, 20031 + 7919 * k).toTagger(
      opts.casing,
      opts.passes,
      collectNames(docs),
      opts.clusters,
      annotatorIds,
    ),
  );
  return taggers.length === 1 ? taggers[0] : averageTaggers(taggers);
}

/** The mean of several taggers' weights (same tags and options; a feature missing from one counts as 0 there). */
export function averageTaggers(taggers: NerTagger[]): NerTagger {
  const T = taggers[0].tags.length;
  const index = new Map<string, number>();
  for (const t of taggers) for (const f of t.index.keys()) if (!index.has(f)) index.set(f, index.size);
  const weights = new Float32Array(index.size * T);
  for (const t of taggers)
    for (const [f, row] of t.index) {
      const base = index.get(f)! * T;
      for (let k = 0; k < T; k++) weights[base + k] += t.weights[row * T + k] / taggers.length;
    }
  return { ...taggers[0], index, weights };
}
