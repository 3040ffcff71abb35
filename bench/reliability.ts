/**
 * Reliability bench (`npm run bench -- reliability [--seconds 60] [--clients 50] [--wipe]`): `clients` concurrent
 * API clients (search, stats, entity, neighbourhood route handlers, in-process, over the real Neo4j) for `seconds`
 * while loads run back to back: a generated graph loaded again and again (the first load creates, the next ones
 * merge). Reports answers by status, requests/s and the slowest answer, then checks that the store holds exactly
 * the loaded records. WIPES the database at NEO4J_URI. The short versions of these checks, and the database
 * restart, are tests: app/api/reliability.int.test.ts.
 */
import { loadavg } from "node:os";
import { GET as searchGET } from "../app/api/search/route";
import { GET as statsGET } from "../app/api/stats/route";
import { GET as entityGET } from "../app/api/entities/[id]/route";
import { GET as neighboursGET } from "../app/api/entities/[id]/neighbours/route";
import { closeDriver, getDriverConfig } from "../lib/neo4j/driver";
import { loadGraph } from "../lib/neo4j/load";
import { COUNT_GRAPH } from "../lib/neo4j/queries/write";
import { readTestGraph, resetDatabase } from "../lib/neo4j/test-support";
import { runRead } from "../lib/neo4j/transport";
import { generateGraph } from "./generate-graph";
import { recordResults } from "./results";
import { hammerRoutes, type RouteCall } from "./route-clients";

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

export async function run(args: string[]): Promise<void> {
  const seconds = option(args, "seconds", 60);
  const clients = option(args, "clients", 50);
  console.log(`Neo4j: ${getDriverConfig().uri}; ${clients} clients for ${seconds} s while loads run`);
  try {
    const [{ n }] = await runRead<{ n: number }>("MATCH (n) RETURN count(n) AS n");
    if (n > 0 && !args.includes("--wipe")) throw new Error("The database is not empty: pass --wipe to let it.");
    const seeds = readTestGraph();
    await resetDatabase(seeds);
    const extra = generateGraph({ articles: 2_000, entities: 8_000, relations: 30_000, seed: 3 });
    const origin = "http://127.0.0.1:3000";
    const e = seeds.entities[0];
    const param = { params: Promise.resolve({ id: encodeURIComponent(e.id) }) };
    const calls: RouteCall[] = [
      () => searchGET(new Request(`${origin}/api/search?q=${encodeURIComponent(e.name.split(/\s+/)[0])}`)),
      () => statsGET(new Request(`${origin}/api/stats`)),
      () => entityGET(new Request(`${origin}/api/entities/${encodeURIComponent(e.id)}`), param),
      () => neighboursGET(new Request(`${origin}/api/entities/${encodeURIComponent(e.id)}/neighbours`), param),
    ];
    const started = performance.now();
    const cpu0 = process.cpuUsage();
    const hammer = hammerRoutes(calls, clients);
    let loads = 0;
    while (performance.now() - started < seconds * 1000) {
      await loadGraph(extra);
      loads++;
    }
    const tally = await hammer.stop();
    const wall = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const [counts] = await runRead<Record<string, number>>(COUNT_GRAPH);
    const exact =
      counts.articles === seeds.articles.length + extra.articles.length &&
      counts.entities === seeds.entities.length + extra.entities.length &&
      counts.relations === seeds.relations.length + extra.relations.length;
    const errors = tally.requests - (tally.statuses["200"] ?? 0);
    const row = {
      clients,
      seconds: Math.round(wall),
      loads,
      requests: tally.requests,
      "req/s": Math.round(tally.requests / wall),
      errors,
      maxMs: Math.round(tally.maxMs),
      countsExact: exact,
      benchCpuS: Math.round((cpu.user + cpu.system) / 1e5) / 10,
      loadAvg1m: Math.round(loadavg()[0] * 10) / 10,
    };
    console.table([row]);
    const notes = [
      `answers by status: ${JSON.stringify(tally.statuses)}; errors (non-200): ${errors} (target 0: ` +
        `${errors === 0 ? "met" : "NOT met"}); stored counts exact after the loads: ${exact}`,
      "clients call the route handlers in-process (same code as next start, no HTTP layer); the machine may be " +
        "shared: benchCpuS is this process's CPU (clients + loader), loadAvg1m the load average at the end",
    ];
    for (const note of notes) console.log(note);
    recordResults("reliability", [row], notes);
  } finally {
    await closeDriver();
  }
}
