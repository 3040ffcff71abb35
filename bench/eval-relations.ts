/**
 * Evaluates relation extraction, every registered extractor side by side from the same run
 * (lib/extract/relations/extractors):
 *   - CoNLL04 dev: micro and per-type P/R/F1 with the mapping of ../shared/eval/README.md (each sentence one
 *     article; open predicates mapped onto the five types by endpoint types, Kill by killing verbs; a relation
 *     matches when both endpoints' mentions in the sentence equal the gold spans after normalisation);
 *   - the labelled BBC set (lib/extract/relations/fixtures/bbc-relations.json, matching rule in its README):
 *     P/R, recall without coreference-only pairs, precision at confidence ≥ 0.8, a reliability table
 *     (precision per confidence bin), predicate agreement;
 *   - relations per article over the whole BBC corpus (skip with --no-corpus, or --corpus-limit N), and which
 *     relations of each judged sample in AUDITS (bench/fixtures/relations-*audit*.json: uniform draws, draws at
 *     confidence ≥ 0.8, relations found through "it" / "they") it still states.
 * Measures only; never trains or tunes. CPU time is printed beside wall clock (the machine may be shared).
 *
 *   npm run eval -- relations [--no-corpus] [--corpus-limit 300] [--extractors a,b] [--errors]
 *
 * --errors lists, per extractor, the CoNLL04 dev false positives and misses and the labelled BBC set's missed
 * pairs and unmatched relations.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Article, GraphData } from "../lib/graph/types";
import { loadDefaultTagger, type NerTagger } from "../lib/extract/ner";
import { extractGraph } from "../lib/extract/pipeline";
import { RELATION_EXTRACTORS } from "../lib/extract/relations/extractors";
import { ingestPaths } from "../lib/ingest";
import { sharedPath } from "../lib/util/shared-data";
import { detokenise } from "../lib/extract/ner/conll";
import {
  conllTypeOf,
  goldPairsOf,
  matchLabelled,
  normaliseSpan,
  reliabilityTable,
  type LabelledSet,
  type ScoredCounts,
} from "./eval-relations-score";
import { fileKey, matchAudit, type AuditFigures, type AuditRow } from "./relations-audit";

const FIXTURE = fileURLToPath(new URL("../lib/extract/relations/fixtures/bbc-relations.json", import.meta.url));
/**
 * Relations of whole-BBC graphs judged by reading: uniform samples, samples at confidence ≥ 0.8 (the calibration
 * promise, corpus-wide) and one of relations found through "it" / "they". Each is matched against the new graph
 * and printed the same way.
 */
const AUDITS = [
  {
    name: "corpus audit",
    heading: "Corpus audit: drawn uniformly from the session-10 graph",
    file: "relations-audit.json",
  },
  {
    name: "confident sample",
    heading: "Confident sample: confidence >= 0.8, drawn from the session-13 graph",
    file: "relations-confident-audit.json",
  },
  {
    name: "confident sample s14",
    heading: "Confident sample: confidence >= 0.8, drawn from the session-14 graph",
    file: "relations-confident-audit-s14.json",
  },
  {
    name: "confident sample s15",
    heading: "Confident sample: confidence >= 0.8, drawn from the session-15 graph",
    file: "relations-confident-audit-s15.json",
  },
  {
    name: "random sample s15",
    heading: "Random sample: drawn uniformly from the session-14 graph",
    file: "relations-random-audit-s15.json",
  },
  {
    name: "pronoun sample s15",
    heading: 'Pronoun sample: found through "it" / "they", drawn from the session-14 graph',
    file: "relations-pronoun-audit-s15.json",
  },
].map((a) => ({ ...a, path: fileURLToPath(new URL(`./fixtures/${a.file}`, import.meta.url)) }));
const CONLL_TYPES = ["Work_For", "Live_In", "OrgBased_In", "Located_In", "Kill"] as const;

interface Conll04Item {
  tokens: string[];
  tags: string[];
  relations: { type: string; head: number; tail: number }[];
}

interface Figures {
  conll: Record<string, ScoredCounts>;
  /** CoNLL04 dev false positives and misses, one line each (only with --errors). */
  conllErrors: string[];
  labelled: ReturnType<typeof matchLabelled>;
  corpus: {
    articles: number;
    relations: number;
    statements: number;
    /** One per entry of AUDITS, in order; empty for a partial corpus. */
    audits: AuditFigures[];
  } | null;
  cpuMs: number;
  wallMs: number;
}

function prf(c: ScoredCounts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** BILOU tags → entity spans [first, last] in order of appearance (CoNLL04's head/tail index these). */
export function bilouSpans(tags: string[]): { first: number; last: number; type: string }[] {
  const out: { first: number; last: number; type: string }[] = [];
  let open: { first: number; type: string } | null = null;
  tags.forEach((tag, i) => {
    const [bio, type] = tag.split("-");
    if (bio === "U") out.push({ first: i, last: i, type });
    else if (bio === "B") open = { first: i, type };
    else if (bio === "L" && open) {
      out.push({ first: open.first, last: i, type: open.type });
      open = null;
    }
  });
  return out;
}

function runConll04(
  items: Conll04Item[],
  tagger: NerTagger,
  extractor: string,
  errors?: string[],
): Record<string, ScoredCounts> {
  const counts: Record<string, ScoredCounts> = {};
  for (const t of CONLL_TYPES) counts[t] = { tp: 0, fp: 0, fn: 0 };
  items.forEach((item, n) => {
    const { text, offsets } = detokenise({ sentences: [{ tokens: item.tokens, tags: item.tags }] });
    const spans = bilouSpans(item.tags);
    const spanText = (k: number) => text.slice(offsets[0][spans[k].first].start, offsets[0][spans[k].last].end);
    const gold = item.relations.map((r) => ({
      type: r.type,
      head: normaliseSpan(spanText(r.head)),
      tail: normaliseSpan(spanText(r.tail)),
      written: `${spanText(r.head)} -> ${spanText(r.tail)}`,
      used: false,
    }));
    const article = conll04Article(`conll04-${n}`, text);
    const graph = extractGraph([article], tagger, { relationExtractor: extractor });
    const byId = new Map(graph.entities.map((e) => [e.id, e]));
    const texts = (id: string) => new Set((byId.get(id)?.mentions ?? []).map((m) => normaliseSpan(m.text)));
    for (const rel of graph.relations) {
      const s = byId.get(rel.source);
      const o = byId.get(rel.target);
      if (!s || !o) continue;
      const type = conllTypeOf(s.type, o.type, rel.predicate);
      if (!type) continue;
      const sTexts = texts(s.id);
      const oTexts = texts(o.id);
      const hit = gold.find((g) => !g.used && g.type === type && sTexts.has(g.head) && oTexts.has(g.tail));
      if (hit) {
        hit.used = true;
        counts[type].tp++;
      } else {
        counts[type].fp++;
        errors?.push(`#${n} FP ${type}: ${s.name} -${rel.predicate}-> ${o.name} (${rel.confidence})`);
      }
    }
    for (const g of gold)
      if (!g.used && counts[g.type]) {
        counts[g.type].fn++;
        errors?.push(`#${n} FN ${g.type}: ${g.written}`);
      }
  });
  return counts;
}

async function readLabelledArticles(set: LabelledSet): Promise<Article[]> {
  const files = set.articles.map((a) => sharedPath("corpora", "bbc", ...a.file.split("/")));
  const res = await ingestPaths(files, { split: "none", dedupe: false });
  if (res.errors.length) throw new Error(`Labelled BBC set: ${res.errors.map((e) => e.file + ": " + e.message)}`);
  return res.articles;
}

async function readCorpus(limit: number | null): Promise<Article[]> {
  const res = await ingestPaths([sharedPath("corpora", "bbc")], { split: "auto", dedupe: true });
  const articles = [...res.articles].sort((a, b) => (a.files[0] < b.files[0] ? -1 : 1));
  return limit ? articles.slice(0, limit) : articles;
}

function perArticle(graph: GraphData): { relations: number; statements: number } {
  const pairs = new Set<string>();
  for (const r of graph.relations) for (const e of r.evidence) pairs.add(`${e.articleId}|${r.id}`);
  return { relations: graph.relations.length, statements: pairs.size };
}

const pct = (x: number) => x.toFixed(3);

export async function run(args: string[]): Promise<void> {
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const wanted = opt("--extractors")?.split(",") ?? RELATION_EXTRACTORS.map((e) => e.id);
  const limitArg = opt("--corpus-limit");
  const corpusLimit = limitArg ? Number(limitArg) : null;
  const withCorpus = !args.includes("--no-corpus");

  const tagger = loadDefaultTagger();
  const dev = JSON.parse(readFileSync(sharedPath("eval", "conll04", "conll04_dev.json"), "utf8")) as Conll04Item[];
  const set = JSON.parse(readFileSync(FIXTURE, "utf8")) as LabelledSet;
  const labelledArticles = await readLabelledArticles(set);
  const fileOf = new Map(labelledArticles.map((a) => [a.id, fileKey(a.files[0])]));
  const corpus = withCorpus ? await readCorpus(corpusLimit) : [];
  const auditRows = AUDITS.map((a) => (JSON.parse(readFileSync(a.path, "utf8")) as { rows: AuditRow[] }).rows);

  const results = new Map<string, Figures>();
  for (const id of wanted) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const conllErrors: string[] = [];
    const conll = runConll04(dev, tagger, id, args.includes("--errors") ? conllErrors : undefined);
    const graph = extractGraph(labelledArticles, tagger, { relationExtractor: id });
    const labelled = matchLabelled(set, graph, fileOf);
    let corpusFig: Figures["corpus"] = null;
    if (withCorpus) {
      const g = extractGraph(corpus, tagger, { relationExtractor: id });
      // The audit samples were drawn from the whole corpus: a partial run would count its other articles as lost.
      const audits = corpusLimit === null ? auditRows.map((rows) => matchAudit(rows, g)) : [];
      corpusFig = { articles: corpus.length, ...perArticle(g), audits };
    }
    const cpu = process.cpuUsage(cpu0);
    results.set(id, {
      conll,
      conllErrors,
      labelled,
      corpus: corpusFig,
      cpuMs: (cpu.user + cpu.system) / 1000,
      wallMs: performance.now() - t0,
    });
  }
  print(results, dev.length, set);
  if (args.includes("--errors"))
    for (const [id, r] of results) {
      console.log(
        `\n${id}: CoNLL04 dev false positives (FP) and missed gold relations (FN), by sentence index\n  ${r.conllErrors.join("\n  ")}`,
      );
      console.log(`\n${id}: labelled pairs missed\n  ${r.labelled.misses.join("\n  ")}`);
      console.log(`\n${id}: extracted relations matching no label\n  ${r.labelled.spurious.join("\n  ")}`);
      for (const [k, audit] of (r.corpus?.audits ?? []).entries()) {
        const name = AUDITS[k].name;
        console.log(`\n${id}: ${name}, judged right and no longer stated\n  ${audit.lostRight.join("\n  ")}`);
        console.log(`\n${id}: ${name}, judged wrong and still stated\n  ${audit.keptWrong.join("\n  ")}`);
      }
    }
}

function print(results: Map<string, Figures>, devSize: number, set: LabelledSet): void {
  const ids = [...results.keys()];
  const col = (s: string) => s.padStart(24);
  const row = (label: string, cells: string[]) => console.log(label.padEnd(40) + cells.map(col).join(""));
  console.log(`Relation extraction — extractors side by side (same run)\n`);
  row("", ids);
  console.log(`\nCoNLL04 dev (${devSize} sentences), P / R / F1`);
  for (const t of CONLL_TYPES) {
    row(
      `  ${t}`,
      ids.map((id) => fmt(prf(results.get(id)!.conll[t]))),
    );
  }
  row(
    "  micro (5 types)",
    ids.map((id) => {
      const c = Object.values(results.get(id)!.conll).reduce(
        (a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }),
        { tp: 0, fp: 0, fn: 0 },
      );
      return fmt(prf(c));
    }),
  );
  const pairs = goldPairsOf(set).size;
  console.log(`\nLabelled BBC set (${set.articles.length} articles, ${pairs} labelled pairs)`);
  row(
    "  precision / recall / F1",
    ids.map((id) => fmt(prf(results.get(id)!.labelled.all))),
  );
  row(
    "  recall, pairs not needing coreference",
    ids.map((id) => pct(prf(results.get(id)!.labelled.noCoref).r)),
  );
  row(
    "  precision at confidence >= 0.8 (n)",
    ids.map((id) => {
      const c = results.get(id)!.labelled.confident;
      return `${pct(prf(c).p)} (${c.tp + c.fp})`;
    }),
  );
  console.log("  reliability: precision (n) per confidence bin");
  const tables = ids.map((id) => reliabilityTable(results.get(id)!.labelled.scored));
  tables[0].forEach((bin, b) => {
    const last = b === tables[0].length - 1;
    row(
      `    [${bin.from.toFixed(1)}, ${bin.to.toFixed(1)}${last ? "]" : ")"}`,
      tables.map((t) => (t[b].n ? `${pct(t[b].correct / t[b].n)} (${t[b].n})` : "- (0)")),
    );
  });
  row(
    "  predicate agrees (of matched)",
    ids.map((id) => {
      const l = results.get(id)!.labelled;
      return `${l.predicateAgrees}/${l.all.tp}`;
    }),
  );
  row(
    "  negated pairs found as negated",
    ids.map((id) => {
      const l = results.get(id)!.labelled;
      return `${l.negatedFound}/${l.negatedGold}`;
    }),
  );
  const first = results.get(ids[0])!.corpus;
  if (first) {
    console.log(`\nWhole BBC corpus (${first.articles} articles)`);
    row(
      "  relations per article (graph)",
      ids.map((id) => (results.get(id)!.corpus!.relations / first.articles).toFixed(2)),
    );
    row(
      "  article-relation statements per article",
      ids.map((id) => (results.get(id)!.corpus!.statements / first.articles).toFixed(2)),
    );
    first.audits.forEach((a0, k) => {
      console.log(
        `\n${AUDITS[k].heading} (${a0.right + a0.wrong} relations, judged by reading: ${a0.right} right, ${a0.wrong} wrong, precision ${pct(a0.right / (a0.right + a0.wrong))} then)`,
      );
      const of = (id: string) => results.get(id)!.corpus!.audits[k];
      row(
        "  judged right, still stated",
        ids.map((id) => `${of(id).rightKept}/${a0.right}`),
      );
      row(
        "  judged wrong, still stated",
        ids.map((id) => `${of(id).wrongKept}/${a0.wrong}`),
      );
      row(
        "  precision of what is still stated",
        ids.map((id) => pct(of(id).rightKept / Math.max(1, of(id).rightKept + of(id).wrongKept))),
      );
    });
  }
  console.log(`\nTime (shared machine: CPU beside wall clock)`);
  row(
    "  CPU s / wall s",
    ids.map((id) => `${(results.get(id)!.cpuMs / 1000).toFixed(1)} / ${(results.get(id)!.wallMs / 1000).toFixed(1)}`),
  );
}

function fmt(x: { p: number; r: number; f: number }): string {
  return `${pct(x.p)} ${pct(x.r)} ${pct(x.f)}`;
}

/** One CoNLL04 sentence as an article, the way the eval and `npm run train:relations` both feed it to the pipeline. */
export function conll04Article(id: string, text: string): Article {
  return { id, title: "", source: null, date: null, files: [], text, captions: [] };
}
