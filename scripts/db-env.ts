/**
 * Where the project's local Neo4j lives and how it is reached: the shared connection settings (lib/neo4j/config)
 * plus the launcher's own knobs (data folder, heap, page cache, start timeout). Pure functions over an env record.
 */
import path from "node:path";
import { readNeo4jConfig, type Neo4jConfig } from "../lib/neo4j/config";

/** Repository root (this file sits in <root>/scripts). */
export const REPO_ROOT = path.resolve(import.meta.dirname, "..");

export const DEFAULT_DATA_DIR = ".data/neo4j";

export interface LocalNeo4jSettings {
  /** Connection settings every client uses. */
  connection: Neo4jConfig;
  /** Absolute folder holding the database, Neo4j's logs, neo4j.log (launcher output) and neo4j.pid. */
  dataDir: string;
  /** host:port the launcher's Bolt connector listens on, taken from NEO4J_URI. */
  boltAddress: string;
  /** True when NEO4J_URI points at this machine, i.e. the launcher may be started for it. */
  isLocal: boolean;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  logFile: string;
  pidFile: string;
}

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/** Host and port of a bolt:// or neo4j:// URI (port defaults to 7687); throws a readable error for anything else. */
export function parseBoltUri(uri: string): { scheme: string; host: string; port: number } {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw new Error(`NEO4J_URI is not a URI: "${uri}". Expected e.g. bolt://127.0.0.1:7687.`);
  }
  const scheme = url.protocol.replace(/:$/, "");
  if (!/^(bolt|neo4j)(\+s|\+ssc)?$/.test(scheme)) {
    throw new Error(`NEO4J_URI must use bolt:// or neo4j:// (got "${scheme}://" in "${uri}").`);
  }
  const port = url.port ? Number(url.port) : 7687;
  if (!url.hostname) throw new Error(`NEO4J_URI has no host: "${uri}".`);
  return { scheme, host: url.hostname, port };
}

export function isLocalHost(host: string): boolean {
  return LOCAL_HOSTS.has(host.toLowerCase());
}

/** All settings for the local Neo4j, from the environment (relative NEO4J_DATA_DIR is relative to the repo root). */
export function readLocalNeo4jSettings(env: Record<string, string | undefined> = process.env): LocalNeo4jSettings {
  const connection = readNeo4jConfig(env);
  const { host, port } = parseBoltUri(connection.uri);
  const dataDir = path.resolve(REPO_ROOT, env.NEO4J_DATA_DIR?.trim() || DEFAULT_DATA_DIR);
  const timeoutSeconds = Number(env.NEO4J_START_TIMEOUT ?? "180");
  // The launcher always binds the loopback interface; "localhost" could resolve to ::1 on some machines.
  const bindHost = host === "localhost" || host === "[::1]" || host === "::1" ? "127.0.0.1" : host;
  return {
    connection,
    dataDir,
    boltAddress: `${bindHost}:${port}`,
    isLocal: isLocalHost(host),
    heap: env.NEO4J_HEAP?.trim() || "1g",
    pageCache: env.NEO4J_PAGECACHE?.trim() || "512m",
    startTimeoutMs: (Number.isFinite(timeoutSeconds) && timeoutSeconds > 0 ? timeoutSeconds : 180) * 1000,
    logFile: path.join(dataDir, "neo4j.log"),
    pidFile: path.join(dataDir, "neo4j.pid"),
  };
}
