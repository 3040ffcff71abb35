/**
 * `npm test`: every check of the project in one command, setting up what it needs (Neo4j, chromium, the app
 * build). `tsx scripts/test.ts [all|unit|int|e2e]`; stops at the first failing step with a non-zero exit and
 * ends with one line `npm test: N passed, M failed`.
 */
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { REPO_ROOT, readLocalNeo4jSettings, type LocalNeo4jSettings } from "./db-env";
import { probeNeo4j, wipeDatabase } from "../lib/neo4j/maintenance";
import { ensureLauncherBuilt, ensureNeo4j, stopLocalNeo4j } from "./db-local";
import { buildApp, buildIsStale } from "./next-build";
import { localBin, runCommand } from "./run-command";
import { findTestFiles, parseTapSummary, type TestCounts } from "./test-files";

interface Context {
  settings: LocalNeo4jSettings;
  counts: TestCounts;
  /** Set when this run started the local Neo4j, so it is stopped at the end. */
  startedNeo4j: boolean;
}

interface Step {
  id: string;
  description: string;
  fn: (ctx: Context) => Promise<void>;
}

class StepFailure extends Error {}

const fail = (message: string): never => {
  throw new StepFailure(message);
};

/** Runs node's test runner over files: spec output on the console, TAP copy parsed for the pass/fail counts. */
async function runNodeTests(ctx: Context, kind: "unit" | "int", files: string[], extraArgs: string[]): Promise<void> {
  if (files.length === 0) {
    console.log(`no ${kind} test files found`);
    return;
  }
  console.log(`${files.length} ${kind} test files`);
  const tapFile = path.join(os.tmpdir(), `newsgraph-${kind}-${process.pid}.tap`);
  const result = await runCommand(localBin("tsx"), [
    "--test",
    ...extraArgs,
    "--test-reporter=spec",
    "--test-reporter-destination=stdout",
    "--test-reporter=tap",
    `--test-reporter-destination=${tapFile}`,
    ...files.map((file) => path.relative(REPO_ROOT, file)),
  ]);
  const summary = parseTapSummary(fs.existsSync(tapFile) ? fs.readFileSync(tapFile, "utf8") : "");
  fs.rmSync(tapFile, { force: true });
  // The same summary lines the TAP reporter prints, so CI logs can be grepped for them.
  console.log(`# pass ${summary.passed}\n# fail ${summary.failed}`);
  ctx.counts.passed += summary.passed;
  ctx.counts.failed += summary.failed;
  if (result.code !== 0) fail(`${kind} tests failed (exit ${result.code})`);
}

async function ensureDatabase(ctx: Context): Promise<void> {
  if ((await probeNeo4j(ctx.settings.connection)).ok) {
    console.log(`Neo4j answers at ${ctx.settings.connection.uri}`);
    return;
  }
  try {
    if (ctx.settings.isLocal) ensureLauncherBuilt();
    ctx.startedNeo4j = (await ensureNeo4j(ctx.settings)).startedByUs;
  } catch (error) {
    fail(`no Neo4j for the integration and e2e tests: ${(error as Error).message}`);
  }
}

/** Path of chromium, installing the Debian package when running as root and it is missing. */
async function ensureChromium(): Promise<string> {
  const chromium = process.env.CHROMIUM_PATH?.trim() || "/usr/bin/chromium";
  if (fs.existsSync(chromium)) return chromium;
  const install = "apt-get update && apt-get install -y chromium";
  if (process.getuid?.() === 0 && !process.env.CHROMIUM_PATH) {
    console.log(`${chromium} is missing; installing it: ${install}`);
    const result = await runCommand("bash", ["-c", `DEBIAN_FRONTEND=noninteractive ${install}`]);
    if (result.code === 0 && fs.existsSync(chromium)) return chromium;
  }
  return fail(
    `chromium was not found at ${chromium}. Install it (Debian/Ubuntu, as root: \`${install}\`) or point ` +
      "CHROMIUM_PATH at a Chromium/Chrome binary. The e2e tests never download browsers.",
  );
}

/** First free TCP port on 127.0.0.1 from `start` up. */
async function freePort(start: number): Promise<number> {
  for (let port = start; port < start + 100; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  return fail(`no free port in ${start}–${start + 99} for the e2e server`);
}

/** Empties the test database and loads the seeds' graph, so every e2e run sees the same data. */
async function loadSeedsForE2e(ctx: Context): Promise<void> {
  console.log(`emptying ${ctx.settings.connection.uri} (database ${ctx.settings.connection.database}) for the e2e run`);
  await wipeDatabase(ctx.settings.connection);
  const graphJson = path.join(REPO_ROOT, "graph-data", "graph.json");
  const args = fs.existsSync(graphJson)
    ? ["run", "-s", "newsgraph", "--", "load", "graph-data/graph.json"]
    : ["run", "-s", "newsgraph", "--", "ingest", "seeds", "--out", ".data/graph"];
  console.log(`loading the seeds: npm ${args.join(" ")}`);
  const result = await runCommand("npm", args);
  if (result.code !== 0) fail(`loading the seeds for the e2e tests failed (exit ${result.code})`);
}

async function runE2e(ctx: Context): Promise<void> {
  const specs = fs.existsSync(path.join(REPO_ROOT, "e2e"))
    ? fs.readdirSync(path.join(REPO_ROOT, "e2e")).filter((f) => f.endsWith(".spec.ts"))
    : [];
  if (specs.length === 0) {
    console.log("no e2e specs found (e2e/*.spec.ts)");
    return;
  }
  const chromium = await ensureChromium();
  await loadSeedsForE2e(ctx);
  if (buildIsStale()) {
    console.log("building the app (next build)…");
    try {
      // ESLint already ran as its own step.
      await buildApp(["--no-lint"]);
    } catch (error) {
      fail((error as Error).message);
    }
  } else {
    console.log("the app build (.next) is up to date");
  }
  const port = await freePort(Number(process.env.E2E_PORT ?? 3100));
  const jsonFile = path.join(os.tmpdir(), `newsgraph-e2e-${process.pid}.json`);
  const result = await runCommand(localBin("playwright"), ["test", "--reporter=list,json"], {
    env: {
      ...process.env,
      CHROMIUM_PATH: chromium,
      E2E_PORT: String(port),
      PLAYWRIGHT_JSON_OUTPUT_FILE: jsonFile,
      PLAYWRIGHT_JSON_OUTPUT_NAME: jsonFile,
    },
  });
  const stats = readPlaywrightStats(jsonFile);
  fs.rmSync(jsonFile, { force: true });
  ctx.counts.passed += stats.passed;
  ctx.counts.failed += stats.failed;
  if (result.code !== 0) fail(`e2e tests failed (exit ${result.code})`);
}

function readPlaywrightStats(file: string): TestCounts {
  try {
    const report = JSON.parse(fs.readFileSync(file, "utf8")) as {
      stats?: { expected?: number; unexpected?: number; flaky?: number };
    };
    const stats = report.stats ?? {};
    return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0 };
  } catch {
    return { passed: 0, failed: 0 };
  }
}

const STEPS: Step[] = [
  {
    id: "typecheck",
    description: "TypeScript: tsc --noEmit",
    fn: async () => {
      const result = await runCommand(localBin("tsc"), ["--noEmit", "-p", "."]);
      if (result.code !== 0) fail("type errors (see above)");
    },
  },
  {
    id: "lint",
    description: "ESLint: eslint .",
    fn: async () => {
      const result = await runCommand(localBin("eslint"), ["."]);
      if (result.code !== 0) fail("lint errors (see above)");
    },
  },
  {
    id: "unit",
    description: "unit tests (node:test, *.test.ts)",
    fn: (ctx) => runNodeTests(ctx, "unit", findTestFiles(REPO_ROOT, "unit"), []),
  },
  { id: "neo4j", description: "Neo4j for the integration and e2e tests", fn: ensureDatabase },
  {
    id: "int",
    description: "integration tests (node:test, *.int.test.ts, one file at a time)",
    fn: (ctx) => runNodeTests(ctx, "int", findTestFiles(REPO_ROOT, "int"), ["--test-concurrency=1"]),
  },
  { id: "e2e", description: "end-to-end tests (Playwright + chromium)", fn: runE2e },
];

const MODES: Record<string, string[]> = {
  all: ["typecheck", "lint", "unit", "neo4j", "int", "e2e"],
  unit: ["unit"],
  int: ["neo4j", "int"],
  e2e: ["neo4j", "e2e"],
};

async function main(): Promise<number> {
  const mode = process.argv[2] ?? "all";
  const ids = MODES[mode];
  if (!ids) {
    console.error(`usage: tsx scripts/test.ts [${Object.keys(MODES).join("|")}]`);
    return 2;
  }
  const ctx: Context = { settings: readLocalNeo4jSettings(), counts: { passed: 0, failed: 0 }, startedNeo4j: false };
  // Ctrl-C between child commands would otherwise leave the Neo4j we started running.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping`);
      const stop = ctx.startedNeo4j ? stopLocalNeo4j(ctx.settings) : Promise.resolve(false);
      void stop.finally(() => process.exit(130));
    });
  }
  const started = Date.now();
  let status = 0;
  try {
    for (const id of ids) {
      const step = STEPS.find((s) => s.id === id)!;
      console.log(`\n=== ${step.description} ===`);
      const stepStart = Date.now();
      await step.fn(ctx);
      console.log(`--- ${step.id} ok (${((Date.now() - stepStart) / 1000).toFixed(1)} s)`);
    }
  } catch (error) {
    status = 1;
    console.error(`\n✗ ${error instanceof StepFailure ? error.message : (error as Error).stack}`);
  } finally {
    if (ctx.startedNeo4j) await stopLocalNeo4j(ctx.settings).catch(() => undefined);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`\nnpm test: ${ctx.counts.passed} passed, ${ctx.counts.failed} failed (${mode}, ${seconds} s)`);
  return status;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
