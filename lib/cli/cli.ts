/**
 * The CLI's dispatcher: finds the command, parses its arguments, runs it, and turns every expected failure into
 * one `error: …` line and an exit code (see EXIT). Stack traces are only for the unexpected, and only when
 * NEWSGRAPH_DEBUG is set. Resources (the Neo4j driver) are closed by main.ts, whatever happens here.
 */
import { DatabaseUnavailableError, GraphStoreError, InvalidGraphDataError } from "../neo4j/errors";
import { GraphParseError } from "../graph/read";
import { GraphValidationError } from "../graph/validate";
import { parseCommandArgs, renderCommandHelp } from "./args";
import { CommandError, EXIT, UsageError, type CliIO, type ExitCode } from "./command";
import { COMMANDS, findCommand } from "./commands/index";
import { errorMessage } from "./format";

export const PROGRAM = "newsgraph";

/** `newsgraph --help`: every command with its summary, the exit codes, where to read more. */
export function renderOverview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.id.length)) + 4;
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    "",
    "Builds a knowledge graph from news files: articles → entities → relations → graph.json → Neo4j.",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.id.padEnd(width)}${c.summary}`),
    `  ${"help".padEnd(width)}Show the help of a command: ${PROGRAM} help <command>`,
    "",
    "Every command accepts -h/--help. Run from the repository as: npm run -s newsgraph -- <command> …",
    "",
    "Exit codes:",
    `  ${EXIT.ok}  success`,
    `  ${EXIT.failed}  some input could not be used (a file failed, graph.json is malformed or invalid)`,
    `  ${EXIT.usage}  wrong command line (unknown command or option, bad value, missing argument)`,
    `  ${EXIT.databaseUnavailable}  the database could not be reached (start it with: npm run db:start)`,
    "",
    "Synopsis:",
    ...COMMANDS.map((c) => `  ${PROGRAM} ${c.usage}`),
    "",
  ].join("\n");
}

function usageHint(command?: string): string {
  return command ? `Run '${PROGRAM} ${command} --help' for usage.` : `Run '${PROGRAM} --help' for usage.`;
}

/** Maps an error thrown by a command to its message line(s) and exit code. */
export function describeFailure(error: unknown): { lines: string[]; code: ExitCode } {
  if (error instanceof UsageError)
    return { lines: [`error: ${error.message}`, usageHint(error.command)], code: EXIT.usage };
  if (error instanceof DatabaseUnavailableError) {
    const hint = error.message.includes("db:start") ? "" : " Start a local database with `npm run db:start`.";
    return { lines: [`error: ${error.message}${hint}`], code: EXIT.databaseUnavailable };
  }
  if (
    error instanceof CommandError ||
    error instanceof GraphParseError ||
    error instanceof GraphValidationError ||
    error instanceof InvalidGraphDataError ||
    error instanceof GraphStoreError
  ) {
    return { lines: [`error: ${error.message}`], code: EXIT.failed };
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === "string" && /^E[A-Z]+$/.test(code)) {
    // File-system errors (EACCES, ENOSPC, …): the message names the path and the reason.
    return { lines: [`error: ${errorMessage(error)}`], code: EXIT.failed };
  }
  const debug = process.env.NEWSGRAPH_DEBUG;
  const stack = error instanceof Error && error.stack && debug ? [error.stack] : [];
  const hint = debug ? [] : ["(set NEWSGRAPH_DEBUG=1 to see the stack trace)"];
  return { lines: [`error: ${errorMessage(error)}`, ...stack, ...hint], code: EXIT.failed };
}

/** Runs the command line `argv` (without node and the script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<ExitCode> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h") {
    (first === undefined ? io.stderr : io.stdout).write(renderOverview());
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === "help") {
    if (rest.length === 0) {
      io.stdout.write(renderOverview());
      return EXIT.ok;
    }
    const command = findCommand(rest[0]);
    if (!command) return fail(io, new UsageError(`unknown command "${rest[0]}"; commands: ${commandList()}`));
    io.stdout.write(renderCommandHelp(command, PROGRAM));
    return EXIT.ok;
  }
  const command = findCommand(first);
  if (!command) {
    const what = first.startsWith("-") ? `unknown option "${first}" before the command` : `unknown command "${first}"`;
    return fail(io, new UsageError(`${what}; commands: ${commandList()}`));
  }
  try {
    const args = parseCommandArgs(command, rest);
    if (args.values.help) {
      io.stdout.write(renderCommandHelp(command, PROGRAM));
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (error) {
    return fail(io, error);
  }
}

function commandList(): string {
  return COMMANDS.map((c) => c.id).join(", ");
}

function fail(io: CliIO, error: unknown): ExitCode {
  const { lines, code } = describeFailure(error);
  io.stderr.write(lines.join("\n") + "\n");
  return code;
}
