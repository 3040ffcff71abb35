/**
 * `newsgraph parse` end to end through the real CLI: CoNLL-U in and out with untouched columns, readable trees
 * for text, and clear errors for a wrong command line or a malformed file.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../../..");

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/main.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NEWSGRAPH_DEBUG: "" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test("parse --conllu writes CoNLL-U with predicted columns; other lines pass through", () => {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-parse-"));
  const file = join(dir, "in.conllu");
  const input =
    "# sent_id = a\n# text = Putin met Raisi.\n" +
    "1\tPutin\t_\t_\t_\t_\t_\t_\t_\t_\n2\tmet\t_\t_\t_\tTense=Past\t_\t_\t_\t_\n" +
    "3\tRaisi\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
  writeFileSync(file, input);
  const r = cli(["parse", "--conllu", file]);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.split("\n");
  assert.deepEqual(lines.slice(0, 2), ["# sent_id = a", "# text = Putin met Raisi."]);
  const met = lines[3].split("\t");
  assert.deepEqual(
    [met[1], met[2], met[3], met[5], met[6], met[7]],
    ["met", "meet", "VERB", "Tense=Past", "0", "root"],
  );
  assert.equal(lines[4].split("\t")[9], "SpaceAfter=No");
  assert.equal(lines.filter((l) => l.includes("\t")).length, 4);
});

test("parse --text prints a tree per sentence", () => {
  const r = cli(["parse", "--text", "Putin met Raisi. They talked."]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^# Putin met Raisi\.\nroot {2}met {2}VERB\/VBD {2}meet {2}#2/m);
  assert.match(r.stdout, /├─ nsubj {2}Putin {2}PROPN/);
  assert.match(r.stdout, /^# They talked\.$/m);
});

test("a wrong command line or a malformed file is a clear error", () => {
  const usage = cli(["parse"]);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /exactly one of --conllu <file>, --text <text> or one text file/);
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-parse-"));
  const bad = join(dir, "bad.conllu");
  writeFileSync(bad, "1\tPutin\t_\n");
  const r = cli(["parse", "--conllu", bad]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /is not valid CoNLL-U: CoNLL-U line 1: expected 10 tab-separated columns/);
  const missing = cli(["parse", "--conllu", join(dir, "nope.conllu")]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /cannot read .*nope\.conllu/);
});
