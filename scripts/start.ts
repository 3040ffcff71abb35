/**
 * `npm start`: one command from a fresh clone to the running app. Finds or starts Neo4j (NEO4J_URI, else Docker
 * Compose, else the project's own launcher), loads the seeds into an empty database, builds the Next.js app when
 * the build is missing or stale, and serves it on http://127.0.0.1:3000 (PORT overrides).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT, readLocalNeo4jSettings, type LocalNeo4jSettings } from "./db-env";
import { countArticles, probeNeo4j } from "../lib/neo4j/maintenance";
import { ensureNeo4j, stopLocalNeo4j, waitForNeo4j } from "./db-local";
import { buildApp, buildIsStale } from "./next-build";
import { localBin, runCommand } from "./run-command";

const say = (message: string) => console.log(`[start] ${message}`);

function dockerAvailable(): boolean {
  const ok = (args: string[]) => {
    const result = spawnSync("docker", args, { stdio: "ignore", timeout: 15_000 });
    return !result.error && result.status === 0;
  };
  return ok(["compose", "version"]) && ok(["info"]);
}

/** Starts Neo4j with docker compose and waits for Bolt. */
async function startWithDocker(settings: LocalNeo4jSettings): Promise<void> {
  say("starting Neo4j with Docker Compose (docker compose up -d)…");
  const up = await runCommand("docker", ["compose", "up", "-d"]);
  if (up.code !== 0) throw new Error("`docker compose up -d` failed; see its output above.");
  const result = await waitForNeo4j(settings.connection, settings.startTimeoutMs);
  if (!result.ok) throw new Error(`Neo4j in Docker did not answer at ${settings.connection.uri}: ${result.message}`);
  say(`Neo4j is up at ${settings.connection.uri} (${result.agent})`);
}

/** Gets a Neo4j that answers; returns true when we started the local launcher (so we stop it on exit). */
async function ensureDatabase(settings: LocalNeo4jSettings): Promise<boolean> {
  if (process.env.NEO4J_URI?.trim()) return (await ensureNeo4j(settings)).startedByUs;
  const probe = await probeNeo4j(settings.connection);
  if (!probe.ok && probe.kind === "unreachable" && dockerAvailable()) {
    await startWithDocker(settings);
    return false;
  }
  return (await ensureNeo4j(settings)).startedByUs;
}

/** Loads graph-data/graph.json (or extracts seeds/) when the database holds no article. */
async function seedIfEmpty(settings: LocalNeo4jSettings): Promise<void> {
  const articles = await countArticles(settings.connection);
  if (articles > 0) {
    say(`the database holds ${articles} articles; not loading the seeds`);
    return;
  }
  const graphJson = path.join(REPO_ROOT, "graph-data", "graph.json");
  // graph-data/graph.json is the committed extraction of seeds/; extracting again is only needed without it.
  const args = fs.existsSync(graphJson)
    ? ["run", "-s", "newsgraph", "--", "load", "graph-data/graph.json"]
    : ["run", "-s", "newsgraph", "--", "ingest", "seeds", "--out", ".data/graph"];
  say(`the database is empty; loading the seeds: npm ${args.join(" ")}`);
  const result = await runCommand("npm", args);
  if (result.code !== 0) throw new Error(`Loading the seeds failed (exit ${result.code}); see the output above.`);
}

async function waitForHttp(url: string, timeoutMs: number): Promise<boolean> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.status < 500) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

async function main(): Promise<void> {
  const settings = readLocalNeo4jSettings();
  const startedNeo4j = await ensureDatabase(settings);
  const stopDatabase = async () => {
    if (startedNeo4j) await stopLocalNeo4j(settings);
  };
  try {
    await seedIfEmpty(settings);
    if (buildIsStale()) {
      say("building the app (next build)…");
      await buildApp();
    }
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  const host = process.env.HOST?.trim() || "127.0.0.1";
  const port = process.env.PORT?.trim() || "3000";
  const server = spawn(localBin("next"), ["start", "-H", host, "-p", port], { cwd: REPO_ROOT, stdio: "inherit" });
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      stopping = true;
      server.kill(signal);
    });
  }
  const url = `http://${host}:${port}`;
  void waitForHttp(url, 60_000).then((up) => {
    if (up && !stopping) {
      console.log(
        `\nNewsgraph is running: open ${url}\n(Ctrl-C stops it${startedNeo4j ? " and the local Neo4j" : ""}.)\n`,
      );
    }
  });
  const code = await new Promise<number>((resolve) => server.on("close", (c) => resolve(c ?? 0)));
  await stopDatabase();
  process.exit(stopping ? 0 : code);
}

main().catch((error: unknown) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
