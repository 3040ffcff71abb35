/**
 * What a CLI command is (the registry's entry type), the streams it writes to, and the exit codes every command
 * shares. Commands return an exit code instead of calling process.exit, so `main.ts` can close resources first.
 */

/** Exit codes, documented in `newsgraph --help`. */
export const EXIT = {
  ok: 0,
  /** Some input could not be used (a file failed, graph.json is malformed or invalid), or an unexpected error. */
  failed: 1,
  /** The command line itself is wrong: unknown command or option, bad value, missing argument. */
  usage: 2,
  /** The database could not be reached. */
  databaseUnavailable: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A stream the CLI writes to; `isTTY` decides between a progress bar and plain progress lines. */
export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Progress and diagnostics go to stderr, the summary to stdout (so `newsgraph extract … > summary.txt` works). */
export interface CliIO {
  stdout: OutStream;
  stderr: OutStream;
}

/** One option as `util.parseArgs` wants it, plus what `--help` shows. */
export interface OptionSpec {
  name: string;
  type: "string" | "boolean";
  short?: string;
  /** Placeholder for the value in help, e.g. "<dir>" or "auto|none". */
  value?: string;
  description: string;
  /** Shown as "(default: …)". */
  defaultText?: string;
}

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

export interface Command {
  id: string;
  /** One line for the command list. */
  summary: string;
  /** Synopsis, e.g. "extract <files or folders…> --out <dir> [options]". */
  usage: string;
  /** Paragraphs shown under the synopsis in `help <command>`. */
  description: string;
  options: OptionSpec[];
  examples: string[];
  run(args: ParsedArgs, io: CliIO): Promise<ExitCode>;
}

/** A mistake on the command line: printed with a hint to use --help, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help the hint points to, when known. */
    readonly command?: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

/** An expected failure with a message that says what to do (missing file, …): one line, exit code 1. */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CommandError";
  }
}
