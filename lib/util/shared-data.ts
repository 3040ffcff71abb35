/**
 * Where the workplace's shared data lives: training/eval splits and the BBC corpus sit in `../shared` beside the
 * repository (CI lays it out the same way). NEWSGRAPH_SHARED overrides it. Scripts and benchmarks resolve their
 * default input paths here, so no absolute machine path is written into the code.
 */
import path from "node:path";

const REPO_ROOT = path.resolve(import.meta.dirname, "..", "..");

/** Absolute path of a file or folder under the shared data directory, e.g. `sharedPath("eval", "ud")`. */
export function sharedPath(...parts: string[]): string {
  const root = process.env.NEWSGRAPH_SHARED?.trim() || path.resolve(REPO_ROOT, "..", "shared");
  return path.join(root, ...parts);
}
