/**
 * Pure pre-check for the read-only Cypher console. It decides nothing the server's plan could decide better (that
 * is cypher-plan.ts): it gives clear, early messages for what is plainly not a console query (LOAD CSV, IN
 * TRANSACTIONS, administration commands, dbms.* procedures, several statements) and refuses what must never reach
 * the server at all: over-long text and nesting deep enough to overflow the server's parser stack.
 *
 * It reads the query with Cypher's own lexical rules: Cypher's whitespace set (wider than JavaScript's `\s`, e.g.
 * U+001C–U+001F and U+0085), comments, string literals and backticked names are tokens of their own, and a keyword
 * only counts where Cypher would read it as one (`WITH 1 AS load …`, `n.show`, `{use: 1}` are names). The scan never
 * rewrites what is run: apart from a trailing `;`, the user's text goes to the server unchanged.
 */

export const MAX_QUERY_LENGTH = 10_000;
/** Brackets plus chained operators (see nestingDepth); the server's parser overflowed its stack at about 500. */
export const MAX_NESTING_DEPTH = 200;
/**
 * Product of the sizes of all range() calls whose bounds are literals or parameters. Neo4j does not check for
 * termination while it evaluates a pure expression (`reduce(s = 0, x IN range(1, 3000000000) | s + x)` ran 80 s
 * after TERMINATE TRANSACTION), so a list that big must not start. 10^8 elements take the server about 3 s.
 */
export const MAX_RANGE_PRODUCT = 100_000_000;

export type ScanResult = { ok: true; query: string } | { ok: false; reason: string };

/**
 * Cypher's whitespace (the SPACE rule of Neo4j 5's Cypher lexer): tab, LF, VT, FF, CR, the four information
 * separators U+001C–U+001F, space, NEL, NBSP, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
 */
const CYPHER_SPACE = /[\u0009-\u000d\u001c-\u001f\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

export function isCypherSpace(c: string): boolean {
  return CYPHER_SPACE.test(c);
}

const IDENT_START = /[\p{ID_Start}\p{Pc}$]/u;
const IDENT_PART = /[\p{ID_Continue}\p{Sc}$]/u;

export type TokenKind = "word" | "name" | "string" | "number" | "param" | "punct";

export interface Token {
  kind: TokenKind;
  /** Upper-cased for words, the unquoted name for backticked names, the character(s) for punctuation. */
  text: string;
  start: number;
}

/**
 * Splits a query into tokens, skipping whitespace and comments. Unterminated strings, names or comments swallow
 * the rest of the text, as the server's lexer would (it then reports the syntax error).
 */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  const n = query.length;
  let i = 0;
  while (i < n) {
    const c = query[i];
    const next = query[i + 1];
    if (isCypherSpace(c)) {
      i += 1;
    } else if (c === "/" && next === "/") {
      // A line comment ends at a line break (LF, CR, or the Unicode line/paragraph separators).
      let j = i + 2;
      while (j < n && !/[\n\r\u2028\u2029]/.test(query[j])) j += 1;
      i = j;
    } else if (c === "/" && next === "*") {
      const close = query.indexOf("*/", i + 2);
      i = close === -1 ? n : close + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < n && query[j] !== c) j += query[j] === "\\" ? 2 : 1;
      tokens.push({ kind: "string", text: "", start: i });
      i = Math.min(j, n) + 1;
    } else if (c === "`") {
      // `` inside a backticked name is an escaped backtick.
      let j = i + 1;
      let name = "";
      while (j < n) {
        if (query[j] === "`") {
          if (query[j + 1] === "`") {
            name += "`";
            j += 2;
            continue;
          }
          break;
        }
        name += query[j];
        j += 1;
      }
      tokens.push({ kind: "name", text: name, start: i });
      i = j + 1;
    } else if (c === "$") {
      let j = i + 1;
      while (j < n && IDENT_PART.test(query[j])) j += 1;
      tokens.push({ kind: "param", text: query.slice(i, j), start: i });
      i = j;
    } else if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (j < n && /[0-9a-zA-Z_.]/.test(query[j]) && !(query[j] === "." && query[j + 1] === ".")) j += 1;
      tokens.push({ kind: "number", text: query.slice(i, j), start: i });
      i = j;
    } else if (IDENT_START.test(c)) {
      let j = i + 1;
      while (j < n && IDENT_PART.test(query[j])) j += 1;
      tokens.push({ kind: "word", text: query.slice(i, j).toUpperCase(), start: i });
      i = j;
    } else {
      const two = query.slice(i, i + 2);
      const text = two === "::" ? "::" : c;
      tokens.push({ kind: "punct", text, start: i });
      i += text.length;
    }
  }
  return tokens;
}

/** True when the word at `k` is a keyword, not a name: not after `.`, `:` or `$`, not `AS x`, not a map key. */
function isKeywordAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind !== "word") return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (prev && prev.kind === "punct" && (prev.text === "." || prev.text === ":")) return false;
  if (prev && prev.kind === "word" && prev.text === "AS") return false;
  if (next && next.kind === "punct" && next.text === ":") return false;
  return true;
}

function wordIs(tokens: Token[], k: number, ...words: string[]): boolean {
  const t = tokens[k];
  return !!t && t.kind === "word" && words.includes(t.text);
}

/** Leading keywords of commands the console never runs. */
const ADMIN_LEADS = new Set([
  "SHOW",
  "TERMINATE",
  "GRANT",
  "DENY",
  "REVOKE",
  "ALTER",
  "RENAME",
  "START",
  "STOP",
  "ENABLE",
  "DEALLOCATE",
  "REALLOCATE",
  "DRYRUN",
]);

/** Index of the first token after optional `CYPHER 5 runtime=slotted …` options. */
function statementStart(tokens: Token[]): number {
  if (!wordIs(tokens, 0, "CYPHER")) return 0;
  let k = 1;
  while (k < tokens.length) {
    if (tokens[k].kind === "number") k += 1;
    else if (tokens[k + 1]?.kind === "punct" && tokens[k + 1].text === "=") k += 3;
    else break;
  }
  return k;
}

const OPERATOR_PUNCT = new Set([".", "+", "-", "*", "/", "%", "^", "=", "<", ">", "!", "|", "&", "~"]);
const OPERATOR_WORDS = new Set(["AND", "OR", "XOR", "NOT", "IN", "IS", "CONTAINS", "STARTS", "ENDS"]);
/** Words after which a new expression starts: the operator chain before them is complete. */
const CHAIN_BREAKS = new Set([
  "RETURN",
  "WITH",
  "WHERE",
  "MATCH",
  "OPTIONAL",
  "UNWIND",
  "ORDER",
  "SKIP",
  "LIMIT",
  "CALL",
  "YIELD",
  "UNION",
  "CASE",
  "WHEN",
  "THEN",
  "ELSE",
  "END",
  "AS",
]);

/**
 * How deep the server's parser has to recurse: open brackets plus the operators chained at each open level
 * (`a.b.c…`, `x AND y AND …`, `NOT NOT …`; a `,` or a clause word ends a chain). Neo4j's parser overflowed its
 * stack, and then held the connection for 120 s, at about 600 brackets and at 500 chained property accesses.
 */
export function nestingDepth(tokens: Token[]): number {
  const chains = [0];
  let chained = 0;
  let max = 0;
  for (const t of tokens) {
    if (t.kind === "punct" && "([{".includes(t.text)) {
      chains.push(0);
    } else if (t.kind === "punct" && ")]}".includes(t.text)) {
      if (chains.length > 1) chained -= chains.pop()!;
    } else if (
      (t.kind === "punct" && OPERATOR_PUNCT.has(t.text)) ||
      (t.kind === "word" && OPERATOR_WORDS.has(t.text))
    ) {
      chains[chains.length - 1] += 1;
      chained += 1;
    } else if ((t.kind === "punct" && t.text === ",") || (t.kind === "word" && CHAIN_BREAKS.has(t.text))) {
      chained -= chains[chains.length - 1];
      chains[chains.length - 1] = 0;
    }
    max = Math.max(max, chains.length - 1 + chained);
  }
  return max;
}

/** The first lexical reason to refuse, or null. */
function lexicalRefusal(tokens: Token[]): string | null {
  const first = statementStart(tokens);
  const lead = tokens[first];
  if (lead?.kind === "word") {
    if (ADMIN_LEADS.has(lead.text)) return `Administration commands (${lead.text} …) are not allowed in the console.`;
    if (lead.text === "USE") return "USE is not allowed in the console: it always queries the Newsgraph database.";
    if (lead.text === "PROFILE" || lead.text === "EXPLAIN") {
      return `${lead.text} is not supported in the console: run the query without it.`;
    }
  }
  for (let k = 0; k < tokens.length; k++) {
    if (!isKeywordAt(tokens, k)) continue;
    const t = tokens[k].text;
    if (t === "LOAD" && wordIs(tokens, k + 1, "CSV")) {
      return "LOAD CSV is not allowed in the console: it reads files and URLs from the database server.";
    }
    if (t === "IN" && tokens[k - 1]?.kind === "punct" && tokens[k - 1].text === "}") {
      let j = k + 1;
      if (tokens[j]?.kind === "number" || tokens[j]?.kind === "param") j += 1;
      if (wordIs(tokens, j, "CONCURRENT")) j += 1;
      if (wordIs(tokens, j, "TRANSACTIONS")) {
        return "CALL { … } IN TRANSACTIONS is not allowed in the console: it commits batches outside the read-only transaction.";
      }
    }
    if (t === "CALL") {
      const target = tokens[k + 1];
      const dot = tokens[k + 2];
      const isDbms =
        target && (target.kind === "word" || target.kind === "name") && target.text.toUpperCase() === "DBMS";
      if (isDbms && dot?.kind === "punct" && dot.text === ".") {
        return "dbms.* procedures are not allowed in the console: they administer the database server.";
      }
    }
    if (t === "USE" && k > first) {
      // USE inside a subquery (`CALL { USE system … }`) switches databases as well.
      const prev = tokens[k - 1];
      if (prev.kind === "punct" && prev.text === "{") return "USE is not allowed in the console.";
    }
  }
  return null;
}

/** The integer value of a literal or parameter argument at `k` (with an optional sign), and the index after it. */
function integerArg(tokens: Token[], k: number, params: Record<string, unknown>): [number | null, number] {
  let sign = 1;
  let j = k;
  if (tokens[j]?.kind === "punct" && (tokens[j].text === "-" || tokens[j].text === "+")) {
    if (tokens[j].text === "-") sign = -1;
    j += 1;
  }
  const t = tokens[j];
  let value: number | null = null;
  if (t?.kind === "number" && /^\d+$/.test(t.text)) value = Number(t.text);
  else if (t?.kind === "number" && /^0x[0-9a-f]+$/i.test(t.text)) value = Number(t.text);
  else if (t?.kind === "param") {
    const p = params[t.text.slice(1)];
    value = typeof p === "number" && Number.isFinite(p) ? Math.trunc(p) : null;
  }
  const end = tokens[j + 1];
  const closes = end?.kind === "punct" && (end.text === "," || end.text === ")");
  return [value === null || !closes ? null : sign * value, j + 1];
}

/** Product of the element counts of every range(a, b[, step]) with literal or parameter bounds. */
export function rangeProduct(tokens: Token[], params: Record<string, unknown> = {}): number {
  let product = 1;
  for (let k = 0; k < tokens.length - 1; k++) {
    if (!wordIs(tokens, k, "RANGE") || tokens[k + 1].text !== "(" || tokens[k - 1]?.text === ".") continue;
    const [from, afterFrom] = integerArg(tokens, k + 2, params);
    if (from === null) continue;
    const [to, afterTo] = integerArg(tokens, afterFrom + 1, params);
    if (to === null) continue;
    let step = 1;
    if (tokens[afterTo]?.text === ",") {
      const [s] = integerArg(tokens, afterTo + 1, params);
      if (s === null || s === 0) continue;
      step = s;
    }
    const size = Math.max(0, Math.floor((to - from) / step) + 1);
    product *= Math.max(1, size);
  }
  return product;
}

/**
 * Checks a console query before it reaches the server. Returns the text to run (the input without a trailing
 * `;`) or the reason for refusing it. Writes are left to the plan check, which knows a name from a clause.
 */
export function scanCypher(query: string, params: Record<string, unknown> = {}): ScanResult {
  if (typeof query !== "string" || query.trim() === "") return { ok: false, reason: "The query is empty." };
  if (query.length > MAX_QUERY_LENGTH) {
    return {
      ok: false,
      reason: `The query is too long (${query.length} characters, at most ${MAX_QUERY_LENGTH}).`,
    };
  }
  const tokens = tokenize(query);
  if (tokens.length === 0) return { ok: false, reason: "The query is empty (only comments)." };

  // A single trailing `;` is fine; any other `;` separates statements.
  const last = tokens[tokens.length - 1];
  const trailing = last.kind === "punct" && last.text === ";" ? last : null;
  const body = trailing ? tokens.slice(0, -1) : tokens;
  if (body.some((t) => t.kind === "punct" && t.text === ";")) {
    return { ok: false, reason: "Only one statement at a time: remove the `;` and run the queries separately." };
  }
  if (body.length === 0) return { ok: false, reason: "The query is empty." };
  const depth = nestingDepth(body);
  if (depth > MAX_NESTING_DEPTH) {
    return {
      ok: false,
      reason: `The query is nested too deeply (${depth} levels of brackets and chained operators, at most ${MAX_NESTING_DEPTH}).`,
    };
  }
  const reason = lexicalRefusal(body);
  if (reason) return { ok: false, reason };
  const product = rangeProduct(body, params ?? {});
  if (product > MAX_RANGE_PRODUCT) {
    return {
      ok: false,
      reason:
        `The query's range() lists are too large (${product.toExponential(1)} elements together, at most ` +
        `${MAX_RANGE_PRODUCT.toExponential(0)}): the server cannot stop such a computation at the time limit.`,
    };
  }
  return {
    ok: true,
    query: trailing ? query.slice(0, trailing.start) + query.slice(trailing.start + 1) : query,
  };
}
