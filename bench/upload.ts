/**
 * `npm run bench -- upload [--files N]`: 100 BBC articles (the first N/5 of each category) uploaded as a folder
 * through the /upload page in headless Chromium against the production build (`next start`, started here; run
 * `npm run build` first), timed from the click to the summary (graph updated), with the server's CPU time beside
 * the wall clock. Uses the Neo4j at NEO4J_URI: the uploaded articles are removed before and after (also when the
 * store already holds them under other file names, as after loading the whole BBC corpus), so every run ingests
 * them as new; a store that held them before keeps them afterwards. Target (issue 11): < 30 s for 100 files.
 */
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { sharedPath } from "../lib/util/shared-data";
import { cpuSeconds as processCpu, neo4jPid } from "./load";
import { recordResults } from "./results";

const BBC = sharedPath("corpora", "bbc");
const FOLDER = "bench-upload";
const ROOT = path.resolve(import.meta.dirname, "..");

/** CPU seconds (user + system) of a Linux process so far, from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds of a process and all its descendants (next start runs the server in a child). */
function treeCpu(pid: number): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      total += cpuSeconds(p);
      const children = readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim();
      for (const c of children ? children.split(" ") : []) visit(Number(c));
    } catch {
      // gone meanwhile
    }
  };
  visit(pid);
  return total;
}

/**
 * Removes the bench's articles from the store: those stored under the upload's file labels and, by content id,
 * the same articles stored by an earlier ingest under other names (a store holding the whole BBC corpus), so
 * every run ingests all of them as new.
 */
async function removeUploaded(labels: string[], folder: string): Promise<number> {
  const [{ storedArticles, removeArticleContent, recount }, { closeDriver }, { ingestPaths }] = await Promise.all([
    import("../lib/neo4j/incremental"),
    import("../lib/neo4j/driver"),
    import("../lib/ingest"),
  ]);
  try {
    const { articles } = await ingestPaths([folder], { split: "auto", dedupe: true });
    const { byId, byFile } = await storedArticles(
      articles.map((a) => a.id),
      labels,
    );
    const ids = new Set([...byId.keys(), ...byFile.map((a) => a.id)]);
    await recount(await removeArticleContent([], [...ids]));
    return byId.size;
  } finally {
    await closeDriver();
  }
}

async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s (did \`npm run build\` run?)`);
}

export async function run(args: string[]): Promise<void> {
  const at = args.indexOf("--files");
  const count = at >= 0 ? Number(args[at + 1]) : 100;
  const categories = readdirSync(BBC, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const per = Math.ceil(count / categories.length);
  const parent = mkdtempSync(path.join(tmpdir(), "newsgraph-bench-upload-"));
  const folder = path.join(parent, FOLDER);
  const labels: string[] = [];
  for (const c of categories) {
    mkdirSync(path.join(folder, c), { recursive: true });
    for (const f of readdirSync(path.join(BBC, c)).sort().slice(0, per)) {
      if (labels.length >= count) break;
      copyFileSync(path.join(BBC, c, f), path.join(folder, c, f));
      labels.push(`upload/${FOLDER}/${c}/${f}`);
    }
  }
  const storedBefore = await removeUploaded(labels, folder);

  const port = Number(process.env.BENCH_PORT ?? 3190);
  const server = spawn(path.join(ROOT, "node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: ROOT,
    stdio: "ignore",
    env: process.env,
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    await waitFor(`http://127.0.0.1:${port}/api/ingest`, 60_000);
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/upload`);
    await page.getByTestId("folder-input").setInputFiles(folder);
    await page.getByTestId("picked-count").waitFor();
    const cpuBefore = treeCpu(server.pid!);
    const neo4jBefore = processCpu(neo4jPid());
    const started = performance.now();
    await page.getByTestId("upload-start").click();
    await page.getByTestId("upload-summary").waitFor({ timeout: 300_000 });
    const seconds = (performance.now() - started) / 1000;
    const serverCpu = treeCpu(server.pid!) - cpuBefore;
    const neo4jAfter = processCpu(neo4jPid());
    const neo4jCpu = neo4jBefore === null || neo4jAfter === null ? null : neo4jAfter - neo4jBefore;
    const message = (await page.getByTestId("upload-message").textContent()) ?? "";
    const rows = [
      {
        files: labels.length,
        "click → summary (s)": Math.round(seconds * 10) / 10,
        "server CPU (s)": Math.round(serverCpu * 10) / 10,
        "Neo4j CPU (s)": neo4jCpu === null ? "n/a (not the local Neo4j)" : Math.round(neo4jCpu * 10) / 10,
        "load average": Math.round(loadavg()[0] * 10) / 10,
        "files/s": Math.round((labels.length / seconds) * 10) / 10,
        "target (s)": 30,
        met: seconds < 30,
        summary: message.trim(),
      },
    ];
    console.table(rows);
    recordResults("upload", rows, [
      "Headless Chromium drives /upload against `next start`; the timer runs from the click to the summary " +
        "(the ingest has committed: the graph is updated). The ingest runs in one worker thread (one core).",
      "Server CPU is the next-server process tree's user+system time over the same span; Neo4j CPU is the local " +
        "Neo4j's over the same span.",
      "The machine is shared with other jobs: wall-clock figures follow the load average (printed at the end).",
    ]);
  } finally {
    await browser.close();
    server.kill();
    // A store that held these articles before keeps them (now under the upload's labels).
    if (storedBefore === 0) await removeUploaded(labels, folder);
    rmSync(parent, { recursive: true, force: true });
  }
}
