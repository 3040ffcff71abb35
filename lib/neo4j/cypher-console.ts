/**
 * The read-only Cypher console behind the app's query editor. Three guards, each enough on its own for writes:
 *   1. a pure pre-scan (cypher-scan.ts) refuses LOAD CSV, IN TRANSACTIONS, dbms.* / admin commands, USE, several
 *      statements and write clauses, with comments and strings blanked out first;
 *   2. `EXPLAIN <query>` is planned (not run) and only query type 'r' (read-only) may proceed;
 *   3. the query runs in a READ-mode transaction (the server itself refuses writes), with a server-side timeout.
 * Records are consumed as a stream and the stream is cancelled at rowCap + 1, so a huge result is never buffered.
 * Values come back plain: nodes, relationships and paths in console shapes, also collected in `graph`.
 */
import neo4j, { isInt, isNode, isPath, isRelationship, type Node, type Relationship } from "neo4j-driver";
import { scanCypher } from "./cypher-scan";
import { CONSOLE_ENDPOINTS } from "./queries/read";
import { QueryRefusedError, QueryTimeoutError } from "./errors";
import { readTx, toPlain } from "./transport";
import type { CypherResult } from "./types";

export const CONSOLE_DEFAULTS = { timeoutMs: 10_000, rowCap: 1_000 } as const;
export const CONSOLE_LIMITS = { maxTimeoutMs: 60_000, maxRowCap: 20_000 } as const;

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

function plainProps(props: Record<string, unknown>): Record<string, unknown> {
  return toPlain(props) as Record<string, unknown>;
}

/** Converts driver values to plain ones, recording every node and relationship met in `graph`. */
class GraphCollector {
  readonly nodes = new Map<string, ConsoleNode>();
  readonly edges = new Map<string, ConsoleEdge>();

  node(n: Node): ConsoleRowNode {
    const plain = { id: n.elementId, labels: [...n.labels], properties: plainProps(n.properties) };
    if (!this.nodes.has(plain.id)) this.nodes.set(plain.id, plain);
    return plain;
  }

  relationship(r: Relationship): ConsoleRowRelationship {
    const plain = {
      id: r.elementId,
      type: r.type,
      start: r.startNodeElementId,
      end: r.endNodeElementId,
      properties: plainProps(r.properties),
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

  value(v: unknown): unknown {
    if (v === null || v === undefined || typeof v !== "object" || isInt(v)) return toPlain(v);
    if (Array.isArray(v)) return v.map((item) => this.value(item));
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

/**
 * Runs a read-only Cypher query typed by a user. Throws QueryRefusedError (anything that could write or
 * administer), CypherSyntaxError (Neo4j's message), QueryTimeoutError (past `timeoutMs`), DatabaseUnavailableError.
 */
export async function runReadOnlyCypher(
  query: string,
  params: Record<string, unknown> = {},
  opts: { timeoutMs?: number; rowCap?: number } = {},
): Promise<CypherResult> {
  const scan = scanCypher(query);
  if (!scan.ok) throw new QueryRefusedError(scan.reason);
  return runPlannedRead(scan.query, params, opts);
}

/**
 * Guards 2 and 3 without the pre-scan: EXPLAIN must say read-only, then the query runs in a READ transaction.
 * Exported for tests that prove these guards hold on their own; the app calls runReadOnlyCypher.
 */
export async function runPlannedRead(
  text: string,
  params: Record<string, unknown> = {},
  opts: { timeoutMs?: number; rowCap?: number } = {},
): Promise<CypherResult> {
  const timeoutMs = clamp(opts.timeoutMs, 1, CONSOLE_LIMITS.maxTimeoutMs, CONSOLE_DEFAULTS.timeoutMs);
  const rowCap = clamp(opts.rowCap, 1, CONSOLE_LIMITS.maxRowCap, CONSOLE_DEFAULTS.rowCap);
  const cypherParams = toCypherParams(params);

  const started = performance.now();
  try {
    const result = await readTx(
      async (tx) => {
        let queryType: string | undefined;
        try {
          const plan = await tx.run(EXPLAIN_PREFIX + text, cypherParams);
          queryType = plan.summary.queryType;
        } catch (err) {
          const e = err as { code?: unknown; message?: unknown };
          if (typeof e.message === "string" && typeof e.code === "string" && e.code.includes("Statement")) {
            e.message = fixExplainPositions(e.message);
          }
          throw err;
        }
        if (queryType !== "r") {
          throw new QueryRefusedError(
            `The Cypher console is read-only: this query would write (query type '${queryType ?? "unknown"}')`,
          );
        }

        const collector = new GraphCollector();
        const rows: Record<string, unknown>[] = [];
        let truncated = false;
        const stream = tx.run(text, cypherParams);
        const columns = [...(await stream.keys())];
        for await (const record of stream) {
          if (rows.length === rowCap) {
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
        return { columns, rows, truncated, graph: collector.graph() };
      },
      { timeoutMs, metadata: { op: "console" } },
    );
    return { ...result, rowCap, elapsedMs: Math.round(performance.now() - started) };
  } catch (err) {
    if (err instanceof QueryTimeoutError) {
      throw new QueryTimeoutError(
        `Query stopped after ${formatSeconds(timeoutMs)} (time limit). Add a LIMIT or narrow the MATCH.`,
        err.code,
        { cause: err },
      );
    }
    if (err instanceof QueryRefusedError && err.code) {
      // The server's READ mode refused it: say so in the console's words.
      throw new QueryRefusedError(`The Cypher console is read-only: ${err.message}`, err.code, { cause: err });
    }
    throw err;
  }
}

function clamp(value: unknown, min: number, max: number, fallback: number): number {
  const n = typeof value === "number" && Number.isFinite(value) ? Math.trunc(value) : fallback;
  return Math.min(max, Math.max(min, n));
}
