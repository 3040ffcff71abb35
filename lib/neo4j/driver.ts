/**
 * The process-wide neo4j-driver instance: created lazily on first use, cached, closed by closeDriver().
 * A driver owns a connection pool, so one per process is the intended use; sessions are cheap and per call.
 */
import neo4j, { type Config, type Driver } from "neo4j-driver";
import { readNeo4jConfig, type Neo4jConfig } from "./config";

let cached: { driver: Driver; config: Neo4jConfig } | null = null;
let consoleCached: { driver: Driver; poolSize: number } | null = null;

/** Milliseconds the driver keeps retrying a transaction on transient failures (e.g. database not reachable). */
const MAX_RETRY_MS = 3_000;

/** Both drivers: the same server and credentials; `options` adds each one's pool and timeout settings. */
function createDriver(config: Neo4jConfig, options: Config): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    // Plain JS numbers everywhere: our counts and offsets are far below 2^53.
    disableLosslessIntegers: true,
    connectionTimeout: 5_000,
    ...options,
  });
}

/** The shared driver for the current environment's settings (reads the environment on first call only). */
export function getDriver(): Driver {
  if (!cached) {
    const config = readNeo4jConfig();
    const driver = createDriver(config, {
      connectionAcquisitionTimeout: 10_000,
      maxTransactionRetryTime: MAX_RETRY_MS,
      userAgent: "newsgraph",
    });
    cached = { driver, config };
  }
  return cached.driver;
}

/** The settings the shared driver was (or will be) created with. */
export function getDriverConfig(): Neo4jConfig {
  return cached ? cached.config : readNeo4jConfig();
}

/**
 * The Cypher console's own driver: a small pool of its own, so console queries can never take the connections the
 * graph routes need. `poolSize` is the console's concurrency quota plus one spare; acquiring waits briefly only.
 */
export function getConsoleDriver(poolSize: number): Driver {
  if (!consoleCached || consoleCached.poolSize !== poolSize) {
    const previous = consoleCached;
    const driver = createDriver(getDriverConfig(), {
      connectionAcquisitionTimeout: 2_000,
      maxConnectionPoolSize: poolSize,
      userAgent: "newsgraph-console",
    });
    consoleCached = { driver, poolSize };
    if (previous) void previous.driver.close().catch(() => undefined);
  }
  return consoleCached.driver;
}

/** Closes the shared and the console driver (idempotent); the next getDriver() creates a fresh one. */
export async function closeDriver(): Promise<void> {
  const current = cached;
  const consoleDriver = consoleCached;
  cached = null;
  consoleCached = null;
  await Promise.all([current?.driver.close(), consoleDriver?.driver.close()]);
}
