#!/usr/bin/env node
/**
 * The `newsgraph` executable (package.json "bin"): runs the compiled CLI in dist/cli (built by `npm run build:cli`,
 * which `prepare` runs on `npm install` / `npm ci`). In a checkout, a build older than any file under lib/ is
 * rebuilt first (about a second, once), so `npm run -s newsgraph` never runs stale code; set
 * NEWSGRAPH_NO_REBUILD=1 to skip the check.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const entry = path.join(root, "dist", "cli", "newsgraph.mjs");
const builder = path.join(root, "scripts", "build-cli.ts");

/** Newest modification time under `dir` (code and model files), in ms. */
function newest(dir) {
  let latest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) latest = Math.max(latest, newest(full));
    else latest = Math.max(latest, statSync(full).mtimeMs);
  }
  return latest;
}

function stale() {
  if (!existsSync(entry)) return true;
  if (process.env.NEWSGRAPH_NO_REBUILD || !existsSync(builder)) return false;
  const built = statSync(entry).mtimeMs;
  return newest(path.join(root, "lib")) > built || statSync(builder).mtimeMs > built;
}

if (stale()) {
  try {
    execFileSync(process.execPath, ["--import", "tsx", builder], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  } catch {
    if (!existsSync(entry)) {
      process.stderr.write(`error: ${entry} is missing and could not be built; run \`npm run build:cli\`.\n`);
      process.exit(1);
    }
    process.stderr.write("warning: could not rebuild the CLI; running the previous build (npm run build:cli)\n");
  }
}
await import(pathToFileURL(entry).href);
