/**
 * The one wrapper every Neo4j call goes through: a session per call with an explicit database and access mode,
 * a managed transaction (executeRead/executeWrite, retried by the driver on transient failures) with a timeout
 * and metadata, the session always closed, and Neo4j's errors mapped to our own types (lib/neo4j/errors.ts).
 * Also converts driver values (Integer, Node, temporal…) to plain JS so nothing driver-specific leaks out.
 */
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  Neo4jError,
  type ManagedTransaction,
  type Session,
} from "neo4j-driver";
import { getDriver, getDriverConfig } from "./driver";
import { BUMP_GENERATION } from "./queries/generation";
import {
  AuthenticationError,
  CypherSyntaxError,
  DatabaseUnavailableError,
  GraphStoreError,
  QueryRefusedError,
  QueryTimeoutError,
} from "./errors";

/** The transaction handed to work functions. */
export type Tx = ManagedTransaction;

export interface TxOptions {
  /** Server-side transaction timeout in milliseconds. */
  timeoutMs?: number;
  /** Extra transaction metadata, visible in the server's query log and `SHOW TRANSACTIONS`. */
  metadata?: Record<string, unknown>;
  /**
   * Writes only: the transaction changes the schema, not data (Neo4j refuses data writes in a schema
   * transaction), so it does not bump the graph generation.
   */
  schema?: boolean;
}

export const DEFAULT_READ_TIMEOUT_MS = 30_000;
export const DEFAULT_WRITE_TIMEOUT_MS = 300_000;

type Mode = "READ" | "WRITE";

async function withSession<T>(mode: Mode, fn: (session: Session) => Promise<T>): Promise<T> {
  let session: Session | null = null;
  try {
    session = getDriver().session({
      database: getDriverConfig().database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    return await fn(session);
  } catch (err) {
    throw mapNeo4jError(err);
  } finally {
    if (session) await session.close().catch(() => undefined);
  }
}

function txConfig(mode: Mode, opts: TxOptions | undefined) {
  const timeout = opts?.timeoutMs ?? (mode === "READ" ? DEFAULT_READ_TIMEOUT_MS : DEFAULT_WRITE_TIMEOUT_MS);
  return { timeout, metadata: { app: "newsgraph", ...opts?.metadata } };
}

/** Runs `work` in a read transaction (retried by the driver on transient errors, so keep it side-effect free). */
export function readTx<T>(work: (tx: Tx) => Promise<T>, opts?: TxOptions): Promise<T> {
  return withSession("READ", (session) => session.executeRead(work, txConfig("READ", opts)));
}

/**
 * Runs `work` in a write transaction: everything it writes commits together or not at all. Unless it is a schema
 * transaction, its last statement bumps the graph generation (lib/neo4j/generation.ts) in the same transaction,
 * which is what invalidates the API's response cache: there is no data write that does not bump it. Last, so the
 * meta node's lock is held only while committing (two writers never wait on each other holding it).
 */
export function writeTx<T>(work: (tx: Tx) => Promise<T>, opts?: TxOptions): Promise<T> {
  const bumped = opts?.schema
    ? work
    : async (tx: Tx) => {
        const result = await work(tx);
        await tx.run(BUMP_GENERATION);
        return result;
      };
  return withSession("WRITE", (session) => session.executeWrite(bumped, txConfig("WRITE", opts)));
}

/**
 * One read query as an auto-commit transaction (one round trip, no BEGIN/COMMIT) and not retried: for the
 * cheap, frequent generation check, whose callers fall back to the uncached path when it fails.
 */
export function runReadOnce<T = Record<string, unknown>>(query: string, opts?: TxOptions): Promise<T[]> {
  return withSession("READ", async (session) => plainRecords<T>(await session.run(query, {}, txConfig("READ", opts))));
}

/**
 * One administration command in an auto-commit transaction (TERMINATE TRANSACTIONS cannot run inside an explicit
 * one). Only for the app's own constant commands.
 */
export function runTerminate(query: string, params: Record<string, unknown>): Promise<void> {
  return withSession("WRITE", async (session) => {
    await session.run(query, params, { timeout: 5_000, metadata: { app: "newsgraph", op: "terminate" } });
  });
}

/** One read query → its records as plain objects (column name → plain JS value). */
export function runRead<T = Record<string, unknown>>(
  query: string,
  params: Record<string, unknown> = {},
  opts?: TxOptions,
): Promise<T[]> {
  return readTx(async (tx) => plainRecords<T>(await tx.run(query, params)), opts);
}

/** One write query in its own transaction → its records as plain objects. */
export function runWrite<T = Record<string, unknown>>(
  query: string,
  params: Record<string, unknown> = {},
  opts?: TxOptions,
): Promise<T[]> {
  return writeTx(async (tx) => plainRecords<T>(await tx.run(query, params)), opts);
}

/** Turns a result's records into plain objects; use inside readTx/writeTx work functions. */
export function plainRecords<T = Record<string, unknown>>(result: {
  records: { toObject(): Record<string, unknown> }[];
}): T[] {
  return result.records.map((record) => toPlain(record.toObject()) as T);
}

// ---------------------------------------------------------------------------------------------------------------
// Plain values

export interface PlainNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface PlainRelationship {
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Record<string, unknown>;
}

export interface PlainPath {
  start: PlainNode;
  end: PlainNode;
  segments: { start: PlainNode; relationship: PlainRelationship; end: PlainNode }[];
}

export function isPlainNode(value: unknown): value is PlainNode {
  const v = value as PlainNode;
  return !!v && typeof v === "object" && typeof v.elementId === "string" && Array.isArray(v.labels);
}

export function isPlainRelationship(value: unknown): value is PlainRelationship {
  const v = value as PlainRelationship;
  return !!v && typeof v === "object" && typeof v.elementId === "string" && typeof v.startNodeElementId === "string";
}

export function isPlainPath(value: unknown): value is PlainPath {
  const v = value as PlainPath;
  return !!v && typeof v === "object" && Array.isArray(v.segments) && isPlainNode(v.start);
}

function plainProperties(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) out[key] = toPlain(value);
  return out;
}

/**
 * Converts any value returned by the driver to plain, JSON-serialisable JS: Integer → number, Node /
 * Relationship / Path → PlainNode / PlainRelationship / PlainPath, temporal values and durations → ISO strings,
 * points → {srid, x, y, z?}; arrays and maps recursively.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return typeof value === "bigint" ? Number(value) : value;
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (isNode(value)) {
    return { elementId: value.elementId, labels: [...value.labels], properties: plainProperties(value.properties) };
  }
  if (isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      startNodeElementId: value.startNodeElementId,
      endNodeElementId: value.endNodeElementId,
      properties: plainProperties(value.properties),
    } satisfies PlainRelationship;
  }
  if (isPath(value)) {
    return {
      start: toPlain(value.start) as PlainNode,
      end: toPlain(value.end) as PlainNode,
      segments: value.segments.map((s) => ({
        start: toPlain(s.start) as PlainNode,
        relationship: toPlain(s.relationship) as PlainRelationship,
        end: toPlain(s.end) as PlainNode,
      })),
    } satisfies PlainPath;
  }
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isLocalTime(value) ||
    isTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isPoint(value)) {
    const p = { srid: Number(value.srid), x: value.x, y: value.y };
    return value.z === undefined ? p : { ...p, z: value.z };
  }
  if (value instanceof Uint8Array) return Array.from(value);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) out[key] = toPlain(v);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Errors

const SYNTAX_CODES = new Set([
  "Neo.ClientError.Statement.SyntaxError",
  "Neo.ClientError.Statement.ParameterMissing",
  "Neo.ClientError.Statement.TypeError",
  "Neo.ClientError.Statement.ArgumentError",
  "Neo.ClientError.Statement.SemanticError",
  "Neo.ClientError.Statement.ParameterNotProvided",
  "Neo.ClientError.Procedure.ProcedureNotFound",
  "Neo.ClientError.Procedure.ProcedureCallFailed",
]);

const REFUSED_CODES = new Set([
  "Neo.ClientError.Statement.AccessMode",
  "Neo.ClientError.Security.Forbidden",
  "Neo.ClientError.Transaction.ForbiddenDueToTransactionType",
]);

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);

function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function isTimeout(code: string, message: string): boolean {
  if (code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) return true;
  if (code.endsWith(".Terminated") || code.endsWith(".TransactionMarkedAsFailed")) {
    return /terminat|timed? ?out|timeout/i.test(message);
  }
  return code.startsWith("Neo.TransientError.Transaction.") && /timed? ?out|timeout|terminat/i.test(message);
}

/**
 * Maps anything thrown while talking to Neo4j to one of our error types, keeping Neo4j's status code and the
 * original error as `cause`. Our own errors pass through unchanged; unknown errors become a GraphStoreError.
 */
export function mapNeo4jError(err: unknown): Error {
  if (err instanceof GraphStoreError) return err;
  const code = errorCode(err) ?? "";
  const message = messageOf(err);
  const { uri, database } = getDriverConfig();
  const opts = { cause: err };
  // The driver's connection messages are long; the root cause ("connect ECONNREFUSED …") is what helps.
  const detail = /Caused by: (.*)$/s.exec(message)?.[1]?.trim() ?? message;

  if (/acquisition timed out|connection pool/i.test(message)) {
    // Every pooled connection is busy: the database is overloaded for now, not the request at fault.
    return new DatabaseUnavailableError(
      `Neo4j at ${uri} is busy: no free connection within the acquisition timeout. Try again shortly. (${message})`,
      code || undefined,
      opts,
    );
  }
  if (UNAVAILABLE_CODES.has(code) || /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENOTFOUND|ETIMEDOUT/.test(code + message)) {
    return new DatabaseUnavailableError(
      `Neo4j: cannot connect to ${uri}. Is it running? Try \`npm run db:start\`. (${detail})`,
      code || undefined,
      opts,
    );
  }
  if (code === "Neo.ClientError.Security.Unauthorized" || code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    return new AuthenticationError(
      `Neo4j refused the credentials for ${uri}: check NEO4J_USER and NEO4J_PASSWORD. (${message})`,
      code,
      opts,
    );
  }
  if (
    code === "Neo.ClientError.Database.DatabaseNotFound" ||
    code === "Neo.TransientError.General.DatabaseUnavailable"
  ) {
    return new DatabaseUnavailableError(
      `Neo4j at ${uri}: database "${database}" is not available; check NEO4J_DATABASE. (${message})`,
      code,
      opts,
    );
  }
  // A transaction terminated because the database is stopping is not the query's fault: 503, like a refused connection.
  if (/database is not currently available|database is shutting down|database .* (is|was) stopped/i.test(message)) {
    return new DatabaseUnavailableError(
      `Neo4j at ${uri}: the database is not available right now (stopping or starting). (${message})`,
      code || undefined,
      opts,
    );
  }
  if (SYNTAX_CODES.has(code)) return new CypherSyntaxError(message, code, opts);
  if (REFUSED_CODES.has(code)) {
    return new QueryRefusedError(`Neo4j refused the query: it is not allowed here. (${message})`, code, opts);
  }
  if (isTimeout(code, message)) {
    return new QueryTimeoutError(`Neo4j: the query ran past its time limit and was stopped. (${message})`, code, opts);
  }
  if (err instanceof Neo4jError) return new GraphStoreError(`Neo4j: ${message}`, code || undefined, opts);
  return err instanceof Error ? err : new GraphStoreError(message, undefined, opts);
}
