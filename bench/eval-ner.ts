/**
 * Evaluates the NER tagger on CoNLL-2003 English dev, side by side with `compromise`:
 * document-level entity-set P/R/F1 for PERSON/ORGANIZATION/LOCATION (per document, the set of
 * (type, normalised surface text), micro-averaged), mention-level span F1 for our tagger (all and per type,
 * MISC included), and throughput.
 * Both systems read the same detokenised document text. Measures only; never trains or tunes.
 *
 *   npm run eval [-- ner]     # options: --dev <conll file>, --model <model.json.gz>, --no-compromise, --errors
 */
import { readFileSync } from "node:fs";
import nlp from "compromise";
import { detokenise, parseConll, tagsToSpans } from "../lib/extract/ner/conll";
import { loadDefaultTagger, modelEntities, recogniseDocEntities, type NerTagger } from "../lib/extract/ner";
import { nerSentences } from "../lib/extract/ner/retokenise";
import { tokenise } from "../lib/extract/syntax/tokenise";
import { decodeModel } from "../lib/extract/ner/model";
import { sharedPath } from "../lib/util/shared-data";

const TYPES = ["PERSON", "ORGANIZATION", "LOCATION"] as const;
type MainType = (typeof TYPES)[number];
const FROM_CONLL: Record<string, string> = { PER: "PERSON", ORG: "ORGANIZATION", LOC: "LOCATION", MISC: "MISC" };

/** lower case, collapsed whitespace, no possessive or punctuation at either end. */
export function normaliseSurface(s: string): string {
  return s
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/(?:['’]s|['’])$/u, "")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function addSets(c: Counts, pred: Set<string>, gold: Set<string>): void {
  for (const p of pred)
    if (gold.has(p)) c.tp++;
    else c.fp++;
  for (const g of gold) if (!pred.has(g)) c.fn++;
}

function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

function setOf(items: { type: string; text: string }[], types: readonly string[] = TYPES): Set<string> {
  const out = new Set<string>();
  for (const it of items) {
    if (!types.includes(it.type)) continue;
    const n = normaliseSurface(it.text);
    if (n) out.add(it.type + "\t" + n);
  }
  return out;
}

/** As the pipeline does it: the text becomes a Doc (sentences, UD tokens); NER reads the Doc's tokens. */
function oursOnDoc(text: string, tagger: NerTagger) {
  return recogniseDocEntities(tokenise(text), tagger);
}

function compromiseOnDoc(text: string): { type: MainType; text: string }[] {
  const doc = nlp(text);
  const out: { type: MainType; text: string }[] = [];
  for (const t of doc.people().out("array") as string[]) out.push({ type: "PERSON", text: t });
  for (const t of doc.organizations().out("array") as string[]) out.push({ type: "ORGANIZATION", text: t });
  for (const t of doc.places().out("array") as string[]) out.push({ type: "LOCATION", text: t });
  return out;
}

const ALL_TYPES = ["PERSON", "ORGANIZATION", "LOCATION", "MISC"];

/**
 * Where the doc-level errors come from, per document: a wrong PERSON/ORGANIZATION/LOCATION entry whose surface is
 * gold with another type ("type"), overlaps a gold surface ("boundary"), or matches nothing ("spurious"); a missed
 * gold entry that was found with another type, found with other bounds, or not found at all. MISC counts as a type
 * here (a club tagged MISC is a type error), though it is not scored at document level.
 */
export function errorBreakdown(pred: Set<string>, gold: Set<string>, into: Map<string, string[]>): void {
  const split = (s: Set<string>) => [...s].map((x) => x.split("\t") as [string, string]);
  const p = split(pred);
  const g = split(gold);
  const overlaps = (a: string, b: string) => a !== b && (a.includes(b) || b.includes(a));
  const add = (cat: string, example: string) => {
    let list = into.get(cat);
    if (!list) into.set(cat, (list = []));
    list.push(example);
  };
  for (const [t, n] of p) {
    if (!(TYPES as readonly string[]).includes(t) || gold.has(t + "\t" + n)) continue;
    const other = g.find(([gt, gn]) => gn === n && gt !== t);
    if (other) add(`FP type ${other[0]} -> ${t}`, n);
    else if (g.some(([gt, gn]) => gt === t && overlaps(gn, n))) add(`FP boundary ${t}`, n);
    else add(`FP spurious ${t}`, n);
  }
  for (const [t, n] of g) {
    if (!(TYPES as readonly string[]).includes(t) || pred.has(t + "\t" + n)) continue;
    const other = p.find(([pt, pn]) => pn === n && pt !== t);
    if (other) add(`FN type ${t} -> ${other[0]}`, n);
    else if (p.some(([pt, pn]) => pt === t && overlaps(pn, n))) add(`FN boundary ${t}`, n);
    else add(`FN missed ${t}`, n);
  }
}

/** Issue 10's targets: document-level F1 (PERSON/ORGANIZATION/LOCATION) ≥ 0.93, ORGANIZATION alone ≥ 0.88. */
export const NER_TARGETS = { docF1: 0.93, organisationF1: 0.88 };

export function nerTargets(all: Counts, organisation: Counts): { label: string; f1: number; target: number }[] {
  return [
    { label: "Doc-level F1", f1: prf(all).f, target: NER_TARGETS.docF1 },
    { label: "Doc-level ORGANIZATION F1", f1: prf(organisation).f, target: NER_TARGETS.organisationF1 },
  ];
}

function line(label: string, c: Counts): string {
  const { p, r, f } = prf(c);
  return `  ${label.padEnd(14)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

export async function run(args: string[]): Promise<void> {
  const i = args.indexOf("--dev");
  const devPath = i >= 0 ? args[i + 1] : sharedPath("eval", "conll2003-dev.txt");
  const skipCompromise = args.includes("--no-compromise");
  const docs = parseConll(readFileSync(devPath, "utf8"));
  const m = args.indexOf("--model");
  const tagger = m >= 0 ? decodeModel(readFileSync(args[m + 1])) : loadDefaultTagger();

  const texts: string[] = [];
  const golds: Set<string>[] = [];
  const goldsAll: Set<string>[] = [];
  const showErrors = args.includes("--errors");
  const errors = new Map<string, string[]>();
  const goldMentions: Set<string>[] = [];
  for (const d of docs) {
    const { text, offsets } = detokenise(d);
    texts.push(text);
    const items: { type: string; text: string }[] = [];
    const mentions = new Set<string>();
    d.sentences.forEach((s, si) => {
      for (const sp of tagsToSpans(s.tags)) {
        const start = offsets[si][sp.start].start;
        const end = offsets[si][sp.end - 1].end;
        items.push({ type: FROM_CONLL[sp.type], text: text.slice(start, end) });
        mentions.add(`${FROM_CONLL[sp.type]}\t${start}\t${end}`);
      }
    });
    golds.push(setOf(items));
    goldsAll.push(setOf(items, ALL_TYPES));
    goldMentions.push(mentions);
  }
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0);

  const ours = { all: zero(), byType: Object.fromEntries(TYPES.map((t) => [t, zero()])) as Record<string, Counts> };
  const theirs = { all: zero(), byType: Object.fromEntries(TYPES.map((t) => [t, zero()])) as Record<string, Counts> };
  const mention = zero();
  const MENTION_TYPES = ["PERSON", "ORGANIZATION", "LOCATION", "MISC"];
  const mentionByType = Object.fromEntries(MENTION_TYPES.map((t) => [t, zero()])) as Record<string, Counts>;
  const score = (acc: typeof ours, pred: Set<string>, gold: Set<string>) => {
    addSets(acc.all, pred, gold);
    for (const t of TYPES) {
      const only = (s: Set<string>) => new Set([...s].filter((x) => x.startsWith(t + "\t")));
      addSets(acc.byType[t], only(pred), only(gold));
    }
  };
  texts.forEach((text, k) => {
    const found = oursOnDoc(text, tagger);
    score(ours, setOf(found), golds[k]);
    if (showErrors) errorBreakdown(setOf(found, ALL_TYPES), goldsAll[k], errors);
    const spans = modelEntities(text, nerSentences(tokenise(text)), tagger);
    const predicted = new Set(spans.map((s) => `${s.type}	${s.start}	${s.end}`));
    addSets(mention, predicted, goldMentions[k]);
    for (const t of MENTION_TYPES) {
      const only = (set: Set<string>) => new Set([...set].filter((x) => x.startsWith(t + "	")));
      addSets(mentionByType[t], only(predicted), only(goldMentions[k]));
    }
  });

  // Throughput: each system is warmed up and timed on its own (ours first, before compromise has filled the heap),
  // best of RUNS runs by wall clock; CPU time is reported too because a shared machine makes wall clock noisy.
  const RUNS = 5;
  const timeOnce = (fn: () => void) => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    const c = process.cpuUsage(c0);
    return { wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
  };
  const bestOf = (fn: () => void) => {
    fn();
    let b = { wall: Infinity, cpu: Infinity };
    for (let r = 0; r < RUNS; r++) {
      const o = timeOnce(fn);
      b = { wall: Math.min(b.wall, o.wall), cpu: Math.min(b.cpu, o.cpu) };
    }
    return b;
  };
  const best = {
    ours: bestOf(() => {
      for (const t of texts) oursOnDoc(t, tagger);
    }),
    theirs: { wall: NaN, cpu: NaN },
  };
  if (!skipCompromise) {
    texts.forEach((text, k) => score(theirs, setOf(compromiseOnDoc(text)), golds[k]));
    best.theirs = bestOf(() => {
      for (const t of texts) compromiseOnDoc(t);
    });
  }

  console.log(`CoNLL-2003 dev: ${docs.length} documents, ${(bytes / 1e6).toFixed(3)} MB of detokenised text\n`);
  console.log("Document-level entity-set scores (PERSON / ORGANIZATION / LOCATION), micro-averaged:");
  console.log(" ours (newsgraph perceptron):");
  console.log(line("all", ours.all));
  for (const t of TYPES) console.log(line(t, ours.byType[t]));
  if (!skipCompromise) {
    console.log(" compromise:");
    console.log(line("all", theirs.all));
    for (const t of TYPES) console.log(line(t, theirs.byType[t]));
  }
  console.log("\nMention-level exact-span scores, ours (tagger spans, PER/ORG/LOC/MISC):");
  console.log(line("all", mention));
  for (const t of MENTION_TYPES) console.log(line(t, mentionByType[t]));

  if (showErrors) {
    console.log("\nDoc-level errors by kind (count, then examples):");
    for (const [cat, list] of [...errors].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)))
      console.log(`  ${String(list.length).padStart(4)}  ${cat.padEnd(36)} ${list.slice(0, 8).join(" | ")}`);
  }

  const mbs = (sec: number) => bytes / 1e6 / sec;
  console.log(
    `\nThroughput over the same ${(bytes / 1e6).toFixed(3)} MB (best of ${RUNS} after warm-up; MB/s by wall clock, CPU):`,
  );
  console.log(`  ours        ${mbs(best.ours.wall).toFixed(3)} MB/s   (CPU ${mbs(best.ours.cpu).toFixed(3)} MB/s)`);
  let ratio = NaN;
  let cpuRatio = NaN;
  if (!skipCompromise) {
    ratio = best.theirs.wall / best.ours.wall;
    cpuRatio = best.theirs.cpu / best.ours.cpu;
    console.log(
      `  compromise  ${mbs(best.theirs.wall).toFixed(3)} MB/s   (CPU ${mbs(best.theirs.cpu).toFixed(3)} MB/s)`,
    );
    console.log(`  ratio       ${ratio.toFixed(1)}x   (CPU ${cpuRatio.toFixed(1)}x)`);
  }
  console.log("");
  for (const { label, f1, target } of nerTargets(ours.all, ours.byType.ORGANIZATION))
    console.log(`${label} ${f1.toFixed(3)} >= ${target.toFixed(2)}: target ${f1 >= target ? "met" : "NOT met"}`);
  if (!skipCompromise)
    // Judged on CPU time: both run single-threaded, and on a shared machine wall clock mostly measures the load.
    console.log(
      `Speed ${cpuRatio.toFixed(1)}x compromise by CPU time (${ratio.toFixed(1)}x wall clock) >= 10x: target ${cpuRatio >= 10 ? "met" : "NOT met"}`,
    );
}
