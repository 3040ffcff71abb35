/**
 * `extract --stdin-jsonl` as a user runs it: a child process fed JSON Lines on stdin writes graph.json with those
 * articles, reports a bad line by number (exit 1, the rest still written), and refuses paths given beside it.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { GraphData } from "../graph/types";

const ROOT = path.resolve(import.meta.dirname, "../..");

function cli(args: string[], input: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "lib/cli/main.ts", ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
  });
}

test("articles from stdin are extracted; a bad line is reported and skipped", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "newsgraph-jsonl-"));
  try {
    const input = [
      JSON.stringify({
        id: "1",
        title: "Putin meets Raisi",
        text: "Russian President Vladimir Putin met Iranian President Ebrahim Raisi in Tehran on Tuesday.",
        source: "Reuters",
        date: "2022-07-19",
        url: "https://example.test/1",
      }),
      "{broken",
      JSON.stringify({ title: "Merkel in Paris", text: "Angela Merkel visited Paris on Monday, officials said." }),
    ].join("\n");
    const r = cli(["extract", "--stdin-jsonl", "--out", dir, "--workers", "2"], input);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /error: stdin line 2: not valid JSON/);
    assert.match(r.stdout, /3 lines \(1 failed\), 2 articles/);
    const graph = JSON.parse(readFileSync(path.join(dir, "graph.json"), "utf8")) as GraphData;
    assert.deepEqual(graph.articles.map((a) => a.files[0]).sort(), ["https://example.test/1", "stdin:3"]);
    assert.ok(graph.entities.some((e) => e.name === "Vladimir Putin" && e.type === "PERSON"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("--stdin-jsonl with paths is a usage error", () => {
  const r = cli(["extract", "seeds", "--stdin-jsonl", "--out", "/tmp/unused"], "");
  assert.equal(r.status, 2);
  assert.match(r.stderr, /give no files or folders with it/);
});
