/**
 * `newsgraph ingest`: extract then load in one go. The graph file is written first (so a database problem never
 * loses the extraction), then loaded; the exit code is the worse of the two steps.
 */
import { EXIT, UsageError, type CliIO, type Command, type ExitCode, type ParsedArgs } from "../command";
import { duration } from "../format";
import { EXTRACT_OPTIONS, readExtractFlags, readInputs, readJsonlOption, runExtract } from "./extract";
import { BATCH_SIZE_OPTION, readBatchSize, runLoad } from "./load";

const DEFAULT_OUT = "graph-data";

export const ingestCommand: Command = {
  id: "ingest",
  summary: "Extract news files to <dir>/graph.json, then load that graph into Neo4j",
  usage: "ingest <files or folders…> [--out <dir>] [--split auto|none] [--dedupe on|off] [--batch-size <n>]",
  description:
    "Does `extract` (see `newsgraph help extract`) and then `load` of the file it wrote (see `newsgraph help " +
    "load`). Files that fail are reported and left out; the rest is still written and loaded, and the exit " +
    "code is 1. If the database cannot be reached, graph.json is still written and the exit code is 3.",
  options: [
    {
      name: "out",
      short: "o",
      type: "string",
      value: "<dir>",
      description: "Folder to write graph.json into (created if missing).",
      defaultText: DEFAULT_OUT,
    },
    ...EXTRACT_OPTIONS,
    BATCH_SIZE_OPTION,
  ],
  examples: [
    "npm run -s newsgraph -- ingest seeds",
    "npm run -s newsgraph -- ingest corpus/ --out /tmp/out --batch-size 2000",
  ],
  async run(args: ParsedArgs, io: CliIO): Promise<ExitCode> {
    const inputs = readInputs(this.id, args);
    const outDir = args.values.out ?? DEFAULT_OUT;
    if (typeof outDir !== "string" || outDir === "") throw new UsageError("--out needs a folder", this.id);
    const flags = readExtractFlags(this.id, args.values);
    const batchSize = readBatchSize(this.id, args.values);
    const started = performance.now();
    const jsonl = await readJsonlOption(args);
    const extracted = await runExtract({ inputs, outDir, ...flags, jsonl }, io);
    io.stdout.write(`Extracted in ${duration(performance.now() - started)}: ${extracted.summary}\n`);
    const loadStarted = performance.now();
    const loaded = await runLoad(extracted.graph, batchSize, io);
    io.stdout.write(`Loaded in ${duration(performance.now() - loadStarted)}: ${loaded}\n`);
    return extracted.failed > 0 ? EXIT.failed : EXIT.ok;
  },
};
