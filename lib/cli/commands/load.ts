/**
 * `newsgraph load`: graph.json → Neo4j. The file is parsed and validated completely before anything is written,
 * so a malformed or invalid file is refused with its first bad record named and the database stays as it was.
 * The Neo4j modules are imported lazily so that `extract` and `--help` never load the driver.
 */
import { readFile } from "node:fs/promises";
import { parseJson } from "../../graph/read";
import { validateGraphData } from "../../graph/validate";
import type { GraphData } from "../../graph/types";
import { positiveIntOption } from "../args";
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
import { count, duration } from "../format";
import { openDatabase } from "../database";
import { createProgress, type Progress } from "../progress";
import type { LoadPhase, LoadSummary } from "../../neo4j/load";

export const DEFAULT_GRAPH_FILE = "graph-data/graph.json";

export const BATCH_SIZE_OPTION: OptionSpec = {
  name: "batch-size",
  type: "string",
  value: "<n>",
  description:
    "Rows (articles, mentions, evidence statements) per write transaction; an article is never split across " +
    "transactions. Larger is faster, smaller uses less memory on the server.",
  defaultText: "5000",
};

/** Reads the --batch-size option (undefined: the loader's default). */
export function readBatchSize(command: string, values: ParsedArgs["values"]): number | undefined {
  return values["batch-size"] === undefined ? undefined : positiveIntOption(command, values, "batch-size", 1);
}

/** Reads, parses and validates a graph.json file with messages that say what to do. */
export async function readGraphForLoad(file: string): Promise<GraphData> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      throw new CommandError(
        `${file}: no such file. Create it with \`npm run -s newsgraph -- extract <files or folders…> --out <dir>\`.`,
      );
    }
    if (code === "EISDIR") throw new CommandError(`${file}: is a folder; give the path of a graph.json file`);
    throw error;
  }
  const data = validateGraphData(parseJson(text, file));
  return data;
}

/** What each loader phase counts ("counts" recomputes the mention counts of entities). */
const PHASE_UNITS: Partial<Record<LoadPhase, string>> = {
  entities: "entities",
  articles: "articles",
  relations: "relations",
  counts: "entities",
};

/** Loads `data` (the loader ensures the schema first); returns the one-line summary without "Done in". */
export async function runLoad(data: GraphData, batchSize: number | undefined, io: CliIO): Promise<string> {
  const { loadGraph } = await openDatabase();
  let phase: LoadPhase | null = null;
  let progress: Progress | null = null;
  let summary: LoadSummary;
  try {
    summary = await loadGraph(data, {
      ...(batchSize === undefined ? {} : { batchSize }),
      onProgress: (done, total, next) => {
        if (next !== phase) {
          progress?.stop();
          phase = next;
          progress = createProgress(io.stderr, { stage: `load ${next}`, unit: PHASE_UNITS[next] ?? "records" });
          progress.start(total);
        }
        progress?.update(done, total);
      },
    });
  } finally {
    (progress as Progress | null)?.stop();
  }
  return formatLoadSummary(summary);
}

const SUMMARY_PARTS: { key: keyof Omit<LoadSummary, "transactions" | "elapsedMs">; one: string; many: string }[] = [
  { key: "articles", one: "article", many: "articles" },
  { key: "entities", one: "entity", many: "entities" },
  { key: "relations", one: "relation", many: "relations" },
  { key: "mentions", one: "mention", many: "mentions" },
  { key: "statements", one: "evidence statement", many: "evidence statements" },
];

/** "13 articles (13 created, 0 updated), 120 entities (…), …, in 3 transactions". */
export function formatLoadSummary(summary: LoadSummary): string {
  const parts = SUMMARY_PARTS.map(({ key, one, many }) => {
    const { created, updated } = summary[key];
    return `${count(created + updated, one, many)} (${created.toLocaleString("en-US")} created, ${updated.toLocaleString("en-US")} updated)`;
  });
  return `${parts.join(", ")} in ${count(summary.transactions, "transaction")}`;
}

export const loadCommand: Command = {
  id: "load",
  summary: "Load a graph.json into Neo4j (validated first; loading twice changes nothing)",
  usage: `load [graph.json] [--batch-size <n>]`,
  description:
    `Reads the graph file (default ${DEFAULT_GRAPH_FILE}), checks it completely — a malformed file is refused ` +
    "with the line and column of the syntax error, an invalid one with its first bad record — then creates the " +
    "database's constraints and indexes if missing and writes articles, entities, mentions and relations. " +
    "Loading is idempotent: records are matched by id, so loading the same file twice creates nothing new, and " +
    "loading a new file adds to (and updates) what is already stored.\n\n" +
    "Connection settings come from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE (defaults: " +
    "bolt://127.0.0.1:7687, neo4j, the development password, neo4j). If the database cannot be reached the " +
    "command prints one line saying how to start it (`npm run db:start`) and exits with code 3.",
  options: [BATCH_SIZE_OPTION],
  examples: [
    "npm run -s newsgraph -- load",
    "npm run -s newsgraph -- load /tmp/out/graph.json --batch-size 2000",
    "NEO4J_URI=bolt://db.example:7687 npm run -s newsgraph -- load",
  ],
  async run(args: ParsedArgs, io: CliIO): Promise<ExitCode> {
    if (args.positionals.length > 1) {
      throw new UsageError(`load takes one graph file, got ${args.positionals.length}`, this.id);
    }
    const file = args.positionals[0] ?? DEFAULT_GRAPH_FILE;
    const batchSize = readBatchSize(this.id, args.values);
    const started = performance.now();
    const data = await readGraphForLoad(file);
    const summary = await runLoad(data, batchSize, io);
    io.stdout.write(`Done in ${duration(performance.now() - started)}: loaded ${file}: ${summary}\n`);
    return EXIT.ok;
  },
};
