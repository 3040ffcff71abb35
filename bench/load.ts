/**
 * Loader benchmark (`npm run bench -- load [--wipe] [--relations 100000] [--naive-relations 2000] [--no-bbc]
 * [--bbc-graph <graph.json>]`):
 *   1. a generated graph (bench/generate-graph.ts, 100k relations) loaded by loadGraph with the default batch size;
 *   2. a scaled-down generated graph (same proportions, 2,000 relations) loaded by a naive loader — one write
 *      transaction per entity, article, mention, relation and statement, same MERGE queries — and by loadGraph;
 *   3. the BBC corpus extracted by the CLI (or --bbc-graph, an earlier extraction) and loaded by loadGraph.
 * Prints items/s for each, by wall clock and per CPU second of the local Neo4j process, and whether batched
 * loading is ≥ 20× the naive one. It needs an empty database
 * (or --wipe, which deletes everything in it): use your own instance, e.g. NEO4J_URI=bolt://127.0.0.1:7688.
 */
import { execFileSync } from "node:child_process";
import { wipeDatabase } from "../lib/neo4j/test-support";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { GraphData } from "../lib/graph/types";
import { closeDriver, getDriverConfig } from "../lib/neo4j/driver";
import {
  DEFAULT_BATCH_SIZE,
  loadGraph,
  validateForLoad,
  writeEntities,
  writeRelations,
  writeRows,
} from "../lib/neo4j/load";
import { planLoad } from "../lib/neo4j/load-plan";
import { MERGE_ARTICLES, MERGE_MENTIONS, MERGE_STATEMENTS, RECOMPUTE_MENTION_COUNTS } from "../lib/neo4j/queries/write";
import { ensureSchema } from "../lib/neo4j/schema";
import { runRead, writeTx } from "../lib/neo4j/transport";
import { generateGraph } from "./generate-graph";
import { sharedPath } from "../lib/util/shared-data";
import { recordResults } from "./results";

const BBC_CORPUS = sharedPath("corpora", "bbc");

interface Row {
  run: string;
  loader: string;
  articles: number;
  relations: number;
  statements: number;
  transactions: number;
  /** Nodes + relationships written: articles, entities, statements; MENTIONS, relations, 3 links per statement. */
  items: number;
  seconds: number;
  /** CPU seconds the local Neo4j process used meanwhile (null when it is not the local launcher). */
  neo4jCpuS: number | null;
  loadAvg1m: number;
  itemsPerSecond: number;
  /** Items per Neo4j CPU second: the steadier figure on a shared machine. */
  itemsPerNeo4jCpuS: number | null;
  relationsPerSecond: number;
  articlesPerSecond: number;
}

/**
 * The baseline: every row in its own write transaction, with the same MERGE queries and the same count
 * recomputation as loadGraph (the mention recount rides in the mention's transaction, the evidence recount is
 * part of the relation query).
 */
export async function naiveLoad(data: GraphData): Promise<{ transactions: number }> {
  const plan = planLoad(validateForLoad(data), 1);
  await ensureSchema();
  let transactions = 0;
  const one = async (work: Parameters<typeof writeTx>[0]) => {
    await writeTx(work);
    transactions++;
  };
  for (const entity of plan.entities) await one((tx) => writeEntities(tx, [entity], 1));
  for (const batch of plan.articleBatches) {
    for (const article of batch.articles) await one((tx) => writeRows(tx, MERGE_ARTICLES, { rows: [article] }, 1));
    for (const mention of batch.mentions) {
      await one(async (tx) => {
        await writeRows(tx, MERGE_MENTIONS, { rows: [mention] }, 1);
        await writeRows(tx, RECOMPUTE_MENTION_COUNTS, { ids: [mention.entityId] }, 1);
      });
    }
    for (const statement of batch.statements)
      await one((tx) => writeRows(tx, MERGE_STATEMENTS, { rows: [statement] }, 1));
  }
  for (const relation of plan.relations) await one((tx) => writeRelations(tx, [relation], 1));
  return { transactions };
}

async function nodeCount(): Promise<number> {
  return (await runRead<{ n: number }>("MATCH (n) RETURN count(n) AS n"))[0].n;
}

/** The local launcher's pid (NEO4J_DATA_DIR/neo4j.pid, see scripts/db-local.ts), if it runs on this machine. */
export function neo4jPid(): number | null {
  const file = join(process.env.NEO4J_DATA_DIR?.trim() || ".data/neo4j", "neo4j.pid");
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8").trim());
  return existsSync(`/proc/${pid}/stat`) ? pid : null;
}

/** User + system CPU seconds of `pid` so far (Linux /proc; clock ticks of 1/100 s). */
export function cpuSeconds(pid: number | null): number | null {
  if (pid === null) return null;
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

interface Timing {
  ms: number;
  neo4jCpuS: number | null;
}

async function timed(work: () => Promise<number>): Promise<Timing & { transactions: number }> {
  const pid = neo4jPid();
  const cpu0 = cpuSeconds(pid);
  const started = performance.now();
  const transactions = await work();
  const ms = performance.now() - started;
  const cpu1 = cpuSeconds(pid);
  return { ms, transactions, neo4jCpuS: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 };
}

function row(run: string, loader: string, data: GraphData, transactions: number, t: Timing): Row {
  const seconds = t.ms / 1000;
  const statements = data.relations.reduce((n, r) => n + r.evidence.length, 0);
  const { totals } = planLoad(data, 1);
  const items = totals.articles + totals.entities + totals.statements * 4 + totals.mentions + totals.relations;
  return {
    run,
    loader,
    articles: data.articles.length,
    relations: data.relations.length,
    statements,
    transactions,
    items,
    seconds: Math.round(seconds * 10) / 10,
    neo4jCpuS: t.neo4jCpuS === null ? null : Math.round(t.neo4jCpuS * 10) / 10,
    loadAvg1m: Math.round(loadavg()[0] * 10) / 10,
    itemsPerSecond: Math.round(items / seconds),
    itemsPerNeo4jCpuS: t.neo4jCpuS ? Math.round(items / t.neo4jCpuS) : null,
    relationsPerSecond: Math.round(data.relations.length / seconds),
    articlesPerSecond: Math.round(data.articles.length / seconds),
  };
}

async function timedBatched(run: string, data: GraphData): Promise<Row> {
  await wipeDatabase();
  const t = await timed(async () => (await loadGraph(data)).transactions);
  return row(run, `loadGraph (batch ${DEFAULT_BATCH_SIZE})`, data, t.transactions, t);
}

async function timedNaive(run: string, data: GraphData): Promise<Row> {
  await wipeDatabase();
  const t = await timed(async () => (await naiveLoad(data)).transactions);
  return row(run, "naive (1 row/tx)", data, t.transactions, t);
}

/** Extracts the BBC corpus with the CLI into a temp folder; null (with a message) when that is not possible. */
export function extractBbc(extracted?: string): GraphData | null {
  if (extracted) return JSON.parse(readFileSync(extracted, "utf8")) as GraphData;
  if (!existsSync(BBC_CORPUS)) {
    console.log(`BBC: skipped (${BBC_CORPUS} not found)`);
    return null;
  }
  const out = mkdtempSync(join(tmpdir(), "newsgraph-bbc-"));
  const graphFile = join(out, "graph.json");
  try {
    const started = performance.now();
    try {
      execFileSync("npm", ["run", "-s", "newsgraph", "--", "extract", BBC_CORPUS, "--out", out], {
        stdio: ["ignore", "ignore", "pipe"],
      });
    } catch (err) {
      // Exit code 1 with a graph.json written means some files were skipped (reported on stderr): still usable.
      const stderr = (err as { stderr?: Buffer }).stderr?.toString() ?? "";
      const errorLines = stderr.split("\n").filter((line) => line.startsWith("error: "));
      const detail = (errorLines.length ? errorLines : stderr.trim().split("\n").slice(-2)).join("; ");
      if (!existsSync(graphFile)) {
        console.log(`BBC: skipped (extraction with the CLI failed: ${detail || (err as Error).message})`);
        return null;
      }
      console.log(`BBC: some files could not be used (${detail}); loading the rest`);
    }
    console.log(`BBC: extracted in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return JSON.parse(readFileSync(graphFile, "utf8")) as GraphData;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function stringOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

export async function run(args: string[]): Promise<void> {
  const relations = option(args, "relations", 100_000);
  const naiveRelations = option(args, "naive-relations", 2_000);
  console.log(`Neo4j: ${getDriverConfig().uri}`);
  try {
    if ((await nodeCount()) > 0 && !args.includes("--wipe")) {
      throw new Error(
        "The database is not empty. Run the bench on your own instance and pass --wipe to let it delete everything.",
      );
    }
    const rows: Row[] = [];
    const scale = relations / 100_000;
    const full = generateGraph({
      articles: Math.round(5_000 * scale),
      entities: Math.round(20_000 * scale),
      relations,
    });
    rows.push(await timedBatched("generated", full));

    const small = naiveRelations / 100_000;
    const part = generateGraph({
      articles: Math.round(5_000 * small),
      entities: Math.round(20_000 * small),
      relations: naiveRelations,
    });
    rows.push(await timedNaive("generated (small)", part));
    rows.push(await timedBatched("generated (small)", part));

    if (!args.includes("--no-bbc")) {
      const bbc = extractBbc(stringOption(args, "bbc-graph"));
      if (bbc) rows.push(await timedBatched("BBC corpus", bbc));
    }

    console.table(rows);
    const ratio = rows[0].itemsPerSecond / rows[1].itemsPerSecond;
    const sameData = rows[2].itemsPerSecond / rows[1].itemsPerSecond;
    const bbcRow = rows.find((r) => r.run === "BBC corpus");
    const notes = [
      `batched (${relations} relations) vs naive (${naiveRelations}), items/s: ${ratio.toFixed(1)}× — target ≥ 20× ` +
        `${ratio >= 20 ? "met" : "NOT met"} (same small graph: ${sameData.toFixed(1)}×)`,
      ...(bbcRow
        ? [
            `BBC graph: ${bbcRow.itemsPerSecond} items/s by wall clock, ${bbcRow.itemsPerNeo4jCpuS ?? "?"} items per ` +
              `Neo4j CPU second — target ≥ 20k`,
          ]
        : []),
      "items = nodes + relationships written (articles, entities, statements; MENTIONS, relations, statement links)",
      "the machine may be shared: neo4jCpuS is the CPU time of the local Neo4j process during the load, " +
        "loadAvg1m the 1-minute load average when the load ended",
    ];
    for (const note of notes) console.log(note);
    recordResults(
      "load",
      rows.map((r) => ({ ...r })),
      notes,
    );
  } finally {
    await closeDriver();
  }
}
