/**
 * Where `npm run bench` parts put their figures: bench/results.json (one entry per part, the latest run, with the
 * machine it ran on) and bench/results.md (the same as Markdown tables, for the README). Each part records only
 * its own entry, so parts can be run one at a time.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import path from "node:path";

export const RESULTS_JSON = path.join(import.meta.dirname, "results.json");
export const RESULTS_MD = path.join(import.meta.dirname, "results.md");

export type Cell = string | number | boolean | null;
export interface PartResult {
  ranAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; loadAverage1m: number };
  rows: Record<string, Cell>[];
  notes: string[];
}

/** A Markdown table of `rows` (columns: the union of their keys, in first-seen order). */
export function markdownTable(rows: Record<string, Cell>[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: Cell | undefined) => (v === undefined || v === null ? "" : String(v));
  return [
    `| ${columns.join(" | ")} |`,
    `|${columns.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${columns.map((c) => cell(r[c])).join(" | ")} |`),
  ].join("\n");
}

/** Replaces `part`'s entry in results.json and rewrites results.md from all entries. */
export function recordResults(part: string, rows: Record<string, Cell>[], notes: string[] = []): void {
  const all: Record<string, PartResult> = existsSync(RESULTS_JSON)
    ? (JSON.parse(readFileSync(RESULTS_JSON, "utf8")) as Record<string, PartResult>)
    : {};
  all[part] = {
    ranAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? "unknown",
      memoryGb: Math.round(totalmem() / 2 ** 30),
      loadAverage1m: Math.round(loadavg()[0] * 10) / 10,
    },
    rows,
    notes,
  };
  writeFileSync(RESULTS_JSON, JSON.stringify(all, null, 2) + "\n");
  writeResultsMarkdown(all);
}

/** Rewrites results.md from results.json's entries (also run after merging two branches' results.json). */
export function writeResultsMarkdown(
  all: Record<string, PartResult> = JSON.parse(readFileSync(RESULTS_JSON, "utf8")) as Record<string, PartResult>,
): void {
  const md = Object.entries(all)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, r]) => {
      const where = `${r.ranAt}, ${r.machine.cpus} cores, load average ${r.machine.loadAverage1m}`;
      return [`### ${name}`, "", `(${where})`, "", markdownTable(r.rows), "", ...r.notes.map((n) => `- ${n}`)].join(
        "\n",
      );
    })
    .join("\n\n");
  writeFileSync(RESULTS_MD, `# Benchmark results (written by \`npm run bench\`)\n\n${md}\n`);
}
