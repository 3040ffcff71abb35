/**
 * Pure pre-scan for the read-only Cypher console: the first of its three guards (this scan, an EXPLAIN query-type
 * check, a READ-mode transaction). It refuses what EXPLAIN cannot judge (file access, admin/DBMS procedures,
 * database switching, batched transactions, several statements) and the obvious write clauses, so a refusal
 * comes with a clear reason before anything reaches the server.
 *
 * Comments and string literals are blanked out before scanning, so neither can hide a keyword (`DETACH /* x *\/
 * DELETE`) nor cause a false alarm (`WHERE n.title = 'CREATE'`). The scan never rewrites what is run: apart from a
 * trailing `;`, the user's text goes to the server unchanged.
 */

export const MAX_QUERY_LENGTH = 10_000;

export type ScanResult = { ok: true; query: string } | { ok: false; reason: string };

/**
 * Blanks out comments and the contents of string literals (keeping the quotes), and unquotes backtick identifiers
 * so `` `dbms`.security `` reads as ` dbms .security`. The output has the same length as the input, so positions
 * found in it are positions in the query. Unterminated literals or comments swallow the rest of the text, as the
 * server's lexer would (it then reports a syntax error).
 */
export function stripCommentsAndStrings(query: string): string {
  const out: string[] = [];
  const n = query.length;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) out.push(query[k] === "\n" ? "\n" : " ");
  };
  let i = 0;
  while (i < n) {
    const c = query[i];
    const next = query[i + 1];
    if (c === "/" && next === "/") {
      const eol = query.indexOf("\n", i + 2);
      const end = eol === -1 ? n : eol;
      blank(i, end);
      i = end;
    } else if (c === "/" && next === "*") {
      const close = query.indexOf("*/", i + 2);
      const end = close === -1 ? n : close + 2;
      blank(i, end);
      i = end;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < n && query[j] !== c) j += query[j] === "\\" ? 2 : 1;
      const end = Math.min(j, n);
      out.push(c);
      blank(i + 1, end);
      if (end < n) out.push(c);
      i = end + 1;
    } else if (c === "`") {
      // Backtick identifier; `` inside is an escaped backtick.
      let j = i + 1;
      while (j < n && !(query[j] === "`" && query[j + 1] !== "`")) j += query[j] === "`" ? 2 : 1;
      const end = Math.min(j, n);
      out.push(" ");
      for (let k = i + 1; k < end; k++) out.push(/[\w.$]/.test(query[k]) ? query[k] : "_");
      if (end < n) out.push(" ");
      i = end + 1;
    } else {
      out.push(c);
      i += 1;
    }
  }
  return out.join("");
}

interface Rule {
  id: string;
  pattern: RegExp;
  reason: string;
}

/** A keyword standing as a clause word: not a property (`n.set`), a label (`:Create`), a map key (`{set: 1}`) or part of a name. */
const kw = (words: string): RegExp => new RegExp(`(?<![\\w$.:])${words}(?![\\w$])(?!\\s*:(?!:))`, "i");

const READ_ONLY = "The Cypher console is read-only";

/** Refusal rules, checked in order on the stripped text. */
const RULES: Rule[] = [
  {
    id: "load-csv",
    pattern: kw("LOAD\\s+CSV"),
    reason: "LOAD CSV is not allowed in the console: it reads files and URLs from the database server.",
  },
  {
    id: "in-transactions",
    pattern: kw("IN\\s+(?:\\d+\\s+)?(?:CONCURRENT\\s+)?TRANSACTIONS"),
    reason:
      "CALL { … } IN TRANSACTIONS is not allowed in the console: it commits batches outside the read-only transaction.",
  },
  {
    id: "dbms-procedure",
    pattern: /(?<![\w$.])dbms\s*\./i,
    reason: "dbms.* procedures are not allowed in the console: they administer the database server.",
  },
  {
    id: "use",
    pattern: kw("USE"),
    reason: "USE is not allowed in the console: it always queries the Newsgraph database.",
  },
  {
    id: "admin",
    pattern: kw(
      "(?:GRANT|DENY|REVOKE|TERMINATE|ALTER|RENAME|DEALLOCATE|REALLOCATE|ENABLE\\s+SERVER|(?:START|STOP)\\s+DATABASE|" +
        "SHOW\\s+(?:(?:CURRENT|POPULATED|ALL|PRIVILEGE)\\s+)*(?:USERS?|ROLES?|PRIVILEGES?|DATABASES?|SERVERS?|ALIASES|SETTINGS?|TRANSACTIONS?))",
    ),
    reason: "Administration commands are not allowed in the console.",
  },
  {
    // PROFILE runs the query to measure it; the console runs queries itself (and EXPLAIN cannot wrap PROFILE).
    id: "profile",
    pattern: kw("PROFILE"),
    reason: "PROFILE is not supported in the console: run the query without it.",
  },
  {
    // db.createLabel, db.index.fulltext.createNodeIndex, db.clearQueryCaches, apoc.create.node, apoc.merge.*, …
    id: "write-procedure",
    pattern:
      /(?<![\w$.])[a-z_$][\w$]*(?:\s*\.\s*[\w$]+)*?\s*\.\s*(?:create|drop|clear|delete|remove|merge|set|refactor)[\w$]*\s*\(/i,
    reason: `${READ_ONLY}: procedures that create, drop, clear, delete, merge or set are not allowed.`,
  },
  {
    id: "write-clause",
    pattern: kw("(?:CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|FOREACH)"),
    reason: `${READ_ONLY}: it does not accept CREATE, MERGE, DELETE, SET, REMOVE, DROP or FOREACH.`,
  },
];

/**
 * Checks a console query before it reaches the server. Returns the text to run (the input without a trailing
 * `;`) or the reason for refusing it.
 */
export function scanCypher(query: string): ScanResult {
  if (typeof query !== "string" || query.trim() === "") return { ok: false, reason: "The query is empty." };
  if (query.length > MAX_QUERY_LENGTH) {
    return {
      ok: false,
      reason: `The query is too long (${query.length} characters, at most ${MAX_QUERY_LENGTH}).`,
    };
  }
  const stripped = stripCommentsAndStrings(query);
  if (stripped.trim() === "") return { ok: false, reason: "The query is empty (only comments)." };

  // A single trailing `;` is fine; any other `;` separates statements.
  const trailing = /;\s*$/.exec(stripped);
  const body = trailing ? stripped.slice(0, trailing.index) : stripped;
  if (body.includes(";")) {
    return { ok: false, reason: "Only one statement at a time: remove the `;` and run the queries separately." };
  }
  for (const rule of RULES) {
    const match = rule.pattern.exec(body);
    if (match) return { ok: false, reason: rule.reason };
  }
  return { ok: true, query: trailing ? query.slice(0, trailing.index) + query.slice(trailing.index + 1) : query };
}
