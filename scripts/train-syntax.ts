/**
 * Trains the syntax layer on UD English EWT train (../shared/eval/ud) and writes lib/extract/syntax/model/:
 * the POS tagger + lemmatiser (tagger.bin.gz), the dependency parser (parser.bin.gz) and fixture.json (a few
 * sentences parsed by the written-and-reloaded model, so a test can check that loading gives the same parse).
 * Deterministic: fixed shuffling seeds, Float64 training arithmetic, sorted tables; the same bytes every run.
 *
 * The parser is trained on tags predicted by 4-fold jack-knifed taggers, so it learns from tags as noisy as the
 * ones it will see.
 *
 *   npm run train:syntax
 *   npm run train:syntax -- --tagger-epochs 8 --parser-epochs 12 --out lib/extract/syntax/model/
 *   npm run train:syntax -- --tagger-features 2 --tagger-epochs 10   # + word clusters, ambiguity classes
 *   npm run train:syntax -- --parser-features 2    # richer parser features + word clusters (see docs/syntax.md)
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { readConllu, treeWords, type TreeWords } from "../lib/extract/syntax/conllu";
import { trainLemmatiser, lemmatise } from "../lib/extract/syntax/lemma";
import { trainParser } from "../lib/extract/syntax/parser";
import { tagSentence, trainTagger } from "../lib/extract/syntax/tagger";
import {
  DEFAULT_MODEL_DIR,
  PARSER_FILE,
  TAGGER_FILE,
  decodeParser,
  decodeTagger,
  encodeParser,
  encodeTagger,
  makeSyntaxModel,
} from "../lib/extract/syntax/model";
import { Doc } from "../lib/extract/syntax/doc";
import { decodeClusters, type ClusterMap } from "../lib/extract/ner/clusters";
import { sharedPath } from "../lib/util/shared-data";

export const FIXTURE_FILE = "fixture.json";
/**
 * The parser's word clusters: a frozen copy of the NER clusters (npm run train:clusters) taken when the parser
 * was trained, so retraining the NER clusters does not change what train:syntax reproduces.
 */
const DEFAULT_CLUSTERS_PATH = "lib/extract/syntax/clusters.txt.gz";
/** Sentences whose parses the fixture keeps (seed-style news sentences; not from the treebank). */
export const FIXTURE_SENTENCES = [
  [
    "Russian",
    "President",
    "Vladimir",
    "Putin",
    "received",
    "his",
    "Iranian",
    "counterpart",
    "Ebrahim",
    "Raisi",
    "at",
    "the",
    "Kremlin",
    "on",
    "Wednesday",
    ".",
  ],
  ["The", "bill", "was", "signed", "by", "the", "president", "on", "Friday", "."],
  ["Germany", "and", "France", "agreed", "to", "send", "more", "aid", "to", "Ukraine", "."],
  ["The", "minister", "who", "resigned", "last", "week", "did", "n't", "comment", "."],
];

function readClusters(path: string): ClusterMap {
  try {
    return decodeClusters(readFileSync(path));
  } catch (e) {
    throw new Error(`cannot read the word clusters ${path} (${(e as Error).message}); run \`npm run train:clusters\``);
  }
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf("--" + name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function main(): void {
  const t0 = Date.now();
  const c0 = process.cpuUsage();
  const log = (m: string) => console.log(`train-syntax: ${m} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const trainPath = arg("train", sharedPath("eval", "ud", "en_ewt-ud-train.conllu"));
  const out = arg("out", DEFAULT_MODEL_DIR).replace(/\/?$/, "/");
  const taggerEpochs = Number(arg("tagger-epochs", "8"));
  const parserEpochs = Number(arg("parser-epochs", "12"));
  let train: TreeWords[];
  try {
    train = readConllu(readFileSync(trainPath, "utf8")).map(treeWords);
  } catch (e) {
    throw new Error(
      `cannot read the training treebank ${trainPath} (${(e as Error).message}); see ../shared/eval/README.md`,
    );
  }
  log(`${train.length} training sentences from ${trainPath}`);

  const taggerFeatures = Number(arg("tagger-features", "1"));
  if (taggerFeatures !== 1 && taggerFeatures !== 2)
    throw new Error(`--tagger-features must be 1 or 2, not ${taggerFeatures}`);
  const features = Number(arg("parser-features", "1"));
  if (features !== 1 && features !== 2) throw new Error(`--parser-features must be 1 or 2, not ${features}`);
  const clusters =
    features === 2 || taggerFeatures === 2
      ? readClusters(arg("clusters", DEFAULT_CLUSTERS_PATH))
      : new Map<string, string>();
  const taggerOpts = taggerFeatures === 2 ? { clusters } : {};
  const tagger = trainTagger(train, taggerEpochs, { ...taggerOpts, log });
  const lem = trainLemmatiser(train);
  log(
    `tagger: ${tagger.weights.keys.length} feature rows, ${tagger.dict.size} dictionary words; lemmatiser: ${lem.lower.size} words, ${lem.rules.size} suffix rules`,
  );

  // Jack-knifed tags for the parser's training data.
  const FOLDS = 4;
  const predicted: TreeWords[] = train.map((s) => ({ ...s }));
  for (let f = 0; f < FOLDS; f++) {
    const part = trainTagger(
      train.filter((_, i) => i % FOLDS !== f),
      Math.min(taggerEpochs, 5),
      taggerOpts,
    );
    train.forEach((s, i) => {
      if (i % FOLDS !== f) return;
      const { upos, xpos } = tagSentence(s.form, part);
      predicted[i] = { ...s, upos, xpos, lemma: s.form.map((w, k) => lemmatise(lem, w, xpos[k], upos[k])) };
    });
    log(`jack-knife fold ${f + 1}/${FOLDS} tagged`);
  }
  if (features === 2) log(`parser: feature set 2, ${clusters.size} clustered words`);
  const parser = trainParser(
    predicted,
    { xpos: [...new Set(tagger.xpos)].sort(), upos: [...new Set(tagger.upos)].sort() },
    {
      epochs: parserEpochs,
      features,
      clusters,
      log,
    },
  );

  mkdirSync(out, { recursive: true });
  const tagBytes = encodeTagger(tagger, lem);
  const parseBytes = encodeParser(parser);
  writeFileSync(out + TAGGER_FILE, tagBytes);
  writeFileSync(out + PARSER_FILE, parseBytes);

  // The fixture comes from the model as written to disk (quantised), which is what loading gives.
  const reloaded = decodeTagger(tagBytes);
  const model = makeSyntaxModel(reloaded.tagger, reloaded.lemmatiser, decodeParser(parseBytes));
  const doc = Doc.fromWords(FIXTURE_SENTENCES);
  model.tag(doc);
  model.parse(doc);
  const fixture = doc.sents.map((s) =>
    s.tokens.map((t) => [t.text, t.upos, t.xpos, t.lemma, t.head ? t.head.i - s.start + 1 : 0, t.dep]),
  );
  writeFileSync(out + FIXTURE_FILE, JSON.stringify(fixture) + "\n");
  const cpu = process.cpuUsage(c0);
  log(
    `wrote ${out}: ${TAGGER_FILE} ${(tagBytes.length / 1e6).toFixed(2)} MB, ${PARSER_FILE} ${(parseBytes.length / 1e6).toFixed(2)} MB; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`,
  );
}

try {
  main();
} catch (e) {
  console.error(`train-syntax: ${(e as Error).message}`);
  process.exitCode = 1;
}
