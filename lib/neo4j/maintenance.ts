/**
 * Database chores for the scripts (db:start, npm start, npm test) and the test set-up: is a server there, how many
 * articles does it hold, empty it. Each call opens its own short-lived driver for the given connection settings,
 * because the scripts probe servers (other ports, wrong passwords) before the app's shared driver should exist.
 */
import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jConfig } from "./config";
import { COUNT_ARTICLES, DELETE_NODES_BATCH, DELETE_RELATIONSHIPS_BATCH, PROBE } from "./queries/maintenance";

export type ProbeResult =
  | { ok: true; agent: string }
  | { ok: false; kind: "unreachable" | "unauthorized" | "no-database" | "other"; message: string };

function openDriver(config: Neo4jConfig, timeoutMs?: number): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
    userAgent: "newsgraph-scripts",
    ...(timeoutMs === undefined
      ? {}
      : { connectionTimeout: timeoutMs, connectionAcquisitionTimeout: timeoutMs, maxTransactionRetryTime: 0 }),
  });
}

async function withDriver<T>(config: Neo4jConfig, work: (driver: Driver) => Promise<T>, timeoutMs?: number) {
  const driver = openDriver(config, timeoutMs);
  try {
    return await work(driver);
  } finally {
    await driver.close().catch(() => undefined);
  }
}

/** One connection attempt with the given credentials; never throws, classifies what went wrong instead. */
export async function probeNeo4j(config: Neo4jConfig, timeoutMs = 5_000): Promise<ProbeResult> {
  try {
    return await withDriver(
      config,
      async (driver) => {
        const info = await driver.getServerInfo({ database: config.database });
        await driver.executeQuery(PROBE, {}, { database: config.database });
        return { ok: true, agent: info.agent ?? "Neo4j" } as const;
      },
      timeoutMs,
    );
  } catch (error) {
    return classifyProbeError(error);
  }
}

function classifyProbeError(error: unknown): ProbeResult {
  const code = (error as { code?: string }).code ?? "";
  const message = error instanceof Error ? error.message : String(error);
  if (code === "ServiceUnavailable" || code === "SessionExpired") return { ok: false, kind: "unreachable", message };
  if (code.startsWith("Neo.ClientError.Security.")) return { ok: false, kind: "unauthorized", message };
  if (code === "Neo.ClientError.Database.DatabaseNotFound") return { ok: false, kind: "no-database", message };
  return { ok: false, kind: "other", message: code ? `${code}: ${message}` : message };
}

/** Number of :Article nodes. */
export function countArticles(config: Neo4jConfig): Promise<number> {
  return withDriver(config, async (driver) => {
    const { records } = await driver.executeQuery(COUNT_ARTICLES, {}, { database: config.database });
    return Number(records[0]?.get("n") ?? 0);
  });
}

/** Deletes every node and relationship, in batches. */
export function wipeDatabase(config: Neo4jConfig): Promise<void> {
  return withDriver(config, async (driver) => {
    for (const query of [DELETE_RELATIONSHIPS_BATCH, DELETE_NODES_BATCH]) {
      for (;;) {
        const { records } = await driver.executeQuery(query, {}, { database: config.database });
        if (Number(records[0]?.get("deleted") ?? 0) === 0) break;
      }
    }
  });
}
