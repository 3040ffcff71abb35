/**
 * Extraction benchmark (`npm run bench -- extract [--corpus <dir>] [--workers <n>]`): the compiled CLI on the BBC
 * corpus as a whole process (start-up included), on 1 worker and on all cores, against compromise's people /
 * places / organisations on the same files in the same run (bench/compromise-peer.mjs, also a whole process).
 * Reports wall and CPU seconds (the machine may be shared: CPU time is the steadier figure; the 1-minute load
 * average is printed beside them), MB/s, tokens/s, articles/s (per wall second and per CPU second) and peak RSS,
 * and records them in bench/results.json.
 */
import { execFileSync, spawn } from "node:child_process";
import { availableParallelism, loadavg } from "node:os";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { GraphData } from "../lib/graph/types";
import { splitSentences } from "../lib/extract/tokenize";
import { sharedPath } from "../lib/util/shared-data";
import { recordResults, type Cell } from "./results";

const ROOT = path.resolve(import.meta.dirname, "..");

interface Measured {
  wall: number;
  /** User + system CPU seconds of the process, all its threads and every child it waited for (kernel figures). */
  cpu: number;
  /** Peak resident set (VmHWM) of the process, sampled from /proc until it exits. */
  peakRssMb: number;
  stdout: string;
}

/** Clock ticks of this process's waited-for children (fields cutime + cstime of /proc/self/stat). */
function childTicks(): number {
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
  return Number(fields[13]) + Number(fields[14]);
}

/** VmHWM of `pid` in kB (0 once it is gone). */
function highWaterKb(pid: number): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * Runs a command as a direct child and measures it the way the kernel accounts it. CPU: when the child is reaped,
 * its user + system time (all threads, plus the children it waited for) is added to this process's cutime/cstime,
 * so the difference before/after is exact — an earlier version read the figure back through a wrapper and
 * under-reported. Peak RSS: VmHWM (a high-water mark kept by the kernel) read every 50 ms, so the last sample
 * before exit is the peak. Needs Linux's /proc.
 */
async function measure(command: string, args: string[]): Promise<Measured> {
  if (!existsSync("/proc/self/stat")) throw new Error("bench extract measures through /proc: run it on Linux");
  const ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  const ticksBefore = childTicks();
  const started = performance.now();
  const child = spawn(command, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d));
  child.stderr.on("data", (d: Buffer) => (stderr += d));
  let peakKb = 0;
  const sampler = setInterval(() => (peakKb = Math.max(peakKb, highWaterKb(child.pid!))), 50);
  const status = await new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  clearInterval(sampler);
  const wall = (performance.now() - started) / 1000;
  // Exit code 1 from the CLI means some files were unusable (reported); the rest is a valid run.
  if (status !== 0 && status !== 1) throw new Error(`${command} ${args.join(" ")} failed (${status}): ${stderr}`);
  const cpu = (childTicks() - ticksBefore) / ticksPerSecond;
  return { wall, cpu, peakRssMb: Math.round(peakKb / 1024), stdout };
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

/** One table row: rates per wall second, and tokens per CPU second (steadier on a shared machine). */
function figures(run: string, m: Measured, mb: number, tokens: number, articles: number): Record<string, Cell> {
  return {
    run,
    wallS: round(m.wall),
    cpuS: round(m.cpu),
    loadAvg1m: round(loadavg()[0], 1),
    "MB/s": round(mb / m.wall, 3),
    "tokens/s": Math.round(tokens / m.wall),
    "tokens/cpu-s": Math.round(tokens / m.cpu),
    "articles/s": Math.round(articles / m.wall),
    peakRssMb: m.peakRssMb,
  };
}

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
      const m = await measure(process.execPath, [
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
      rows.push(figures(`newsgraph extract --workers ${workers}`, m, mb, tokens, articles));
    }
    const peer = await measure(process.execPath, ["bench/compromise-peer.mjs", ...files]);
    rows.push(figures("compromise people/places/organisations (peer)", peer, mb, tokens, files.length));
    console.table(rows);
    const ratio = (rows[rows.length - 1].wallS as number) / (rows[0].wallS as number);
    const cpuRatio = (rows[rows.length - 1].cpuS as number) / (rows[0].cpuS as number);
    const notes = [
      `${files.length} files, ${round(mb, 1)} MB, ${articles} articles after de-duplication, ${tokens} tokens`,
      `one worker vs compromise: ${ratio.toFixed(1)}× by wall clock, ${cpuRatio.toFixed(1)}× by CPU time ` +
        `(target ≥ 2×: ${ratio >= 2 ? "met" : "NOT met"})`,
      "CPU = user + system seconds of the process and its threads (kernel accounting of the reaped child); " +
        "peak RSS = VmHWM. The machine may be shared: loadAvg1m is the 1-minute load average when each run ended",
    ];
    for (const n of notes) console.log(n);
    recordResults("extract", rows, notes);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
