/**
 * The compiled CLI: asset references are re-pointed at the source tree, and a build in a temporary folder runs
 * `extract` (model file found, worker threads started from the compiled worker) with the committed seeds output.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildCli, REPO_ROOT, repointAssets } from "./build-cli";

test("repointAssets: data files resolve from the output folder to the source folder; code URLs are kept", () => {
  const source = [
    'const a = new URL("./model/ner-model.json.gz", import.meta.url);',
    'const b = new URL("./extract-worker.ts", import.meta.url);',
    "const c = import.meta.dirname;",
  ].join("\n");
  const out = repointAssets(source, "/repo/lib/extract/ner/index.ts", "/repo/dist/cli");
  assert.match(out, /new URL\("\.\.\/\.\.\/lib\/extract\/ner\/model\/ner-model\.json\.gz", import\.meta\.url\)/);
  assert.match(out, /new URL\("\.\/extract-worker\.ts", import\.meta\.url\)/);
  assert.match(out, /new URL\("\.\.\/\.\.\/lib\/extract\/ner\/", import\.meta\.url\)/);
  assert.doesNotMatch(out, /import\.meta\.dirname/);
});

test("the compiled CLI extracts the seeds to the committed graph.json, on one worker and on two", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "newsgraph-build-"));
  try {
    const outDir = path.join(dir, "cli");
    await buildCli(outDir);
    const golden = readFileSync(path.join(REPO_ROOT, "graph-data", "graph.json"), "utf8");
    for (const workers of ["1", "2"]) {
      const out = path.join(dir, `out-${workers}`);
      const args = [path.join(outDir, "newsgraph.mjs"), "extract", "seeds", "--out", out, "--workers", workers];
      const r = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: "utf8" });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(readFileSync(path.join(out, "graph.json"), "utf8"), golden, `--workers ${workers}`);
    }
    const help = spawnSync(process.execPath, [path.join(outDir, "newsgraph.mjs"), "--help"], { encoding: "utf8" });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /extract <files or folders…>/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a folder URL keeps its trailing slash, so files resolve inside the folder", () => {
  const out = repointAssets('new URL("./model/", import.meta.url)', "/r/lib/extract/syntax/model.ts", "/r/dist/cli");
  assert.equal(out, 'new URL("../../lib/extract/syntax/model/", import.meta.url)');
});
