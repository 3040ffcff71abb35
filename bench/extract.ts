/**
 * Extraction benchmark (`npm run bench -- extract [--corpus <dir>] [--workers <n>]`): the compiled CLI on the BBC
 * corpus as a whole process (start-up included), on 1 worker and on all cores, against compromise's people /
 * places / organisations on the same files in the same run (bench/compromise-peer.mjs, also a whole process).
 * Reports wall and CPU seconds (the machine may be shared: CPU time is the steadier figure), MB/s, tokens/s,
 * articles/s and peak RSS, and records them in bench/results.json.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { GraphData } from "../lib/graph/types";
import { splitSentences } from "../lib/extract/tokenize";
import { sharedPath } from "../lib/util/shared-data";
import { recordResults, type Cell } from "./results";

const ROOT = path.resolve(import.meta.dirname, "..");
const TIME = "/usr/bin/time";

interface Measured {
  wall: number;
  cpu: number;
  peakRssMb: number;
  stdout: string;
}

/** Runs a command under GNU time (wall, user+sys CPU, peak RSS of the process and its threads). */
function measure(command: string, args: string[]): Measured {
  const dir = mkdtempSync(path.join(tmpdir(), "newsgraph-time-"));
  const report = path.join(dir, "time.txt");
  try {
    const r = spawnSync(TIME, ["-f", "%e %U %S %M", "-o", report, command, ...args], {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 64 * 2 ** 20,
    });
    // Exit code 1 from the CLI means some files were unusable (reported); the rest is a valid run.
    if (r.status !== 0 && r.status !== 1) throw new Error(`${command} ${args.join(" ")} failed: ${r.stderr}`);
    const [wall, user, sys, rssKb] = readFileSync(report, "utf8").trim().split("\n").pop()!.split(" ").map(Number);
    return { wall, cpu: user + sys, peakRssMb: Math.round(rssKb / 1024), stdout: r.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function textFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return textFiles(full);
      return name.endsWith(".txt") ? [full] : [];
    });
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function run(args: string[]): Promise<void> {
  const corpus = option(args, "corpus") ?? sharedPath("corpora", "bbc");
  const all = Number(option(args, "workers") ?? availableParallelism());
  const files = textFiles(corpus);
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const mb = bytes / 1e6;
  console.log(`corpus: ${corpus} (${files.length} .txt files, ${mb.toFixed(1)} MB)`);
  execFileSync("npm", ["run", "-s", "build:cli"], { cwd: ROOT, stdio: "inherit" });

  const out = mkdtempSync(path.join(tmpdir(), "newsgraph-bench-extract-"));
  const rows: Record<string, Cell>[] = [];
  try {
    let tokens = 0;
    let articles = 0;
    for (const workers of [...new Set([1, all])]) {
      const dir = path.join(out, `w${workers}`);
      const m = measure(process.execPath, [
        "bin/newsgraph.mjs",
        "extract",
        corpus,
        "--out",
        dir,
        "--workers",
        String(workers),
      ]);
      if (tokens === 0) {
        const graph = JSON.parse(readFileSync(path.join(dir, "graph.json"), "utf8")) as GraphData;
        articles = graph.articles.length;
        for (const a of graph.articles) for (const s of splitSentences(a.text)) tokens += s.tokens.length;
      }
      rows.push({
        run: `newsgraph extract --workers ${workers}`,
        wallS: round(m.wall),
        cpuS: round(m.cpu),
        "MB/s": round(mb / m.wall, 3),
        "tokens/s": Math.round(tokens / m.wall),
        "articles/s": Math.round(articles / m.wall),
        peakRssMb: m.peakRssMb,
      });
    }
    const peer = measure(process.execPath, ["bench/compromise-peer.mjs", ...files]);
    rows.push({
      run: "compromise people/places/organisations (peer)",
      wallS: round(peer.wall),
      cpuS: round(peer.cpu),
      "MB/s": round(mb / peer.wall, 3),
      "tokens/s": Math.round(tokens / peer.wall),
      "articles/s": Math.round(files.length / peer.wall),
      peakRssMb: peer.peakRssMb,
    });
    console.table(rows);
    const ratio = (rows[rows.length - 1].wallS as number) / (rows[0].wallS as number);
    const cpuRatio = (rows[rows.length - 1].cpuS as number) / (rows[0].cpuS as number);
    const notes = [
      `${files.length} files, ${round(mb, 1)} MB, ${articles} articles after de-duplication, ${tokens} tokens`,
      `one worker vs compromise: ${ratio.toFixed(1)}× by wall clock, ${cpuRatio.toFixed(1)}× by CPU time ` +
        `(target ≥ 2×: ${ratio >= 2 ? "met" : "NOT met"})`,
    ];
    for (const n of notes) console.log(n);
    recordResults("extract", rows, notes);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
