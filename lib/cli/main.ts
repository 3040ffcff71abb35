/**
 * Entry point of the `newsgraph` command line (`npm run -s newsgraph -- <command>`). Runs the command, then
 * always closes the Neo4j driver (if a command opened it) so the process exits promptly.
 */
import { runCli } from "./cli";
import { closeDatabase } from "./database";

let exitCode = 1;
try {
  exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
} finally {
  await closeDatabase().catch((error: unknown) => {
    process.stderr.write(`warning: closing the database connection failed: ${String(error)}\n`);
  });
}
process.exitCode = exitCode;
