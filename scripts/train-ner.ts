/**
 * Trains the NER tagger (averaged perceptron, greedy decoding) on CoNLL-2003 English train and writes the model
 * to lib/extract/ner/model/ner-model.json.gz. Deterministic: documents are shuffled with a fixed seed.
 *
 *   npm run train:ner                      # default: 8 epochs, one pass
 *   npm run train:ner -- --epochs 5 --passes 2 --train path/to/train.txt --out path/to/model.json.gz
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { mulberry32 } from "../lib/util/random";
import { dirname } from "node:path";
import { parseConll, tagsToSpans, type ConllDocument } from "../lib/extract/ner/conll";
import { knownNamesMatcher, taggerScorer } from "../lib/extract/ner/tagger";
import { buildCasingLexicon } from "../lib/extract/ner/casing";
import { decodeDocument, documentPrior, transitionMask } from "../lib/extract/ner/decode";
import { DynamicFeatures, documentFeatures, staticFeatures } from "../lib/extract/ner/features";
import { encodeModel } from "../lib/extract/ner/model";
import { AveragedPerceptron } from "../lib/extract/ner/perceptron";
import { sharedPath } from "../lib/util/shared-data";

const TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf("--" + name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** Entity names by CoNLL type, as space-joined tokens, sorted (so the model file is deterministic). */
function collectNames(docs: ConllDocument[]): Record<string, string[]> {
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

function main(): void {
  const trainPath = arg("train", sharedPath("eval", "conll2003-train.txt"));
  const outPath = arg("out", "lib/extract/ner/model/ner-model.json.gz");
  const epochs = Number(arg("epochs", "8"));
  const passes = Number(arg("passes", "1")) === 2 ? 2 : 1;
  const t0 = Date.now();
  let source: string;
  try {
    source = readFileSync(trainPath, "utf8");
  } catch (e) {
    throw new Error(`train-ner: cannot read ${trainPath} (${(e as Error).message}). Pass --train <conll file>.`);
  }
  const docs = parseConll(source);
  const casing = buildCasingLexicon(docs.flatMap((d) => d.sentences.map((s) => s.tokens)));
  // Names seen in training become features. A document must not see its own names (the feature would look
  // perfectly reliable), so each fold of documents gets a list built from the other folds.
  const FOLDS = 5;
  const foldNames = Array.from({ length: FOLDS }, (_, k) => collectNames(docs.filter((_, i) => i % FOLDS !== k)));
  const foldMatchers = foldNames.map(knownNamesMatcher);
  const names = collectNames(docs);
  const prepared = docs.map((d, di) => {
    const infos = documentFeatures(
      d.sentences.map((s) => s.tokens),
      casing,
      foldMatchers[di % FOLDS],
    );
    return {
      infos,
      statics: infos.map((s) => s.map(staticFeatures)),
      gold: d.sentences.map((s) => s.tags.map((t) => TAGS.indexOf(t))),
    };
  });
  console.log(`train-ner: ${docs.length} documents, casing lexicon ${casing.size} words (${Date.now() - t0} ms)`);

  const mask = transitionMask(TAGS);
  const dynamic = new DynamicFeatures(TAGS);

  /** Trains on the documents `subset`; with `priors`, every document is learnt in both passes as at run time. */
  const train = (subset: number[], rounds: number, priors: Map<string, string>[] | null, label: string) => {
    const model = new AveragedPerceptron(TAGS);
    const random = mulberry32(20031);
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
      const acc = (1 - errors / total) * 100;
      console.log(
        `train-ner: ${label} epoch ${epoch}/${rounds} token accuracy ${acc.toFixed(2)}% (${Date.now() - t0} ms)`,
      );
    }
    return model;
  };

  const all = prepared.map((_, i) => i);
  let priors: Map<string, string>[] | null = null;
  if (passes === 2) {
    // The second pass learns from first-pass guesses. Guesses on documents the model was trained on would be
    // nearly perfect, so each document's guesses come from a model trained without it (4-fold jackknife).
    const K = 4;
    priors = new Array(prepared.length);
    for (let k = 0; k < K; k++) {
      const held = all.filter((i) => i % K === k);
      const foldModel = train(
        all.filter((i) => i % K !== k),
        Math.min(epochs, 5),
        null,
        `fold ${k + 1}/${K}`,
      );
      const scorer = taggerScorer(foldModel.toTagger(casing, 1));
      for (const di of held) {
        const { infos, statics } = prepared[di];
        const first = decodeDocument(infos, dynamic, scorer, mask, { staticFeatures: statics });
        priors[di] = documentPrior(infos, first, TAGS);
      }
    }
  }
  const model = train(all, epochs, priors, "final");
  const tagger = model.toTagger(casing, passes, names);
  const data = encodeModel(tagger);
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, data);
  console.log(
    `train-ner: wrote ${outPath} (${(data.length / 1e6).toFixed(2)} MB, ${tagger.index.size} features before pruning) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}

main();
