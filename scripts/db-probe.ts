/**
 * Asks a Neo4j server whether it answers: connects with the configured credentials and runs `RETURN 1` on the
 * configured database. Classifies the failure so callers can say what is wrong (nothing there vs. bad password).
 */
import neo4j from "neo4j-driver";
import type { Neo4jConfig } from "../lib/neo4j/config";

export type ProbeResult =
  | { ok: true; agent: string }
  | { ok: false; kind: "unreachable" | "unauthorized" | "no-database" | "other"; message: string };

/** One connection attempt; never throws. */
export async function probeNeo4j(config: Neo4jConfig, timeoutMs = 5_000): Promise<ProbeResult> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxConnectionPoolSize: 1,
    maxTransactionRetryTime: 0,
    userAgent: "newsgraph-db-probe",
  });
  try {
    const info = await driver.getServerInfo({ database: config.database });
    await driver.executeQuery("RETURN 1 AS ok", {}, { database: config.database });
    return { ok: true, agent: info.agent ?? "Neo4j" };
  } catch (error) {
    return classify(error);
  } finally {
    await driver.close().catch(() => undefined);
  }
}

function classify(error: unknown): ProbeResult {
  const code = (error as { code?: string }).code ?? "";
  const message = error instanceof Error ? error.message : String(error);
  if (code === "ServiceUnavailable" || code === "SessionExpired") return { ok: false, kind: "unreachable", message };
  if (code.startsWith("Neo.ClientError.Security.")) return { ok: false, kind: "unauthorized", message };
  if (code === "Neo.ClientError.Database.DatabaseNotFound") return { ok: false, kind: "no-database", message };
  return { ok: false, kind: "other", message: code ? `${code}: ${message}` : message };
}
