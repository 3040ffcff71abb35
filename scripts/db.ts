/**
 * `npm run db:start | db:stop | db:status`: the project's local Neo4j (see scripts/db-local.ts). Settings come from
 * NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, NEO4J_DATA_DIR (docs/setup.md).
 */
import { readLocalNeo4jSettings } from "./db-env";
import { ensureNeo4j, runningLauncherPid, stopLocalNeo4j } from "./db-local";
import { probeNeo4j } from "../lib/neo4j/maintenance";

const commands = [
  {
    id: "start",
    description: "start the local Neo4j unless one already answers at NEO4J_URI",
    fn: async () => {
      await ensureNeo4j();
    },
  },
  {
    id: "stop",
    description: "stop the local Neo4j started for NEO4J_DATA_DIR (harmless when not running)",
    fn: async () => {
      await stopLocalNeo4j(readLocalNeo4jSettings());
    },
  },
  {
    id: "status",
    description: "say whether Neo4j answers at NEO4J_URI (exit 1 if not)",
    fn: async () => {
      const settings = readLocalNeo4jSettings();
      const pid = runningLauncherPid(settings);
      const probe = await probeNeo4j(settings.connection);
      console.log(`[db] local launcher: ${pid === null ? "not running" : `pid ${pid}`} (${settings.dataDir})`);
      console.log(`[db] ${settings.connection.uri}: ${probe.ok ? `answers (${probe.agent})` : probe.message}`);
      if (!probe.ok) process.exitCode = 1;
    },
  },
];

async function main(): Promise<void> {
  const name = process.argv[2];
  const command = commands.find((c) => c.id === name);
  if (!command) {
    console.error(`usage: tsx scripts/db.ts <${commands.map((c) => c.id).join("|")}>`);
    for (const c of commands) console.error(`  ${c.id.padEnd(7)} ${c.description}`);
    process.exit(2);
  }
  await command.fn();
}

main().catch((error: unknown) => {
  console.error(`[db] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
