/**
 * Argument parsing and help text, both driven by each command's option list, so what `--help` documents is
 * exactly what the parser accepts. Parsing is node's util.parseArgs in strict mode; its errors become UsageErrors.
 */
import { parseArgs } from "node:util";
import { UsageError, type Command, type OptionSpec, type ParsedArgs } from "./command";

/** Every command accepts -h/--help. */
export const HELP_OPTION: OptionSpec = { name: "help", short: "h", type: "boolean", description: "Show this help." };

export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs {
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = {};
  for (const o of [...command.options, HELP_OPTION]) {
    options[o.name] = o.short ? { type: o.type, short: o.short } : { type: o.type };
  }
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs["values"], positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // parseArgs' messages already name the option; drop its own advice, which suggests `--` for positionals.
    throw new UsageError(message.replace(/\s*To specify a positional argument.*$/s, "").replace(/\.$/, ""), command.id);
  }
}

/** The value of a string option that must be one of `choices` (or its default when absent). */
export function choiceOption<T extends string>(
  command: string,
  values: ParsedArgs["values"],
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const raw = values[name];
  if (raw === undefined) return fallback;
  if (typeof raw === "string" && (choices as readonly string[]).includes(raw)) return raw as T;
  throw new UsageError(`--${name} must be one of ${choices.join(", ")}; got ${JSON.stringify(raw)}`, command);
}

/** The value of a positive-integer option (or its default when absent). */
export function positiveIntOption(
  command: string,
  values: ParsedArgs["values"],
  name: string,
  fallback: number,
): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = typeof raw === "string" && /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new UsageError(`--${name} must be a whole number of at least 1; got ${JSON.stringify(raw)}`, command);
  }
  return n;
}

function optionLabel(o: OptionSpec): string {
  const long = `--${o.name}${o.value ? ` ${o.value}` : ""}`;
  return o.short ? `-${o.short}, ${long}` : `    ${long}`;
}

/** Word-wraps `text` to `width` columns, indenting continuation lines by `indent` spaces. */
function wrap(text: string, width: number, indent: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join(`\n${" ".repeat(indent)}`);
}

/** The full help of one command: synopsis, description, options with defaults, examples. */
export function renderCommandHelp(command: Command, program = "newsgraph"): string {
  const options = [...command.options, HELP_OPTION];
  const labels = options.map(optionLabel);
  const column = Math.max(...labels.map((l) => l.length)) + 4;
  const optionLines = options.map((o, i) => {
    const text = o.description + (o.defaultText ? ` (default: ${o.defaultText})` : "");
    return `  ${labels[i].padEnd(column)}${wrap(text, Math.max(40, 100 - column), column + 2)}`;
  });
  return [
    `Usage: ${program} ${command.usage}`,
    "",
    ...command.description.split("\n\n").flatMap((p) => [wrap(p, 100, 0), ""]),
    "Options:",
    ...optionLines,
    "",
    "Examples:",
    ...command.examples.map((e) => `  ${e}`),
    "",
  ].join("\n");
}
