/**
 * `newsgraph explain-entity`: run as users run it (a child process) on the committed seeds graph and on bad
 * input; the printed reasons come from the entity's `resolution` field.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { explainEntity } from "./explain-entity";

const ROOT = resolve(import.meta.dirname, "../../..");

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/main.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test("explains every alias of a seeds entity with its rule", () => {
  const r = cli(["explain-entity", "person:ebrahim-raisi"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^person:ebrahim-raisi: Ebrahim Raisi \(PERSON\)/);
  assert.match(r.stdout, /"Raisi" joined "Ebrahim Raisi" by surname-in-article/);
  assert.match(r.stdout, /"Ibrahim Raisi" joined "Ebrahim Raisi" by person-/);
});

test("an unknown id is refused with the closest ids; no id is a usage error", () => {
  const r = cli(["explain-entity", "raisi"]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /no entity with id "raisi"; did you mean person:ebrahim-raisi\?/);
  assert.equal(cli(["explain-entity"]).code, 2);
});

test("a graph file that is not valid is refused", () => {
  const dir = mkdtempSync(join(tmpdir(), "ng-explain-"));
  const file = join(dir, "graph.json");
  writeFileSync(file, JSON.stringify({ version: 1, articles: [], entities: [{ id: "x" }], relations: [] }));
  const r = cli(["explain-entity", "x", "--graph", file]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /entities\[0\]/);
});

test("aliases without a recorded reason say so", () => {
  const lines = explainEntity({ id: "person:a-b", name: "A B", type: "PERSON", aliases: ["A B", "B"], mentions: [] });
  assert.match(lines[1], /"B": no recorded reason/);
});
