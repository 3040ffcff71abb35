/**
 * Test discovery and result counting for scripts/test.ts: finds `*.test.ts` files at run time (Node 20's --test
 * does not expand globs, and other parts add tests later) and reads the summary of a TAP report.
 */
import fs from "node:fs";
import path from "node:path";

export interface TestCounts {
  passed: number;
  failed: number;
}

/** Folders never searched for tests: dependencies, build output, data, Playwright's specs and reports. */
const SKIPPED_DIRS = new Set([
  "node_modules",
  ".next",
  ".data",
  ".git",
  "e2e",
  "graph-data",
  "test-results",
  "playwright-report",
  "target",
]);

/** Sorted absolute paths of unit tests (`*.test.ts` but not `*.int.test.ts`) or integration tests (`*.int.test.ts`). */
export function findTestFiles(root: string, kind: "unit" | "int"): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith(".")) walk(path.join(dir, entry.name));
      } else if (entry.isFile() && entry.name.endsWith(".test.ts")) {
        const isInt = entry.name.endsWith(".int.test.ts");
        if (isInt === (kind === "int")) found.push(path.join(dir, entry.name));
      }
    }
  };
  walk(root);
  return found.sort();
}

/** Passed and failed counts from the final summary of a node:test TAP report (cancelled tests count as failed). */
export function parseTapSummary(tap: string): TestCounts {
  const last = (name: string): number => {
    const matches = [...tap.matchAll(new RegExp(`^# ${name} (\\d+)\\s*$`, "gm"))];
    return matches.length ? Number(matches[matches.length - 1][1]) : 0;
  };
  return { passed: last("pass"), failed: last("fail") + last("cancelled") };
}
