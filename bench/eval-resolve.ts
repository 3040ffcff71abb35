/**
 * Resolution evaluation (`npm run eval -- resolve [--corpus DIR] [--pairs FILE]`): extracts the BBC corpus with
 * the current resolver and with the legacy one (same tagger, same articles) and prints, side by side:
 *   - on the labelled pairs (bench/fixtures/resolve-pairs.json: two name forms, each with the corpus file it
 *     occurs in, judged same/different by reading the articles): wrong merges and missed merges;
 *   - over the whole corpus: PERSON entities whose aliases hold two incompatible full given names — first three
 *     letters differ, not a pair of the nickname table and more than one typo apart ("Eliot"/"Elliot" is a
 *     typo); aliases that end another alias ("Christian Andersen" in "Hans Christian Andersen") are surname
 *     forms, and stated aliases ("Abu Mazen") other names by design, so neither brings a given name;
 *   - extraction CPU and wall time per resolver (the machine may be shared: CPU time is the figure to compare).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Entity, GraphData } from "../lib/graph/types";
import { sharedPath } from "../lib/util/shared-data";
import { nameTokens, normKey } from "../lib/extract/resolve/names";
import { isNicknamePair } from "../lib/extract/resolve/nicknames";
import { editDistance } from "../lib/extract/resolve/person";
import type { Resolver } from "../lib/extract/pipeline";

interface Pair {
  a: string;
  fileA: string;
  b: string;
  fileB: string;
  same: boolean;
  why: string;
}

interface Figures {
  graph: GraphData;
  cpuSeconds: number;
  wallSeconds: number;
}

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}

/** The entity holding a mention of `form` in the article read from `file`, or undefined. */
function entityFor(graph: GraphData, index: Map<string, Entity[]>, form: string, file: string): Entity | undefined {
  const article = graph.articles.find((a) => a.files.some((f) => f.endsWith(`/${file}`) || f === file));
  if (!article) return undefined;
  const cands = index.get(article.id) ?? [];
  const key = normKey(form);
  return (
    cands.find((e) => e.mentions.some((m) => m.articleId === article.id && m.text === form)) ??
    cands.find((e) => e.mentions.some((m) => m.articleId === article.id && normKey(m.text) === key))
  );
}

/** PERSON entities with two full given names that cannot be one person's (see the header). */
export function incompatibleGivenNameEntities(graph: GraphData): { entity: Entity; given: [string, string] }[] {
  const out: { entity: Entity; given: [string, string] }[] = [];
  for (const e of graph.entities) {
    if (e.type !== "PERSON") continue;
    // A stated alias ("Mahmoud Abbas, also known as Abu Mazen") is another name by design, not a given name.
    const stated = new Set((e.resolution ?? []).filter((r) => r.rule === "stated-alias").map((r) => r.alias));
    const toks = e.aliases.filter((a) => !stated.has(a)).map((a) => nameTokens(a));
    const ends = (short: string[], long: string[]) =>
      long.length > short.length && short.every((t, i) => long[long.length - short.length + i] === t);
    const given = [
      ...new Set(toks.filter((t) => t.length > 1 && t[0].length > 1 && !toks.some((o) => ends(t, o))).map((t) => t[0])),
    ].sort();
    let bad: [string, string] | undefined;
    for (let i = 0; i < given.length && !bad; i++) {
      for (let j = i + 1; j < given.length && !bad; j++) {
        const [g, h] = [given[i], given[j]];
        if (g.slice(0, 3) !== h.slice(0, 3) && !isNicknamePair(g, h) && editDistance(g, h) > 1) bad = [g, h];
      }
    }
    if (bad) out.push({ entity: e, given: bad });
  }
  return out;
}

export async function run(args: string[]): Promise<void> {
  const corpus = option(args, "corpus", sharedPath("corpora", "bbc"));
  const pairsFile = option(args, "pairs", path.join(import.meta.dirname, "fixtures", "resolve-pairs.json"));
  const pairs = (JSON.parse(readFileSync(pairsFile, "utf8")) as { pairs: Pair[] }).pairs;
  const [{ ingestPaths }, { loadDefaultTagger }, { extractGraph }] = await Promise.all([
    import("../lib/ingest/index"),
    import("../lib/extract/ner/index"),
    import("../lib/extract/pipeline"),
  ]);
  const ingested = await ingestPaths([corpus], { split: "auto", dedupe: true });
  if (ingested.articles.length === 0) {
    throw new Error(`no articles found in ${corpus}: pass --corpus DIR or set NEWSGRAPH_SHARED`);
  }
  const tagger = loadDefaultTagger();
  console.log(`Resolution on ${ingested.articles.length} articles from ${corpus}; ${pairs.length} labelled pairs`);

  const results = new Map<Resolver, Figures>();
  // Legacy first, then the current one twice: the first run of a process warms the JIT and caches.
  for (const resolver of ["legacy", "precise", "legacy", "precise"] as Resolver[]) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const graph = extractGraph(ingested.articles, tagger, { resolver });
    const cpu = process.cpuUsage(c0);
    results.set(resolver, {
      graph,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      wallSeconds: (performance.now() - t0) / 1000,
    });
  }

  const rows: [string, string, string][] = [];
  const detail = new Map<Resolver, { wrong: Pair[]; missed: Pair[]; absent: Pair[] }>();
  const stats = new Map<Resolver, Record<string, number>>();
  for (const [resolver, { graph }] of results) {
    const index = new Map<string, Entity[]>();
    for (const e of graph.entities) {
      for (const id of new Set(e.mentions.map((m) => m.articleId))) {
        const l = index.get(id) ?? [];
        l.push(e);
        index.set(id, l);
      }
    }
    const d = { wrong: [] as Pair[], missed: [] as Pair[], absent: [] as Pair[] };
    let sameMerged = 0;
    let sameFound = 0;
    let diffFound = 0;
    for (const p of pairs) {
      const ea = entityFor(graph, index, p.a, p.fileA);
      const eb = entityFor(graph, index, p.b, p.fileB);
      if (!ea || !eb) {
        d.absent.push(p);
        continue;
      }
      const merged = ea.id === eb.id;
      if (p.same) {
        sameFound++;
        if (merged) sameMerged++;
        else d.missed.push(p);
      } else {
        diffFound++;
        if (merged) d.wrong.push(p);
      }
    }
    detail.set(resolver, d);
    stats.set(resolver, {
      wrong: d.wrong.length,
      diffFound,
      missed: d.missed.length,
      sameMerged,
      sameFound,
      absent: d.absent.length,
      incompatible: incompatibleGivenNameEntities(graph).length,
      persons: graph.entities.filter((e) => e.type === "PERSON").length,
      entities: graph.entities.length,
    });
  }
  const s = (r: Resolver) => stats.get(r)!;
  const pct = (a: number, b: number) => (b === 0 ? "-" : `${((100 * a) / b).toFixed(1)}%`);
  const line = (label: string, f: (r: Resolver) => string) => rows.push([label, f("legacy"), f("precise")]);
  line("wrong merges (different-entity pairs merged)", (r) => `${s(r).wrong} / ${s(r).diffFound}`);
  line("missed merges (same-entity pairs apart)", (r) => `${s(r).missed} / ${s(r).sameFound}`);
  line("same-entity pairs merged", (r) => pct(s(r).sameMerged, s(r).sameFound));
  line("pairs with a form not found in its article", (r) => String(s(r).absent));
  line("PERSON entities with incompatible given names", (r) => String(s(r).incompatible));
  line("PERSON entities / all entities", (r) => `${s(r).persons} / ${s(r).entities}`);
  line("extraction CPU time (s)", (r) => results.get(r)!.cpuSeconds.toFixed(1));
  line("extraction wall time (s)", (r) => results.get(r)!.wallSeconds.toFixed(1));
  const w0 = Math.max(...rows.map((r) => r[0].length));
  console.log(`\n${"".padEnd(w0)}  ${"legacy".padStart(12)}  ${"current".padStart(12)}`);
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(12)}  ${c.padStart(12)}`);
  console.log(
    `\nCPU time ratio current/legacy: ${(results.get("precise")!.cpuSeconds / results.get("legacy")!.cpuSeconds).toFixed(2)}×`,
  );

  const d = detail.get("precise")!;
  const show = (title: string, list: Pair[]) => {
    console.log(`\n${title} (current resolver): ${list.length}`);
    for (const p of list) console.log(`  ${p.a} [${p.fileA}] ~ ${p.b} [${p.fileB}]: ${p.why}`);
  };
  show("Wrong merges", d.wrong);
  show("Missed merges", d.missed);
  show("Pairs not found (the tagger did not produce one of the forms there)", d.absent);
  const bad = incompatibleGivenNameEntities(results.get("precise")!.graph);
  console.log(`\nPERSON entities with incompatible given names (current resolver): ${bad.length}`);
  for (const b of bad) console.log(`  ${b.entity.id}: ${b.given.join(" / ")} in ${b.entity.aliases.join("; ")}`);
}
