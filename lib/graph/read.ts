/**
 * Reading graph.json: JSON parsing with a readable position on syntax errors (line and column, not only a byte
 * offset), then validation. Used by the CLI's `load` and anyone else who takes a graph.json from disk.
 */
import { readFile } from "node:fs/promises";
import { validateGraphData } from "./validate";
import type { GraphData } from "./types";

/** graph.json is not valid JSON; `line`/`column` are 1-based when the parser reported a position. */
export class GraphParseError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
    readonly column: number | null,
  ) {
    super(message);
    this.name = "GraphParseError";
  }
}

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_RE = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/**
 * Offset of the first JSON syntax error in `text`, or null if it parses. Only used after JSON.parse failed
 * without saying where (V8 omits the position for "Unexpected token" errors).
 */
export function findJsonErrorOffset(text: string): number | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const match = (re: RegExp) => {
    re.lastIndex = i;
    if (!re.test(text)) throw i;
    i = re.lastIndex;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === "{") {
          ws();
          match(STRING_RE);
          ws();
          if (text[i] !== ":") throw i;
          i++;
        }
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === close) return void i++;
        else throw i;
      }
    }
    if (c === '"') return match(STRING_RE);
    for (const word of ["true", "false", "null"]) if (text.startsWith(word, i)) return void (i += word.length);
    match(NUMBER_RE);
  };
  try {
    value();
    ws();
    return i < text.length ? i : null;
  } catch (offset) {
    if (typeof offset === "number") return offset;
    throw offset;
  }
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  return { line, column: position - before.lastIndexOf("\n") };
}

/** Parses JSON text; a syntax error becomes a GraphParseError naming `label` and the line and column. */
export function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // V8 reports "... at position 123" (and, on newer versions, "(line 4 column 7)"); the position is reliable.
    const match = /at position (\d+)/.exec(reason);
    const position = match ? Number(match[1]) : findJsonErrorOffset(text);
    if (position === null || text.trim() === "") {
      const empty = text.trim() === "";
      throw new GraphParseError(`${label}: not valid JSON: ${empty ? "the file is empty" : reason}`, null, null);
    }
    const { line, column } = lineAndColumn(text, position);
    // Drop V8's position and its quoted excerpt of the text (which can be long); we give line:column instead.
    const short = reason.replace(/\s*(?:in JSON )?at position \d+.*$|, (?:\.\.\.)?".*" is not valid JSON$/s, "");
    throw new GraphParseError(`${label}:${line}:${column}: not valid JSON: ${short}`, line, column);
  }
}

/** Reads, parses and validates a graph.json file. Throws GraphParseError or GraphValidationError. */
export async function readGraphFile(path: string): Promise<GraphData> {
  const text = await readFile(path, "utf8");
  return validateGraphData(parseJson(text, path));
}
