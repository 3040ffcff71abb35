/**
 * `newsgraph ingest`: incremental extract-and-load (lib/pipeline/ingest-run.ts). Articles already stored with the
 * same content hash are skipped, new and changed ones are extracted, resolved against the stored entities and
 * loaded, and what changed articles left behind is removed. The graph to load is written to <out>/graph.json
 * first (so a load problem never loses the extraction); if the database cannot be reached at all, the whole
 * input is extracted to graph.json as `extract` would, and the exit code is 3.
 */
import { EXIT, UsageError, type CliIO, type Command, type ExitCode, type ParsedArgs } from "../command";
import { count, duration } from "../format";
import { createProgress, type Progress } from "../progress";
import { openDatabase } from "../database";
import { DatabaseUnavailableError } from "../../neo4j/errors";
import { EXTRACT_OPTIONS, readExtractFlags, readInputs, readJsonlOption, runExtract } from "./extract";
import { BATCH_SIZE_OPTION, formatLoadSummary, readBatchSize } from "./load";
import type { IngestEvent, IngestSource } from "../../pipeline/ingest-run";

const DEFAULT_OUT = "graph-data";

export const ingestCommand: Command = {
  id: "ingest",
  summary: "Extract and load only new or changed articles; their entities resolve against the stored ones",
  usage:
    "ingest <files or folders…> [--out <dir>] [--split auto|none] [--dedupe on|off] [--workers <n>] " +
    "[--batch-size <n>] [--stdin-jsonl]",
  description:
    "Reads the files (as `extract` does, see `newsgraph help extract`) and compares every article with the " +
    "database by content hash: unchanged articles are skipped, new and changed ones are extracted, their " +
    'entities resolved against the entities already stored (a new "Putin" joins the stored Vladimir Putin, ' +
    "with the same precision-first rules as within a corpus), and loaded. A changed article (a re-read file " +
    "now holds different text) replaces its old version: the old mentions and evidence are removed and counts " +
    'recomputed. The last line says what happened: "2,058 unchanged, 3 new, 1 changed". Stored corrections ' +
    "are re-applied after every ingest.\n\n" +
    "The graph being loaded is written to <out>/graph.json first. Files that fail are reported and left out; " +
    "the rest is still loaded, and the exit code is 1. If the database cannot be reached, the whole input is " +
    "extracted to graph.json and the exit code is 3.",
  options: [
    {
      name: "out",
      short: "o",
      type: "string",
      value: "<dir>",
      description: "Folder to write graph.json (the articles being loaded) into (created if missing).",
      defaultText: DEFAULT_OUT,
    },
    ...EXTRACT_OPTIONS,
    BATCH_SIZE_OPTION,
  ],
  examples: [
    "npm run -s newsgraph -- ingest seeds",
    "npm run -s newsgraph -- ingest corpus/ --out /tmp/out --batch-size 2000",
    "my-feed --jsonl | npm run -s newsgraph -- ingest --stdin-jsonl",
  ],
  async run(args: ParsedArgs, io: CliIO): Promise<ExitCode> {
    const inputs = readInputs(this.id, args);
    const outDir = args.values.out ?? DEFAULT_OUT;
    if (typeof outDir !== "string" || outDir === "") throw new UsageError("--out needs a folder", this.id);
    const flags = readExtractFlags(this.id, args.values);
    const batchSize = readBatchSize(this.id, args.values);
    const started = performance.now();
    const jsonl = await readJsonlOption(args);

    await openDatabase(); // marks the driver for closing at exit
    const store = await import("../../neo4j/incremental");
    const { entityLookupKeys } = await import("../../extract/resolve/stored");
    try {
      await store.ensureIncrementalSchema(entityLookupKeys);
    } catch (error) {
      if (!(error instanceof DatabaseUnavailableError)) throw error;
      // No store to compare with: keep the extraction, as before incremental ingest.
      const extracted = await runExtract({ inputs, outDir, ...flags, jsonl }, io);
      io.stdout.write(`Extracted in ${duration(performance.now() - started)}: ${extracted.summary}\n`);
      throw error;
    }

    const { runIngest } = await import("../../pipeline/ingest-run");
    const { writeGraphFile } = await import("./extract");
    const source: IngestSource = jsonl ? { kind: "jsonl", lines: jsonl } : { kind: "paths", paths: inputs };
    const bars = progressBars(io);
    let loadStarted = performance.now();
    const summary = await runIngest(source, {
      ...flags,
      ...(batchSize === undefined ? {} : { batchSize }),
      onEvent: bars.onEvent,
      beforeLoad: async (graph) => {
        bars.stop();
        const outFile = await writeGraphFile(outDir, graph);
        io.stdout.write(
          `Extracted in ${duration(performance.now() - started)}: ${count(graph.articles.length, "article")} to ` +
            `load, ${count(graph.entities.length, "entity", "entities")}, ` +
            `${count(graph.relations.length, "relation")} → ${outFile}\n`,
        );
        loadStarted = performance.now();
      },
    });
    bars.stop();
    for (const r of summary.refused)
      io.stderr.write(`${r.kind === "error" ? "error" : "skipped"}: ${r.file}: ${r.reason}\n`);
    if (summary.load) {
      io.stdout.write(`Loaded in ${duration(performance.now() - loadStarted)}: ${formatLoadSummary(summary.load)}\n`);
      io.stdout.write(
        `Entities: ${summary.newEntities.length.toLocaleString("en-US")} new, ` +
          `${summary.joinedEntities.toLocaleString("en-US")} stored ones gained mentions\n`,
      );
    }
    io.stdout.write(`Ingested in ${duration(performance.now() - started)}: ${summary.message}\n`);
    return summary.refused.some((r) => r.kind === "error") ? EXIT.failed : EXIT.ok;
  },
};

/** Progress on stderr: files read, articles extracted, then each loader phase. */
function progressBars(io: CliIO): { onEvent: (e: IngestEvent) => void; stop: () => void } {
  let current: Progress | null = null;
  let stage = "";
  const switchTo = (name: string, unit: string, total: number | null) => {
    if (stage === name) return;
    current?.stop();
    stage = name;
    current = createProgress(io.stderr, { stage: name, unit });
    current.start(total);
  };
  return {
    onEvent(e) {
      if (e.kind === "listed") switchTo("ingest", "files", e.total);
      else if (e.kind === "file") {
        switchTo("ingest", "files", e.total);
        current?.update(e.done, e.total);
      } else if (e.kind === "extract") {
        switchTo("extract", "articles", e.total);
        current?.update(e.done, e.total);
      } else if (e.kind === "load") {
        switchTo(`load ${e.phase}`, e.phase, e.total);
        current?.update(e.done, e.total);
      }
    },
    stop() {
      current?.stop();
      current = null;
      stage = "";
    },
  };
}
