/**
 * The process-wide neo4j-driver instance: created lazily on first use, cached, closed by closeDriver().
 * A driver owns a connection pool, so one per process is the intended use; sessions are cheap and per call.
 */
import neo4j, { type Config, type Driver } from "neo4j-driver";
import { readNeo4jConfig, type Neo4jConfig } from "./config";

interface Drivers {
  shared: { driver: Driver; config: Neo4jConfig } | null;
  console: { driver: Driver; poolSize: number } | null;
}

/**
 * Kept on globalThis, not in module scope: Next.js may evaluate this module once per route bundle, and each copy
 * would open its own pool of up to 100 connections. On globalThis every route of the process shares one driver.
 */
const DRIVERS = Symbol.for("newsgraph.neo4j.drivers");
const drivers: Drivers = ((globalThis as Record<symbol, Drivers | undefined>)[DRIVERS] ??= {
  shared: null,
  console: null,
});

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
  if (!drivers.shared) {
    const config = readNeo4jConfig();
    const driver = createDriver(config, {
      connectionAcquisitionTimeout: 10_000,
      maxTransactionRetryTime: MAX_RETRY_MS,
      userAgent: "newsgraph",
    });
    drivers.shared = { driver, config };
  }
  return drivers.shared.driver;
}

/** The settings the shared driver was (or will be) created with. */
export function getDriverConfig(): Neo4jConfig {
  return drivers.shared ? drivers.shared.config : readNeo4jConfig();
}

/**
 * The Cypher console's own driver: a small pool of its own, so console queries can never take the connections the
 * graph routes need. `poolSize` is the console's concurrency quota plus one spare; acquiring waits briefly only.
 */
export function getConsoleDriver(poolSize: number): Driver {
  if (!drivers.console || drivers.console.poolSize !== poolSize) {
    const previous = drivers.console;
    const driver = createDriver(getDriverConfig(), {
      connectionAcquisitionTimeout: 2_000,
      maxConnectionPoolSize: poolSize,
      userAgent: "newsgraph-console",
    });
    drivers.console = { driver, poolSize };
    if (previous) void previous.driver.close().catch(() => undefined);
  }
  return drivers.console.driver;
}

/** Closes the shared and the console driver (idempotent); the next getDriver() creates a fresh one. */
export async function closeDriver(): Promise<void> {
  const current = drivers.shared;
  const consoleDriver = drivers.console;
  drivers.shared = null;
  drivers.console = null;
  await Promise.all([current?.driver.close(), consoleDriver?.driver.close()]);
}
