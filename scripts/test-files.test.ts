// Unit tests of test discovery and TAP summary parsing (scripts/test-files.ts).
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { findTestFiles, parseTapSummary } from "./test-files";

function tree(files: string[]): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-test-files-"));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), "");
  }
  return root;
}

test("findTestFiles separates unit and integration tests and skips dependency and output folders", () => {
  const root = tree([
    "lib/a.test.ts",
    "lib/deep/b.test.ts",
    "lib/deep/c.int.test.ts",
    "lib/a.ts",
    "lib/d.spec.ts",
    "scripts/e.test.ts",
    "node_modules/x/f.test.ts",
    ".next/g.test.ts",
    "e2e/h.test.ts",
    "scripts/neo4j/target/i.test.ts",
  ]);
  try {
    const rel = (files: string[]) => files.map((f) => path.relative(root, f));
    assert.deepEqual(rel(findTestFiles(root, "unit")), ["lib/a.test.ts", "lib/deep/b.test.ts", "scripts/e.test.ts"]);
    assert.deepEqual(rel(findTestFiles(root, "int")), ["lib/deep/c.int.test.ts"]);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test("findTestFiles returns nothing for a tree without tests", () => {
  const root = tree(["lib/a.ts"]);
  try {
    assert.deepEqual(findTestFiles(root, "unit"), []);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test("parseTapSummary reads the last summary block and counts cancelled tests as failed", () => {
  const tap = [
    "TAP version 13",
    "# Subtest: inner",
    "    # pass 99",
    "ok 1 - inner",
    "# tests 7",
    "# pass 4",
    "# fail 2",
    "# cancelled 1",
    "# skipped 0",
  ].join("\n");
  assert.deepEqual(parseTapSummary(tap), { passed: 4, failed: 3 });
});

test("parseTapSummary of an empty or broken report is zero, not NaN", () => {
  assert.deepEqual(parseTapSummary(""), { passed: 0, failed: 0 });
  assert.deepEqual(parseTapSummary("# pass many\nnot ok 1"), { passed: 0, failed: 0 });
});
