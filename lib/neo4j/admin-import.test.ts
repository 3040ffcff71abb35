/** Unit tests of the CSV files for `neo4j-admin database import` (no Neo4j needed). */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { GraphData } from "../graph/types";
import { ARRAY_DELIMITER, csvField, importArguments, writeImportCsv } from "./admin-import";
import { InvalidGraphDataError } from "./errors";
import { mentionRows, statementRows } from "./load-plan";

const mini = (): GraphData =>
  JSON.parse(readFileSync(new URL("./fixtures/mini-graph.json", import.meta.url), "utf8")) as GraphData;

test("csvField quotes strings (doubling quotes), joins lists, leaves null empty", () => {
  assert.equal(csvField('He said "no", then left\nearly'), '"He said ""no"", then left\nearly"');
  assert.equal(csvField(["a", "b;c"]), `"a${ARRAY_DELIMITER}b;c"`);
  assert.equal(csvField([1, 2]), `"1${ARRAY_DELIMITER}2"`);
  assert.equal(csvField(null), "");
  assert.equal(csvField(0.5), "0.5");
  assert.equal(csvField(""), '""');
});

test("writeImportCsv writes one row per record, with mention and evidence counts computed from the rows", () => {
  const data = mini();
  const dir = mkdtempSync(path.join(tmpdir(), "newsgraph-import-"));
  try {
    const files = writeImportCsv(data, dir);
    const rows = (name: string) => readFileSync(path.join(dir, name), "utf8").trimEnd().split("\n").length - 1;
    assert.equal(rows("entities.csv"), data.entities.length);
    assert.equal(rows("relations.csv"), data.relations.length);
    assert.equal(rows("mentions.csv"), mentionRows(data).length);
    assert.equal(rows("subject.csv"), statementRows(data).length);
    const statements = statementRows(data).length;
    assert.equal(
      files.items,
      data.articles.length + data.entities.length + statements * 4 + mentionRows(data).length + data.relations.length,
    );
    const merkel = readFileSync(path.join(dir, "entities.csv"), "utf8")
      .split("\n")
      .find((l) => l.startsWith('"person:angela-merkel"'))!;
    const expected = new Set(
      data.entities.find((e) => e.id === "person:angela-merkel")!.mentions.map((m) => `${m.articleId}:${m.start}`),
    ).size;
    assert.ok(merkel.endsWith(`,${expected},"Entity${ARRAY_DELIMITER}Person"`), merkel);
    const args = importArguments(files);
    assert.deepEqual(args.slice(0, 4), ["database", "import", "full", "neo4j"]);
    assert.ok(args.includes(`--relationships=MENTIONS=${path.join(dir, "mentions.csv")}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("data holding the list separator is refused with a clear error, before any file is written", () => {
  const data = mini();
  data.articles[0].title = `odd${ARRAY_DELIMITER}title`;
  assert.throws(() => writeImportCsv(data, path.join(tmpdir(), "never-written")), InvalidGraphDataError);
});
