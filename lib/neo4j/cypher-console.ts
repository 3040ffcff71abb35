/**
 * The read-only Cypher console behind the app's query editor.
 *   1. A pure pre-check (cypher-scan.ts) gives early messages and refuses what must not reach the server at all
 *      (over-long or deeply nested text, LOAD CSV, administration commands, several statements, huge range()s).
 *   2. `EXPLAIN <query>` is planned (not run); the plan's operators and procedures must all be on the read lists
 *      of cypher-plan.ts, and the query type must be 'r'.
 *   3. The query runs in a READ transaction on the console's own small driver, at most `maxConcurrent` at once
 *      (ConsoleBusyError beyond). The transaction carries a server-side timeout and an id in its metadata; at the
 *      deadline, or when the caller's AbortSignal fires, the app terminates it (SHOW / TERMINATE TRANSACTIONS).
 * Records are consumed as a stream and cancelled at rowCap + 1; single values over the caps are cut and flagged.
 * Values come back plain: nodes, relationships and paths in console shapes, also collected in `graph`.
 */
import { randomUUID } from "node:crypto";
import neo4j, {
  isInt,
  isNode,
  isPath,
  isRelationship,
  type Node,
  type Relationship,
  type Session,
  type Transaction,
} from "neo4j-driver";
import { checkPlan, type PlanNode } from "./cypher-plan";
import { scanCypher } from "./cypher-scan";
import { getConsoleDriver, getDriverConfig } from "./driver";
import { CONSOLE_ENDPOINTS } from "./queries/read";
import { FIND_CONSOLE_TRANSACTIONS, TERMINATE_CONSOLE_TRANSACTIONS } from "./queries/console";
import { ConsoleBusyError, PayloadTooLargeError, QueryRefusedError, QueryTimeoutError } from "./errors";
import { mapNeo4jError, runRead, runTerminate, toPlain } from "./transport";
import type { CypherResult } from "./types";

export const CONSOLE_DEFAULTS = { timeoutMs: 10_000, rowCap: 1_000, maxConcurrent: 4 } as const;
export const CONSOLE_LIMITS = {
  maxTimeoutMs: 60_000,
  maxRowCap: 20_000,
  /** Parameters as JSON, in characters. */
  maxParamsChars: 64 * 1024,
  /** One string value in the response, in characters; longer ones are cut. */
  maxValueChars: 10_000,
  /** One list in the response; longer ones are cut. */
  maxListItems: 1_000,
  /** Rough size of all rows together (characters of strings plus a few per scalar); the rows stop there. */
  maxResponseChars: 4 * 1024 * 1024,
} as const;

/** Placed before the query to plan it; a newline keeps the user's columns, and line numbers shift by one. */
const EXPLAIN_PREFIX = "EXPLAIN\n";

type ConsoleNode = CypherResult["graph"]["nodes"][number];
type ConsoleEdge = CypherResult["graph"]["edges"][number];

/** Shapes of graph values inside `rows`. */
export interface ConsoleRowNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface ConsoleRowRelationship {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}
export interface ConsoleRowPath {
  nodes: ConsoleRowNode[];
  relationships: ConsoleRowRelationship[];
  segments: { start: string; relationship: string; end: string }[];
}

/** Converts driver values to plain ones, recording every node and relationship met in `graph`. */
class GraphCollector {
  readonly nodes = new Map<string, ConsoleNode>();
  readonly edges = new Map<string, ConsoleEdge>();

  private props(props: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(props)) out[key] = this.value(item);
    return out;
  }

  node(n: Node): ConsoleRowNode {
    const plain = { id: n.elementId, labels: [...n.labels], properties: this.props(n.properties) };
    if (!this.nodes.has(plain.id)) this.nodes.set(plain.id, plain);
    return plain;
  }

  relationship(r: Relationship): ConsoleRowRelationship {
    const plain = {
      id: r.elementId,
      type: r.type,
      start: r.startNodeElementId,
      end: r.endNodeElementId,
      properties: this.props(r.properties),
    };
    if (!this.edges.has(plain.id)) {
      this.edges.set(plain.id, {
        id: plain.id,
        type: plain.type,
        source: plain.start,
        target: plain.end,
        properties: plain.properties,
      });
    }
    return plain;
  }

  /** Characters left for row values (rough): the rows stop when it runs out. */
  budget: number = CONSOLE_LIMITS.maxResponseChars;
  /** True once a string or list was cut at its cap. */
  valuesTruncated = false;

  /** Plain value, with strings and lists over the caps cut (an over-long string ends in "…"). */
  value(v: unknown): unknown {
    if (typeof v === "string") {
      const cut = v.length > CONSOLE_LIMITS.maxValueChars;
      if (cut) this.valuesTruncated = true;
      const out = cut ? v.slice(0, CONSOLE_LIMITS.maxValueChars) + "…" : v;
      this.budget -= out.length + 2;
      return out;
    }
    this.budget -= 8;
    if (v === null || v === undefined || typeof v !== "object" || isInt(v)) return toPlain(v);
    if (Array.isArray(v)) {
      if (v.length > CONSOLE_LIMITS.maxListItems) this.valuesTruncated = true;
      return v.slice(0, CONSOLE_LIMITS.maxListItems).map((item) => this.value(item));
    }
    if (isNode(v)) return this.node(v);
    if (isRelationship(v)) return this.relationship(v);
    if (isPath(v)) {
      const nodes = [this.node(v.start)];
      const relationships: ConsoleRowRelationship[] = [];
      const segments = v.segments.map((s) => {
        relationships.push(this.relationship(s.relationship));
        nodes.push(this.node(s.end));
        return { start: s.start.elementId, relationship: s.relationship.elementId, end: s.end.elementId };
      });
      return { nodes, relationships, segments } satisfies ConsoleRowPath;
    }
    if (Object.getPrototypeOf(v) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(v)) out[key] = this.value(item);
      return out;
    }
    if (v instanceof Uint8Array && v.length > CONSOLE_LIMITS.maxListItems) {
      this.valuesTruncated = true;
      return Array.from(v.subarray(0, CONSOLE_LIMITS.maxListItems));
    }
    return toPlain(v); // temporal, spatial, bytes
  }

  /** Element ids of relationship endpoints that no row returned (e.g. `RETURN r`). */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const e of this.edges.values()) {
      for (const id of [e.source, e.target]) if (!this.nodes.has(id)) missing.add(id);
    }
    return [...missing];
  }

  graph(): CypherResult["graph"] {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
}

/** Cap on endpoint nodes fetched so that relationship-only results can still be drawn. */
const MAX_ENDPOINTS_FETCHED = 5_000;

/**
 * Parameters from JSON: whole numbers become Cypher integers (so `LIMIT $n` works), recursively. Anything that
 * is not JSON-like is refused.
 */
export function toCypherParams(params: unknown): Record<string, unknown> {
  if (params === undefined || params === null) return {};
  if (typeof params !== "object" || Array.isArray(params)) {
    throw new QueryRefusedError('Query parameters must be a JSON object, e.g. {"name": "Putin"}.');
  }
  const size = JSON.stringify(params).length;
  if (size > CONSOLE_LIMITS.maxParamsChars) {
    throw new PayloadTooLargeError(
      `Query parameters are too large (${size} characters as JSON, at most ${CONSOLE_LIMITS.maxParamsChars}).`,
    );
  }
  const convert = (v: unknown): unknown => {
    if (typeof v === "number") return Number.isSafeInteger(v) ? neo4j.int(v) : v;
    if (Array.isArray(v)) return v.map(convert);
    if (v !== null && typeof v === "object") {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, item]) => [k, convert(item)]));
    }
    return v;
  };
  return convert(params) as Record<string, unknown>;
}

/** Neo4j's positions refer to `EXPLAIN\n<query>`: shift them back to the user's text. */
export function fixExplainPositions(message: string): string {
  return message.replace(/line (\d+), column (\d+) \(offset: (\d+)\)/g, (whole, line, column, offset) => {
    const l = Number(line) - 1;
    const o = Number(offset) - EXPLAIN_PREFIX.length;
    return l >= 1 && o >= 0 ? `line ${l}, column ${column} (offset: ${o})` : whole;
  });
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/** Settings read from the environment on each call (so tests and deployments can change them). */
export function consoleSettings(env: Record<string, string | undefined> = process.env): {
  timeoutMs: number;
  maxConcurrent: number;
} {
  const num = (v: string | undefined, fallback: number) => {
    const n = Number(v);
    return v !== undefined && v.trim() !== "" && Number.isFinite(n) && n > 0 ? Math.trunc(n) : fallback;
  };
  return {
    timeoutMs: Math.min(CONSOLE_LIMITS.maxTimeoutMs, num(env.NEWSGRAPH_CONSOLE_TIMEOUT_MS, CONSOLE_DEFAULTS.timeoutMs)),
    maxConcurrent: num(env.NEWSGRAPH_CONSOLE_MAX_CONCURRENT, CONSOLE_DEFAULTS.maxConcurrent),
  };
}

export interface ConsoleRunOptions {
  timeoutMs?: number;
  rowCap?: number;
  /** Fires when the client has gone away: the query is terminated on the server. */
  signal?: AbortSignal;
}

/**
 * Runs a read-only Cypher query typed by a user. Throws QueryRefusedError (anything that could write, administer
 * or read files), CypherSyntaxError (Neo4j's message), QueryTimeoutError (past `timeoutMs`, or aborted),
 * ConsoleBusyError (quota full), PayloadTooLargeError (params), DatabaseUnavailableError.
 */
export async function runReadOnlyCypher(
  query: string,
  params: Record<string, unknown> = {},
  opts: ConsoleRunOptions = {},
): Promise<CypherResult> {
  const scan = scanCypher(query, params);
  if (!scan.ok) throw new QueryRefusedError(scan.reason);
  return runPlannedRead(scan.query, params, opts);
}

let running = 0;

/** Takes one of the console's slots or refuses at once: a queue would only pile up work behind slow queries. */
function acquireSlot(maxConcurrent: number): () => void {
  if (running >= maxConcurrent) {
    throw new ConsoleBusyError(
      `The Cypher console is busy: ${running} queries are running (at most ${maxConcurrent} at once). Try again when one has finished.`,
    );
  }
  running += 1;
  let released = false;
  return () => {
    if (!released) {
      released = true;
      running -= 1;
    }
  };
}

/** Number of console queries holding a slot (for tests and diagnostics). */
export function runningConsoleQueries(): number {
  return running;
}

/** Terminates the server transaction(s) tagged with `consoleId`; never throws (it runs on an error path). */
export async function terminateConsoleTransaction(consoleId: string): Promise<string[]> {
  try {
    const rows = await runRead<{ transactionId: string }>(
      FIND_CONSOLE_TRANSACTIONS,
      { consoleId },
      { timeoutMs: 5_000 },
    );
    const ids = rows.map((r) => r.transactionId);
    if (ids.length > 0) await runTerminate(TERMINATE_CONSOLE_TRANSACTIONS, { ids });
    return ids;
  } catch (err) {
    console.error("[console] could not terminate transaction", consoleId, err);
    return [];
  }
}

/**
 * Guards 2 and 3 without the pre-scan: the plan must be a read, then the query runs in a READ transaction.
 * Exported for tests that prove these guards hold on their own; the app calls runReadOnlyCypher.
 */
export async function runPlannedRead(
  text: string,
  params: Record<string, unknown> = {},
  opts: ConsoleRunOptions = {},
): Promise<CypherResult> {
  const settings = consoleSettings();
  const timeoutMs = clamp(opts.timeoutMs, 1, CONSOLE_LIMITS.maxTimeoutMs, settings.timeoutMs);
  const rowCap = clamp(opts.rowCap, 1, CONSOLE_LIMITS.maxRowCap, CONSOLE_DEFAULTS.rowCap);
  const cypherParams = toCypherParams(params);
  if (opts.signal?.aborted) throw new QueryTimeoutError("The request was cancelled before the query started.");

  const release = acquireSlot(settings.maxConcurrent);
  const consoleId = randomUUID();
  const started = performance.now();
  let session: Session;
  try {
    session = getConsoleDriver(settings.maxConcurrent + 1).session({
      database: getDriverConfig().database,
      defaultAccessMode: neo4j.session.READ,
    });
  } catch (err) {
    release(); // e.g. a malformed NEO4J_URI: nothing was started
    throw mapNeo4jError(err);
  }
  let stopped: "deadline" | "aborted" | null = null;
  let stop: (why: "deadline" | "aborted") => void = () => undefined;
  const stoppedEarly = new Promise<never>((_, reject) => {
    stop = (why) => {
      if (stopped) return;
      stopped = why;
      void terminateConsoleTransaction(consoleId);
      reject(new QueryTimeoutError(why));
    };
  });
  stoppedEarly.catch(() => undefined);
  const timer = setTimeout(() => stop("deadline"), timeoutMs);
  const onAbort = () => stop("aborted");
  opts.signal?.addEventListener("abort", onAbort, { once: true });

  const work = (async () => {
    const tx = await session.beginTransaction({
      timeout: timeoutMs,
      metadata: { app: "newsgraph", op: "console", consoleId },
    });
    try {
      const result = await consoleWork(tx, text, cypherParams, rowCap);
      await tx.commit();
      return result;
    } catch (err) {
      await tx.rollback().catch(() => undefined);
      throw err;
    }
  })();
  // Closing waits for the server to let go of the transaction; the slot is held until then, so a query that
  // keeps the server busy after its deadline still counts against the quota.
  void work
    .catch(() => undefined)
    .finally(() => {
      void session
        .close()
        .catch(() => undefined)
        .finally(release);
    });

  try {
    const result = await Promise.race([work, stoppedEarly]);
    return { ...result, rowCap, elapsedMs: Math.round(performance.now() - started) };
  } catch (err) {
    const mapped = stopped ? new QueryTimeoutError(stopped) : mapNeo4jError(err);
    if (mapped instanceof QueryTimeoutError) {
      if (stopped === "aborted") {
        throw new QueryTimeoutError("The request was cancelled; the query was stopped on the server.", mapped.code, {
          cause: err,
        });
      }
      void terminateConsoleTransaction(consoleId);
      throw new QueryTimeoutError(
        `Query stopped after ${formatSeconds(timeoutMs)} (time limit). Add a LIMIT or narrow the MATCH.`,
        mapped.code,
        { cause: err },
      );
    }
    if (mapped instanceof QueryRefusedError && mapped.code) {
      // The server's READ mode refused it: say so in the console's words.
      throw new QueryRefusedError(`The Cypher console is read-only: ${mapped.message}`, mapped.code, { cause: err });
    }
    throw mapped;
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener("abort", onAbort);
  }
}

/** EXPLAIN, the plan check, then the streamed run: everything inside the console's transaction. */
async function consoleWork(
  tx: Transaction,
  text: string,
  cypherParams: Record<string, unknown>,
  rowCap: number,
): Promise<Omit<CypherResult, "rowCap" | "elapsedMs">> {
  let summary: { queryType?: string; plan?: unknown };
  try {
    summary = (await tx.run(EXPLAIN_PREFIX + text, cypherParams)).summary;
  } catch (err) {
    const e = err as { code?: unknown; message?: unknown };
    if (typeof e.message === "string" && typeof e.code === "string" && e.code.includes("Statement")) {
      e.message = fixExplainPositions(e.message);
    }
    throw err;
  }
  if (summary.queryType !== "r") {
    throw new QueryRefusedError(
      `The Cypher console is read-only: this query would write (query type '${summary.queryType ?? "unknown"}')`,
    );
  }
  const verdict = checkPlan(summary.plan as PlanNode | undefined);
  if (!verdict.ok) throw new QueryRefusedError(verdict.reason);

  const collector = new GraphCollector();
  const rows: Record<string, unknown>[] = [];
  let truncated = false;
  const stream = tx.run(text, cypherParams);
  const columns = [...(await stream.keys())];
  for await (const record of stream) {
    if (rows.length === rowCap || collector.budget <= 0) {
      truncated = true;
      break; // cancels the stream: the server stops producing rows
    }
    const row: Record<string, unknown> = {};
    for (const column of columns) row[column] = collector.value(record.get(column));
    rows.push(row);
  }
  // Relationships returned without their nodes still draw: fetch the endpoints (same snapshot).
  const missing = collector.missingEndpoints().slice(0, MAX_ENDPOINTS_FETCHED);
  if (missing.length > 0) {
    const endpoints = await tx.run(CONSOLE_ENDPOINTS, { ids: missing });
    for (const record of endpoints.records) collector.value(record.get("n"));
  }
  return { columns, rows, truncated, valuesTruncated: collector.valuesTruncated, graph: collector.graph() };
}

function clamp(value: unknown, min: number, max: number, fallback: number): number {
  const n = typeof value === "number" && Number.isFinite(value) ? Math.trunc(value) : fallback;
  return Math.min(max, Math.max(min, n));
}
