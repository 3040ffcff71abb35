/**
 * The production build of the Next.js app: whether .next is stale, and `next build` itself. Used by npm start
 * (build only when needed) and npm test (always builds, so the e2e run tests the current sources).
 */
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./db-env";
import { localBin, runCommand } from "./run-command";

/** Folders and files whose changes make the build stale. */
const BUILD_INPUTS = ["app", "components", "lib", "public", "next.config.js", "package.json", "tsconfig.json"];

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0; // files only: folder mtimes change with temporary files
  for (const entry of fs.readdirSync(target)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** True when .next/BUILD_ID is missing or older than any source the app is built from. */
export function buildIsStale(root: string = REPO_ROOT): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return BUILD_INPUTS.some((input) => newestMtime(path.join(root, input)) > built);
}

/** Runs `next build` (extra flags e.g. --no-lint); throws when it fails (its own output says why). */
export async function buildApp(extraArgs: string[] = []): Promise<void> {
  const result = await runCommand(localBin("next"), ["build", ...extraArgs], {
    env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env },
  });
  if (result.code !== 0) throw new Error(`next build failed (exit ${result.code}); see the output above.`);
}
