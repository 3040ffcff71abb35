/**
 * `npm run train:relations`: trains the learned relation classifier (lib/extract/relations/learned) on the
 * CoNLL04 TRAIN split (../shared/eval/conll04/conll04_train.json; never dev, never the labelled BBC set) and
 * writes lib/extract/relations/learned/model/relations-model.json.gz. Each sentence goes through the same
 * stages as extraction (prepareArticle: parse, NER, cleaning, linking, then the rules of ruleRelations) so the features
 * are those the extractor will see; a candidate pair is positive when its two mentions overlap a gold relation's
 * spans (the first mention inside each span: "North Bend" of "North Bend, Ohio") and the pair's endpoint types map
 * onto that relation's type.
 * Calibration and the threshold come from 5-fold cross-validation on the same split. Deterministic.
 *
 *   npm run train:relations [-- --epochs 10 --folds 5 --seed 7 --bags 8 --out path/to/model.json.gz]
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { gzipSync } from "node:zlib";
import { loadDefaultTagger } from "../lib/extract/ner";
import { detokenise } from "../lib/extract/ner/conll";
import { prepareArticle } from "../lib/extract/pipeline";
import { pairCandidates, type PairKind } from "../lib/extract/relations/learned/features";
import { ruleRelations, treeVotes } from "../lib/extract/relations/learned";
import { RELATION_MODEL_PATH } from "../lib/extract/relations/learned/model";
import { reliability, trainRelationModel, type Example } from "../lib/extract/relations/learned/train";
import { sharedPath } from "../lib/util/shared-data";
import { bilouSpans, conll04Article } from "../bench/eval-relations";

const KIND_OF_TYPE: Record<string, PairKind> = {
  Work_For: "WORK",
  Live_In: "LIVE",
  OrgBased_In: "BASED",
  Located_In: "LOCATED",
  Kill: "KILL",
};

interface Conll04Item {
  tokens: string[];
  tags: string[];
  relations: { type: string; head: number; tail: number }[];
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf("--" + name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function main(): void {
  const path = arg("train", sharedPath("eval", "conll04", "conll04_train.json"));
  const out = arg("out", RELATION_MODEL_PATH);
  const epochs = Number(arg("epochs", "10"));
  const folds = Number(arg("folds", "5"));
  const seed = Number(arg("seed", "7"));
  const bags = Number(arg("bags", "8"));
  let items: Conll04Item[];
  try {
    items = JSON.parse(readFileSync(path, "utf8")) as Conll04Item[];
  } catch (e) {
    throw new Error(`train-relations: cannot read ${path} (${(e as Error).message}). Pass --train <conll04 json>.`);
  }
  const cpu0 = process.cpuUsage();
  const t0 = Date.now();
  const tagger = loadDefaultTagger();
  const examples: Example[] = [];
  let gold = 0;
  let reachable = 0;
  items.forEach((item, n) => {
    const { text, offsets } = detokenise({ sentences: [{ tokens: item.tokens, tags: item.tags }] });
    const spans = bilouSpans(item.tags);
    // Gold spans as character ranges. A candidate is positive when its two mentions overlap a gold relation's
    // spans: CoNLL04 spans hold "Concord, Mass." or "Italian Agricultural Confederation" where extraction has
    // the mention "Concord" or "Agricultural Confederation", and those pairs are related all the same.
    const charsOf = (k: number) => [offsets[0][spans[k].first].start, offsets[0][spans[k].last].end] as const;
    const goldRels = item.relations.map((r) => ({
      kind: KIND_OF_TYPE[r.type],
      head: charsOf(r.head),
      tail: charsOf(r.tail),
      n: 0,
    }));
    gold += goldRels.length;
    const overlaps = (m: { start: number; end: number }, g: readonly [number, number]) =>
      m.start < g[1] && g[0] < m.end;
    const article = conll04Article(`conll04-train-${n}`, text);
    const { input } = prepareArticle(article, tagger);
    const tree = ruleRelations(input.doc, input.sentences, input.mentions);
    // Only the first mention inside a gold span stands for it: "North Bend" for "North Bend, Ohio", never "Ohio"
    // as well (that taught the classifier "born in North Bend, Ohio" → LIVES_IN Ohio).
    const leadOf = (g: readonly [number, number]) => {
      let lead = Infinity;
      for (const m of input.mentions) if (!m.demonym && overlaps(m, g)) lead = Math.min(lead, m.start);
      return lead;
    };
    const stands = (m: { start: number; end: number; demonym?: boolean }, g: readonly [number, number]) =>
      overlaps(m, g) && (m.demonym === true || m.start === leadOf(g));
    const found = new Set<number>();
    for (const c of pairCandidates(input.doc, input.mentions, treeVotes(input.doc, tree))) {
      const hit = goldRels.findIndex(
        (g) => g.kind === c.kind && stands(c.source.mention, g.head) && stands(c.target.mention, g.tail),
      );
      if (hit >= 0) found.add(hit);
      examples.push({ features: c.features, label: hit >= 0 ? 1 : 0, group: n });
    }
    reachable += found.size;
  });
  const positives = examples.filter((e) => e.label === 1).length;
  console.log(
    `train-relations: ${items.length} sentences, ${gold} gold relations, ${reachable} reachable as candidate pairs ` +
      `(the rest lost to entity spans or types), ${examples.length} candidates (${positives} positive)`,
  );
  const report = trainRelationModel(examples, { epochs, folds, seed, bags, trainedOn: "CoNLL04 train" });
  const { threshold } = report.file;
  let tp = 0;
  let fp = 0;
  for (const s of report.outOfFold)
    if (s.p >= threshold) {
      if (s.label) tp++;
      else fp++;
    }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, positives);
  console.log(
    `out-of-fold (${folds} folds): threshold ${threshold}, P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / Math.max(1e-9, p + r)).toFixed(3)}`,
  );
  console.log("reliability of calibrated probabilities (out-of-fold):  bin  n  precision");
  for (const row of reliability(report.outOfFold))
    console.log(
      `  [${row.from.toFixed(1)}, ${row.to.toFixed(1)})  ${String(row.n).padStart(6)}  ${row.n ? (row.correct / row.n).toFixed(3) : "-"}`,
    );
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, gzipSync(Buffer.from(JSON.stringify(report.file)), { level: 9 }));
  const cpu = process.cpuUsage(cpu0);
  console.log(
    `wrote ${out}: ${report.file.weights.length} weights, ${report.file.calibration.scores.length} calibration points ` +
      `(CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, wall ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
  );
}

main();
