/**
 * `newsgraph corrections export|import FILE`: the curation records (merges, alias splits, type changes, rejected
 * relations; lib/neo4j/curation.ts) as one JSON file, to back them up or carry them to another database. Import
 * validates the whole file before storing anything, skips records already stored, and applies the others.
 */
import { readFile, writeFile } from "node:fs/promises";
import { z } from "zod";
import { parseJson } from "../../graph/read";
import { CommandError, EXIT, UsageError, type CliIO, type Command, type ExitCode, type ParsedArgs } from "../command";
import { openCuration } from "../database";

const ACTIONS = ["export", "import"] as const;

async function runExport(file: string | undefined, io: CliIO): Promise<ExitCode> {
  const { exportCorrections } = await openCuration();
  const data = await exportCorrections();
  const text = `${JSON.stringify(data, null, 2)}\n`;
  if (file === undefined || file === "-") {
    io.stdout.write(text);
    return EXIT.ok;
  }
  await writeFile(file, text, "utf8");
  io.stdout.write(`Exported ${data.corrections.length} corrections to ${file}\n`);
  return EXIT.ok;
}

async function runImport(file: string, io: CliIO): Promise<ExitCode> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new CommandError(`${file}: no such file. Create one with \`newsgraph corrections export ${file}\`.`);
    }
    throw error;
  }
  const json = parseJson(text, file);
  const { importCorrections } = await openCuration();
  try {
    const { imported, skipped } = await importCorrections(json);
    io.stdout.write(`Imported ${imported} corrections from ${file} (${skipped} already stored, skipped)\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof z.ZodError) {
      const first = error.issues[0];
      throw new CommandError(
        `${file} is not a corrections file, nothing was imported: ${first.path.join(".") || "file"}: ${first.message}`,
      );
    }
    throw error;
  }
}

export const correctionsCommand: Command = {
  id: "corrections",
  summary: "Export or import the stored corrections (merges, splits, type changes, rejected relations) as JSON",
  usage: "corrections export [FILE] | corrections import FILE",
  description:
    "Corrections are made in the app (entity and edge panels) and stored in Neo4j as curation records with who, " +
    "when and why; every load and ingest applies them again. `export` writes them all (undone ones flagged) to " +
    "FILE, or to stdout without one. `import` checks the whole file first (nothing is stored for an invalid " +
    "file), skips records whose id is already stored, stores the others and applies those not undone.",
  options: [],
  examples: [
    "npm run -s newsgraph -- corrections export corrections.json",
    "npm run -s newsgraph -- corrections import corrections.json",
  ],
  async run(args: ParsedArgs, io: CliIO): Promise<ExitCode> {
    const [action, file, ...extra] = args.positionals;
    if (!ACTIONS.includes(action as (typeof ACTIONS)[number])) {
      throw new UsageError(`corrections needs an action: export or import (got ${action ?? "none"})`, this.id);
    }
    if (extra.length > 0) throw new UsageError(`corrections ${action} takes one file`, this.id);
    if (action === "export") return runExport(file, io);
    if (file === undefined) throw new UsageError("corrections import needs the FILE to read", this.id);
    return runImport(file, io);
  },
};
