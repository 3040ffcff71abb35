/**
 * `newsgraph extract`: news files → articles → entities and relations → <out>/graph.json. Bad files are reported
 * one line each and skipped; the good ones still make it into the output, and the exit code says something failed.
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { serializeGraph } from "../../graph/serialize";
import { validateGraphData } from "../../graph/validate";
import type { GraphData } from "../../graph/types";
import type { SplitMode } from "../../ingest/types";
import { choiceOption, positiveIntOption } from "../args";
import { availableParallelism } from "node:os";
import {
  CommandError,
  EXIT,
  UsageError,
  type CliIO,
  type Command,
  type ExitCode,
  type OptionSpec,
  type ParsedArgs,
} from "../command";
import { count, duration, errorMessage } from "../format";
import { createProgress } from "../progress";
import { buildGraph, type ExtractPhase } from "../build-graph";

export type { SplitMode };

export interface ExtractOptions {
  inputs: string[];
  outDir: string;
  split: SplitMode;
  dedupe: boolean;
  /** Worker threads for tagging and per-article resolution (default: one per core). */
  workers?: number;
  /** Articles as JSON Lines (from stdin) instead of files. */
  jsonl?: AsyncIterable<string>;
}

export interface ExtractOutcome {
  graph: GraphData;
  outFile: string;
  /** Files (or paths) that could not be read. */
  failed: number;
  /** One-line summary, without the "Done in" prefix. */
  summary: string;
}

/** Options shared by `extract` and `ingest`. */
export const EXTRACT_OPTIONS: OptionSpec[] = [
  {
    name: "split",
    type: "string",
    value: "auto|none",
    description:
      "auto: a file may hold several articles (separated by repeated headlines, '----' lines and the like) and " +
      "is cut into them; none: every file is exactly one article.",
    defaultText: "auto",
  },
  {
    name: "dedupe",
    type: "string",
    value: "on|off",
    description:
      "on: copies and near-copies of the same article (the same story in several files) become one article that " +
      "lists every file; off: keep every copy.",
    defaultText: "on",
  },
  {
    name: "workers",
    short: "j",
    type: "string",
    value: "<n>",
    description:
      "Worker threads for tagging and per-article resolution; the corpus-wide merge runs once. The output is " +
      "byte-identical whatever the number. 1 runs everything in the main thread.",
    defaultText: "the number of cores",
  },
  {
    name: "stdin-jsonl",
    type: "boolean",
    description:
      'Read articles from stdin, one JSON object per line: {"id","title","text","source","date","url"} (title ' +
      "and text required). Instead of files: give no paths. A bad line is reported with its number and skipped.",
  },
];

/** The default --workers: every core the process may use. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

const ON_OFF = ["on", "off"] as const;
const SPLIT_MODES = ["auto", "none"] as const;

/** Reads --split and --dedupe (shared with `ingest`). */
export function readExtractFlags(
  command: string,
  values: ParsedArgs["values"],
): { split: SplitMode; dedupe: boolean; workers: number } {
  return {
    split: choiceOption(command, values, "split", SPLIT_MODES, "auto"),
    dedupe: choiceOption(command, values, "dedupe", ON_OFF, "on") === "on",
    workers: values.workers === undefined ? defaultWorkers() : positiveIntOption(command, values, "workers", 1),
  };
}

async function writeAtomically(file: string, text: string): Promise<void> {
  // Write then rename, so a crash or Ctrl-C never leaves a half-written graph.json behind.
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text, "utf8");
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

async function ensureFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new CommandError(`--out ${dir}: exists and is not a folder`);
    if (code === "ENOTDIR") throw new CommandError(`--out ${dir}: part of the path is a file, not a folder`);
    throw error;
  }
}

/** Writes `graph` to <outDir>/graph.json atomically (the folder created if missing); returns the file's path. */
export async function writeGraphFile(outDir: string, graph: GraphData): Promise<string> {
  await ensureFolder(outDir);
  const outFile = join(outDir, "graph.json");
  await writeAtomically(outFile, serializeGraph(graph));
  return outFile;
}

/** How each extraction step reads next to the progress count (the step just finished). */
const PHASE_DETAIL: Record<ExtractPhase, string> = {
  article: "articles tagged and resolved",
  merge: "entities merged across articles",
  relations: "relations aggregated",
};

/** Runs the extraction and writes <outDir>/graph.json; progress and per-file errors go to stderr. */
export async function runExtract(options: ExtractOptions, io: CliIO): Promise<ExtractOutcome> {
  const ingestProgress = createProgress(io.stderr, { stage: "ingest", unit: "files" });
  // Steps, not articles: one per article, then one per corpus-wide step (merging entities takes seconds on 2,000).
  const extractProgress = createProgress(io.stderr, { stage: "extract", unit: "steps" });
  const { graph, ingested } = await buildGraph(options.inputs, options, {
    filesListed: (total) => ingestProgress.start(total),
    fileDone: (done) => ingestProgress.update(done),
    extractStarted: (ingested, steps) => {
      ingestProgress.stop();
      for (const e of ingested.errors) io.stderr.write(`error: ${e.file}: ${e.message}\n`);
      for (const file of ingested.skipped) io.stderr.write(`skipped: ${file}: unsupported file type (not read)\n`);
      for (const file of ingested.notArticles ?? []) {
        io.stderr.write(
          `skipped: ${file}: not a news article (README, licence or similar; name the file to read it)\n`,
        );
      }
      extractProgress.start(steps);
    },
    extractStep: (done, total, phase) => extractProgress.update(done, total, PHASE_DETAIL[phase]),
  });
  extractProgress.stop();

  // The pipeline's output must be loadable; catching a bad record here points at the pipeline, not the loader.
  try {
    validateGraphData(graph);
  } catch (error) {
    throw new Error(`the extraction produced an invalid graph (a bug in lib/extract): ${errorMessage(error)}`);
  }
  const outFile = await writeGraphFile(options.outDir, graph);

  const failed = ingested.errors.length;
  const files = ingested.files + failed + ingested.skipped.length;
  const skipped = ingested.skipped.length ? `, ${ingested.skipped.length} skipped` : "";
  const summary =
    `${count(files, options.jsonl ? "line" : "file")} (${failed} failed${skipped}), ` +
    `${count(graph.articles.length, "article")} (${count(ingested.duplicatesDropped, "duplicate")} dropped), ` +
    `${count(graph.entities.length, "entity", "entities")}, ${count(graph.relations.length, "relation")} → ${outFile}`;
  return { graph, outFile, failed, summary };
}

/** Checks the positionals shared by `extract` and `ingest` (none with --stdin-jsonl, else at least one). */
export function readInputs(command: string, args: ParsedArgs): string[] {
  if (args.values["stdin-jsonl"]) {
    if (args.positionals.length > 0) {
      throw new UsageError("--stdin-jsonl reads articles from stdin; give no files or folders with it", command);
    }
    return [];
  }
  if (args.positionals.length === 0) throw new UsageError("no input files or folders given", command);
  return args.positionals;
}

/** stdin as lines, when --stdin-jsonl is given. */
export async function readJsonlOption(args: ParsedArgs): Promise<AsyncIterable<string> | undefined> {
  if (!args.values["stdin-jsonl"]) return undefined;
  const { createInterface } = await import("node:readline");
  // The interface is created when reading starts: lines it emitted before a `for await` began would be lost.
  return (async function* lines() {
    yield* createInterface({ input: process.stdin, crlfDelay: Infinity });
  })();
}

export const extractCommand: Command = {
  id: "extract",
  summary: "Read news files and write the graph (articles, entities, relations) to <dir>/graph.json",
  usage: "extract <files or folders…> --out <dir> [--split auto|none] [--dedupe on|off] [--workers <n>]",
  description:
    "Reads every news file given (.txt, .md and .html; folders are searched recursively, and other file types " +
    "and hidden files in them are skipped with a note), " +
    "cuts multi-article files into articles, merges copies of the same article, finds people, organisations, " +
    "places and other entities, resolves them across articles, finds relations with their evidence sentences, " +
    "and writes <dir>/graph.json (the folder is created if missing). The output is deterministic: the same " +
    "input gives the same bytes.\n\n" +
    "A file that cannot be used (empty, binary, not UTF-8, unsupported type, unreadable) is reported as " +
    "`error: <file>: <reason>` and left out; the other files are still extracted and written, and the exit code " +
    "is 1. Progress goes to stderr, the summary line to stdout.",
  options: [
    {
      name: "out",
      short: "o",
      type: "string",
      value: "<dir>",
      description: "Folder to write graph.json into (required; created if missing).",
    },
    ...EXTRACT_OPTIONS,
  ],
  examples: [
    "npm run -s newsgraph -- extract seeds --out graph-data",
    "npm run -s newsgraph -- extract corpus/ more/article.txt --out /tmp/out --split none --dedupe off",
  ],
  async run(args: ParsedArgs, io: CliIO): Promise<ExitCode> {
    const inputs = readInputs(this.id, args);
    const outDir = args.values.out;
    if (typeof outDir !== "string" || outDir === "") throw new UsageError("--out <dir> is required", this.id);
    const flags = readExtractFlags(this.id, args.values);
    const started = performance.now();
    const jsonl = await readJsonlOption(args);
    const outcome = await runExtract({ inputs, outDir, ...flags, jsonl }, io);
    io.stdout.write(`Done in ${duration(performance.now() - started)}: ${outcome.summary}\n`);
    return outcome.failed > 0 ? EXIT.failed : EXIT.ok;
  },
};
