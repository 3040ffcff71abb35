/**
 * The project's own Neo4j without Docker: builds the Maven launcher (scripts/neo4j), starts it detached with a pid
 * file and waits until Bolt answers, stops it again. `ensureNeo4j` is what db:start, npm start and npm test share.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT, readLocalNeo4jSettings, type LocalNeo4jSettings } from "./db-env";
import { probeNeo4j, type ProbeResult } from "../lib/neo4j/maintenance";
import type { Neo4jConfig } from "../lib/neo4j/config";

export const LAUNCHER_DIR = path.join(REPO_ROOT, "scripts", "neo4j");
export const LAUNCHER_JAR = path.join(LAUNCHER_DIR, "target", "newsgraph-neo4j.jar");

const log = (message: string) => console.log(`[db] ${message}`);

const INSTALL_HINT =
  "Install Java 17+ and Maven (Debian/Ubuntu: `apt-get install -y openjdk-17-jdk-headless maven`; macOS: " +
  "`brew install openjdk@17 maven`), or run Neo4j yourself (`docker compose up -d`) and point NEO4J_URI at it.";

/** True when a command exists on PATH (runs `<cmd> -version`/`--version`). */
function hasCommand(command: string, versionFlag: string): boolean {
  const result = spawnSync(command, [versionFlag], { stdio: "ignore" });
  return !result.error && result.status === 0;
}

/** Newest modification time under a folder (0 when missing). */
function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  // Files only: a folder's mtime changes when editors create temporary files in it.
  let newest = 0;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** True when the launcher jar is missing or older than its pom or sources. */
export function launcherNeedsBuild(): boolean {
  if (!fs.existsSync(LAUNCHER_JAR) || !fs.existsSync(path.join(LAUNCHER_DIR, "target", "lib"))) return true;
  const jarTime = fs.statSync(LAUNCHER_JAR).mtimeMs;
  return (
    Math.max(newestMtime(path.join(LAUNCHER_DIR, "pom.xml")), newestMtime(path.join(LAUNCHER_DIR, "src"))) > jarTime
  );
}

/** Builds scripts/neo4j with Maven if needed: offline first (fast when ~/.m2 is warm), then online. */
export function ensureLauncherBuilt(): void {
  if (!hasCommand("java", "-version")) throw new Error(`Java was not found on PATH. ${INSTALL_HINT}`);
  if (!launcherNeedsBuild()) return;
  if (!hasCommand("mvn", "--version")) throw new Error(`Maven (mvn) was not found on PATH. ${INSTALL_HINT}`);
  log("building the Neo4j launcher (scripts/neo4j, Maven)…");
  const started = Date.now();
  const mvn = (extra: string[]) =>
    spawnSync("mvn", ["-q", "-B", ...extra, "package"], { cwd: LAUNCHER_DIR, stdio: ["ignore", "pipe", "pipe"] });
  let result = mvn(["-o"]);
  if (result.status !== 0) {
    log("offline build failed (dependencies not cached yet?); downloading from Maven Central…");
    result = mvn([]);
  }
  if (result.status !== 0) {
    const output = `${result.stdout?.toString() ?? ""}${result.stderr?.toString() ?? ""}`.trim().split("\n");
    throw new Error(
      `Building the Neo4j launcher failed (cd scripts/neo4j && mvn -B package):\n${output.slice(-30).join("\n")}\n` +
        "Check that Maven Central is reachable (or that ~/.m2 holds org.neo4j:neo4j).",
    );
  }
  // Maven leaves an up-to-date jar untouched; mark it as built now so the staleness check stays quiet.
  const now = new Date();
  fs.utimesSync(LAUNCHER_JAR, now, now);
  log(`launcher built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function readPid(pidFile: string): number | null {
  try {
    const pid = Number(fs.readFileSync(pidFile, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // Pid reuse: on Linux, check that the process really is our launcher.
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("newsgraph-neo4j.jar");
  } catch {
    return true;
  }
}

/** Pid of the running local launcher for these settings, or null (a stale pid file is removed). */
export function runningLauncherPid(settings: LocalNeo4jSettings): number | null {
  const pid = readPid(settings.pidFile);
  if (pid === null) return null;
  if (isAlive(pid)) return pid;
  fs.rmSync(settings.pidFile, { force: true });
  return null;
}

function tail(file: string, lines = 40): string {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log written)";
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls Bolt until `RETURN 1` succeeds, `gaveUp()` says the server is gone (e.g. its process died), or the
 * timeout passes; prints progress every 10 s.
 */
export async function waitForNeo4j(
  connection: Neo4jConfig,
  timeoutMs: number,
  gaveUp: () => string | null = () => null,
): Promise<ProbeResult> {
  const started = Date.now();
  let nextReport = 10;
  let last: ProbeResult = { ok: false, kind: "unreachable", message: "not tried yet" };
  while (Date.now() - started < timeoutMs) {
    last = await probeNeo4j(connection, 3_000);
    if (last.ok) return last;
    const reason = gaveUp();
    if (reason) return { ok: false, kind: "other", message: reason };
    const elapsed = (Date.now() - started) / 1000;
    if (elapsed >= nextReport) {
      log(`waiting for Neo4j at ${connection.uri}… ${Math.round(elapsed)} s`);
      nextReport += 10;
    }
    await sleep(1_000);
  }
  return { ok: false, kind: last.kind, message: `no answer within ${timeoutMs / 1000} s (${last.message})` };
}

/** Starts the launcher detached (output appended to <data dir>/neo4j.log) and waits for Bolt. */
export async function startLocalNeo4j(settings: LocalNeo4jSettings): Promise<void> {
  let pid = runningLauncherPid(settings);
  if (pid !== null) {
    log(`the local Neo4j (pid ${pid}) is already starting; waiting for it`);
  } else {
    ensureLauncherBuilt();
    fs.mkdirSync(settings.dataDir, { recursive: true });
    const out = fs.openSync(settings.logFile, "a");
    fs.writeSync(out, `\n===== ${new Date().toISOString()} starting Neo4j on ${settings.boltAddress} =====\n`);
    const child = spawn(
      "java",
      [`-Xmx${settings.heap}`, "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError", "-jar", LAUNCHER_JAR],
      {
        cwd: REPO_ROOT,
        detached: true,
        stdio: ["ignore", out, out],
        env: {
          ...process.env,
          NEO4J_DATA_DIR: settings.dataDir,
          NEO4J_BOLT_ADDRESS: settings.boltAddress,
          NEO4J_PASSWORD: settings.connection.password,
          NEO4J_PAGECACHE: settings.pageCache,
        },
      },
    );
    fs.closeSync(out);
    if (child.pid === undefined) throw new Error("Could not start java for the Neo4j launcher.");
    pid = child.pid;
    child.unref();
    fs.writeFileSync(settings.pidFile, `${pid}\n`);
    log(
      `started the local Neo4j (pid ${pid}, data ${path.relative(REPO_ROOT, settings.dataDir) || "."}), log ${settings.logFile}`,
    );
  }
  const started = Date.now();
  const launcherPid = pid;
  const result = await waitForNeo4j(settings.connection, settings.startTimeoutMs, () =>
    isAlive(launcherPid) ? null : "the Neo4j launcher exited during start-up",
  );
  if (!result.ok) {
    throw new Error(
      `Neo4j did not come up at ${settings.connection.uri}: ${result.message}\n` +
        `--- last lines of ${settings.logFile} ---\n${tail(settings.logFile)}\n---\n` +
        `Neo4j's own log: ${path.join(settings.dataDir, "logs", "debug.log")}. A port already in use or a data ` +
        "folder locked by another Neo4j are the usual causes; `npm run db:stop` stops a previous launcher.",
    );
  }
  log(
    `Neo4j is up at ${settings.connection.uri} (${result.agent}) after ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}

/** Stops the local launcher: SIGTERM, wait for a clean shutdown, then SIGKILL. Harmless when not running. */
export async function stopLocalNeo4j(settings: LocalNeo4jSettings, graceMs = 90_000): Promise<boolean> {
  const pid = runningLauncherPid(settings);
  if (pid === null) {
    log(`no local Neo4j running for ${path.relative(REPO_ROOT, settings.dataDir) || settings.dataDir}`);
    fs.rmSync(settings.pidFile, { force: true });
    return false;
  }
  log(`stopping the local Neo4j (pid ${pid})…`);
  process.kill(pid, "SIGTERM");
  const started = Date.now();
  while (isAlive(pid) && Date.now() - started < graceMs) await sleep(500);
  if (isAlive(pid)) {
    log(`still running after ${graceMs / 1000} s; killing it`);
    process.kill(pid, "SIGKILL");
  }
  fs.rmSync(settings.pidFile, { force: true });
  log("stopped");
  return true;
}

export interface EnsureResult {
  /** True when this call started the local Neo4j (so the caller may stop it when done). */
  startedByUs: boolean;
  settings: LocalNeo4jSettings;
}

/**
 * Makes sure a Neo4j answers at NEO4J_URI with the configured credentials: reuses whatever answers, otherwise
 * starts the local launcher when the URI is on this machine. Throws a message saying what to do otherwise.
 */
export async function ensureNeo4j(settings: LocalNeo4jSettings = readLocalNeo4jSettings()): Promise<EnsureResult> {
  const { uri, user } = settings.connection;
  const probe = await probeNeo4j(settings.connection);
  if (probe.ok) {
    log(`Neo4j already answers at ${uri} (${probe.agent}); nothing to start`);
    return { startedByUs: false, settings };
  }
  const starting = runningLauncherPid(settings) !== null;
  if (!starting && probe.kind === "unauthorized") {
    throw new Error(
      `A Neo4j answers at ${uri} but refuses user "${user}" with the configured password (${probe.message}). ` +
        "Set NEO4J_USER/NEO4J_PASSWORD to its credentials, or pick another port in NEO4J_URI.",
    );
  }
  if (!starting && probe.kind === "no-database") {
    throw new Error(`Neo4j at ${uri} has no database "${settings.connection.database}" (${probe.message}).`);
  }
  if (!settings.isLocal) {
    throw new Error(
      `Nothing answers at ${uri} (${probe.message}). It is not on this machine, so it cannot be started here: ` +
        "start that server, or unset NEO4J_URI to use the project's local Neo4j.",
    );
  }
  await startLocalNeo4j(settings);
  return { startedByUs: !starting, settings };
}
