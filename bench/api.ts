/**
 * API benchmark (`npm run bench -- api [--wipe] [--bbc-graph <graph.json>] [--seconds 10] [--port N] [--cache-mb N]`): autocannon
 * against the production build (`next start`) for search, overview, neighbourhood, entity, evidence and article, at
 * 1 and 50 connections; p50/p95/p99 latency, requests/s and errors (any non-2xx, socket error or timeout counts).
 *
 * The graph is the BBC corpus (the CLI's extraction, or --bbc-graph) plus a generated corpus
 * (bench/generate-graph.ts: 2,000 articles, 10,000 entities, 30,000 relations) loaded beside it, so the store holds
 * more than 20k entities. It WIPES the database at NEO4J_URI (pass --wipe to confirm on a non-empty one). Request
 * paths are drawn from the whole graph, weighted as readers weight it (bench/request-mix.ts: entities by mentions,
 * relations by evidence, articles uniformly, searches as typed prefixes), so the response cache
 * (app/api/_lib/cached.ts) is measured on a realistic spread, not on one hot URL; each run reports how many
 * distinct paths it asked for and the share the cache answered (`x-newsgraph-cache: hit`). `--cache-mb 0` starts
 * the app with the cache off (NEWSGRAPH_API_CACHE_MB) for the uncached figures. Latencies are taken per response
 * from autocannon's `response` event, so p95 is exact.
 *
 * Fair runs: each endpoint is warmed with requests that are all answered (JIT, plan cache, page cache) before any
 * timing, and every timed run starts only once the app has no transaction left in Neo4j (SHOW TRANSACTIONS), so
 * stragglers of a 50-connection run (or a timed-out request still running on the server) are never served during
 * the next 1-connection run. Beside wall-clock latencies, each run reports the CPU the app (`next start` and its
 * children) and Neo4j spent per request, which stays meaningful when the machine is shared.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import type { GraphData } from "../lib/graph/types";
import { closeDriver, getDriverConfig } from "../lib/neo4j/driver";
import { loadGraph } from "../lib/neo4j/load";
import {
  BENCH_ALL_ARTICLE_IDS,
  BENCH_APP_TRANSACTIONS,
  BENCH_ENTITY_WEIGHTS,
  BENCH_GRAPH_SIZE,
  BENCH_RELATION_WEIGHTS,
} from "../lib/neo4j/queries/bench";
import { mulberry32 } from "../lib/util/random";
import { typedPrefix, weightedSample } from "./request-mix";
import { wipeDatabase } from "../lib/neo4j/test-support";
import { runRead } from "../lib/neo4j/transport";
import { buildApp, buildIsStale } from "../scripts/next-build";
import { generateGraph } from "./generate-graph";
import { cpuSeconds, extractBbc, neo4jPid } from "./load";
import { recordResults, type Cell } from "./results";

const ROOT = path.resolve(import.meta.dirname, "..");

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Starts `next start` on `port` and waits until /api/stats answers 200. */
async function startApp(port: number, cacheMb: string | undefined): Promise<ChildProcess> {
  const child = spawn(path.join(ROOT, "node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      ...(cacheMb === undefined ? {} : { NEWSGRAPH_API_CACHE_MB: cacheMb }),
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}): ${stderr}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/stats`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGTERM");
  throw new Error(`next start did not answer on port ${port} within 60 s: ${stderr}`);
}

interface Target {
  name: string;
  /** Paths in request order (warm-up first, then the timed runs continue where it stopped). */
  paths: string[];
}

/** Requests drawn per endpoint: more than a run at 50 connections on this machine makes. */
const PATHS_PER_TARGET = 20_000;

/**
 * Request paths sampled from the whole stored graph (bench/request-mix.ts): entities by mentions, relations by
 * evidence, articles uniformly, search as typed prefixes of sampled names. Seeded, so runs compare.
 */
async function targets(): Promise<Target[]> {
  const entities = await runRead<{ id: string; name: string; weight: number }>(BENCH_ENTITY_WEIGHTS);
  const relations = await runRead<{ id: string; weight: number }>(BENCH_RELATION_WEIGHTS);
  const articles = (await runRead<{ id: string }>(BENCH_ALL_ARTICLE_IDS)).map((a) => ({ ...a, weight: 0 }));
  const enc = encodeURIComponent;
  const rand = mulberry32(17);
  const sampled = (items: { id: string; weight: number }[], seed: number) =>
    weightedSample(items, PATHS_PER_TARGET, seed);
  return [
    {
      name: "search",
      paths: weightedSample(entities, PATHS_PER_TARGET, 1).map(
        (e) => `/api/search?q=${enc(typedPrefix(e.name, rand))}`,
      ),
    },
    { name: "overview", paths: ["/api/graph/overview"] },
    {
      name: "neighbourhood",
      paths: sampled(entities, 2).map((e) => `/api/entities/${enc(e.id)}/neighbours?depth=1&limit=100`),
    },
    { name: "entity", paths: sampled(entities, 3).map((e) => `/api/entities/${enc(e.id)}`) },
    { name: "evidence", paths: sampled(relations, 4).map((r) => `/api/relations/${enc(r.id)}/evidence`) },
    { name: "article", paths: sampled(articles, 5).map((a) => `/api/articles/${enc(a.id)}`) },
  ];
}

/** Where each target's sequence has got to (warm-up and runs share it, so the timed runs see new paths too). */
const cursor = new Map<string, number>();
const nextPath = (target: Target) => {
  const i = cursor.get(target.name) ?? 0;
  cursor.set(target.name, i + 1);
  return target.paths[i % target.paths.length];
};

/** Waits until the app has no transaction running in Neo4j (at most `maxMs`); returns how long it waited. */
async function untilIdle(maxMs = 60_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < maxMs) {
    const [{ running }] = await runRead<{ running: number }>(
      BENCH_APP_TRANSACTIONS,
      {},
      { metadata: { op: "bench-idle" } },
    );
    if (running === 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return Math.round(performance.now() - started);
}

/** Warm-up: the first 200 paths of the sequence (at least 20 requests), 4 at a time, each answered; then idle. */
async function warm(port: number, target: Target): Promise<void> {
  const count = Math.max(20, Math.min(200, target.paths.length));
  let sent = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (sent++ < count) {
        const res = await fetch(`http://127.0.0.1:${port}${nextPath(target)}`);
        await res.arrayBuffer();
      }
    }),
  );
  await untilIdle();
}

/** Pids of `pid` and all its descendants (Linux /proc). */
function processTree(pid: number): number[] {
  const out = [pid];
  const tasks = existsSync(`/proc/${pid}/task`) ? readdirSafe(`/proc/${pid}/task`) : [];
  for (const tid of tasks) {
    const children = readFileSafe(`/proc/${pid}/task/${tid}/children`).trim();
    for (const child of children ? children.split(/\s+/).map(Number) : []) out.push(...processTree(child));
  }
  return out;
}

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** CPU seconds used so far by the app's process tree and by Neo4j (null when not on this machine). */
function cpuNow(app: ChildProcess): { app: number | null; neo4j: number | null } {
  const tree = app.pid ? processTree(app.pid) : [];
  const appCpu = tree.length ? tree.reduce((sum, pid) => sum + (cpuSecondsSafe(pid) ?? 0), 0) : null;
  return { app: appCpu, neo4j: cpuSeconds(neo4jPid()) };
}

function cpuSecondsSafe(pid: number): number | null {
  try {
    return cpuSeconds(pid);
  } catch {
    return null; // exited meanwhile
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
const round1 = (n: number) => Math.round(n * 10) / 10;

/** One autocannon run: `connections` clients for `seconds`, every response's latency recorded. */
async function hammer(app: ChildProcess, port: number, target: Target, connections: number, seconds: number) {
  const waitedMs = await untilIdle();
  const cpu0 = cpuNow(app);
  const requested: string[] = [];
  const cacheStates: Record<string, number> = {};
  const latencies: number[] = [];
  const instance = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        method: "GET",
        setupRequest: (req: Record<string, unknown>) => {
          const path = nextPath(target);
          requested.push(path);
          return { ...req, path };
        },
        // The server says which path answered (app/api/_lib/cached.ts): hit, miss or off.
        onResponse: (_status: number, _body: string, _context: unknown, headers: Record<string, string>) => {
          const state = headers["x-newsgraph-cache"] ?? "none";
          cacheStates[state] = (cacheStates[state] ?? 0) + 1;
        },
      },
    ],
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
    latencies.push(responseTime),
  );
  const result = await instance;
  // Requests still running on the server belong to this run's cost: wait for them before reading the CPU.
  await untilIdle();
  const cpu1 = cpuNow(app);
  latencies.sort((a, b) => a - b);
  // autocannon counts a timeout in `errors` too, and again in `timeouts`: count it once.
  const errors = result.errors + result.non2xx;
  const perRequestMs = (a: number | null, b: number | null) =>
    a === null || b === null || result.requests.total === 0 ? null : round1(((b - a) * 1000) / result.requests.total);
  return {
    endpoint: target.name,
    connections,
    requests: result.requests.total,
    "req/s": Math.round(result.requests.total / seconds),
    p50ms: round1(percentile(latencies, 50)),
    p95ms: round1(percentile(latencies, 95)),
    p99ms: round1(percentile(latencies, 99)),
    errors,
    distinctPaths: new Set(requested).size,
    cacheHitPct: round1((100 * (cacheStates.hit ?? 0)) / Math.max(1, result.requests.total)),
    appCpuMsPerReq: perRequestMs(cpu0.app, cpu1.app),
    neo4jCpuMsPerReq: perRequestMs(cpu0.neo4j, cpu1.neo4j),
    idleWaitMs: waitedMs,
    loadAvg1m: round1(loadavg()[0]),
  } satisfies Record<string, Cell>;
}

/** 50-connection p95 targets from the issue (ms). */
const P95_TARGET: Record<string, number> = { search: 50, neighbourhood: 50, evidence: 50 };

export async function run(args: string[]): Promise<void> {
  const seconds = Number(option(args, "seconds") ?? 10);
  const port = Number(option(args, "port") ?? Number(process.env.E2E_PORT ?? 3100) + 7);
  console.log(`Neo4j: ${getDriverConfig().uri}; app on port ${port}`);
  let app: ChildProcess | null = null;
  try {
    const [{ n }] = await runRead<{ n: number }>("MATCH (n) RETURN count(n) AS n");
    if (n > 0 && !args.includes("--wipe")) {
      throw new Error("The database is not empty. Run the bench on your own instance and pass --wipe.");
    }
    const bbc = extractBbc(option(args, "bbc-graph"));
    if (!bbc) throw new Error("The api bench needs the BBC corpus (or --bbc-graph <graph.json>).");
    const generated: GraphData = generateGraph({ articles: 2_000, entities: 10_000, relations: 30_000, seed: 11 });
    await wipeDatabase();
    await loadGraph(bbc);
    await loadGraph(generated);
    const [graph] = await runRead<{ entities: number; articles: number; relations: number }>(BENCH_GRAPH_SIZE);
    console.log(`graph: ${graph.entities} entities, ${graph.articles} articles, ${graph.relations} relations`);

    if (buildIsStale()) {
      console.log("building the app (next build)…");
      await buildApp();
    }
    const cacheMb = option(args, "cache-mb");
    app = await startApp(port, cacheMb);
    const rows: Record<string, Cell>[] = [];
    for (const target of await targets()) {
      await warm(port, target);
      for (const connections of [1, 50]) {
        const row = await hammer(app, port, target, connections, seconds);
        console.log(JSON.stringify(row));
        rows.push(row);
      }
    }
    console.table(rows);
    const errors = rows.reduce((sum, r) => sum + (r.errors as number), 0);
    const misses = rows
      .filter((r) => r.connections === 50 && P95_TARGET[r.endpoint as string] !== undefined)
      .filter((r) => (r.p95ms as number) >= P95_TARGET[r.endpoint as string])
      .map((r) => `${r.endpoint} ${r.p95ms} ms`);
    const notes = [
      `graph: BBC corpus (${bbc.entities.length} entities, ${bbc.articles.length} articles) + generated corpus ` +
        `(${generated.entities.length} entities, ${generated.articles.length} articles, ` +
        `${generated.relations.length} relations) = ${graph.entities} entities, ${graph.relations} relations stored`,
      `${seconds} s per run, autocannon against next start; errors (non-2xx, socket errors, timeouts): ${errors} ` +
        `(target 0: ${errors === 0 ? "met" : "NOT met"})`,
      `p95 < 50 ms at 50 connections for search, neighbourhood, evidence: ${misses.length ? `NOT met (${misses.join(", ")})` : "met"}`,
      `response cache: ${cacheMb === "0" ? "off (--cache-mb 0)" : `${cacheMb ?? "default"} MB`}; paths drawn from the ` +
        `whole graph by popularity (bench/request-mix.ts), warm-up = the first 200 of each sequence, the runs go on ` +
        `from there; distinctPaths = different paths a run asked for, cacheHitPct = share answered from the cache`,
      "the machine may be shared: loadAvg1m is the 1-minute load average at the end of each run; " +
        "app, Neo4j and autocannon share the same cores; appCpuMsPerReq / neo4jCpuMsPerReq are the CPU the app " +
        "(next start and its children) and the local Neo4j used per answered request during the run; each run " +
        "starts after a completed warm-up and once the app has no transaction left in Neo4j (idleWaitMs)",
    ];
    for (const note of notes) console.log(note);
    recordResults("api", rows, notes);
  } finally {
    app?.kill("SIGTERM");
    await closeDriver();
  }
}
