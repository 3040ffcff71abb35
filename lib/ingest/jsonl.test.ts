/** JSON Lines input: fields as stated or detected, content-hash ids, bad lines reported by number, copies merged. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { ingestJsonl, jsonlDraft } from "./jsonl";
import { articleId } from "./article-id";

async function* lines(...items: string[]) {
  yield* items;
}

const TEXT = "Vladimir Putin met Ebrahim Raisi in Tehran on Tuesday.\n\nThe two leaders discussed trade.";

test("a full line: stated outlet and date, url as the file, id from the content", async () => {
  const line = JSON.stringify({
    id: 7,
    title: "Putin in Tehran",
    text: TEXT,
    source: "Reuters",
    date: "2022-07-19T10:00Z",
    url: "https://x.test/a",
  });
  const result = await ingestJsonl(lines(line), { dedupe: true });
  assert.equal(result.errors.length, 0);
  const [a] = result.articles;
  assert.equal(a.id, articleId("Putin in Tehran", TEXT));
  assert.equal(a.source, "Reuters");
  assert.equal(a.date, "2022-07-19");
  assert.deepEqual(a.files, ["https://x.test/a"]);
});

test("without url the file is stdin:<id>, else stdin:<line>; missing fields are detected or null", () => {
  assert.equal(jsonlDraft(JSON.stringify({ id: "k1", title: "T", text: "Body." }), 3).file, "stdin:k1");
  const d = jsonlDraft(JSON.stringify({ title: "T", text: "Body." }), 3);
  assert.equal(d.file, "stdin:3");
  assert.equal(d.statedSource, null);
  assert.equal(d.statedDate, null);
});

test("bad lines are reported with their number and the good ones are kept; blank lines are skipped", async () => {
  const good = JSON.stringify({ title: "Fine", text: TEXT });
  const result = await ingestJsonl(
    lines(
      "{not json",
      "",
      "[1,2]",
      JSON.stringify({ title: "No text" }),
      JSON.stringify({ text: "x", title: 5 }),
      good,
    ),
    { dedupe: true },
  );
  assert.equal(result.articles.length, 1);
  assert.deepEqual(
    result.errors.map((e) => e.file),
    ["stdin line 1", "stdin line 3", "stdin line 4", "stdin line 5"],
  );
  assert.match(result.errors[0].message, /not valid JSON/);
  assert.match(result.errors[1].message, /not a JSON object/);
  assert.match(result.errors[2].message, /"text" is missing/);
  assert.match(result.errors[3].message, /"title" must be a string/);
});

test("the same story twice becomes one article listing both urls (dedupe on), two with dedupe off", async () => {
  const a = JSON.stringify({ title: "Same", text: TEXT, url: "u1" });
  const b = JSON.stringify({ title: "Same", text: TEXT, url: "u2" });
  const on = await ingestJsonl(lines(a, b), { dedupe: true });
  assert.equal(on.articles.length, 1);
  assert.deepEqual([...on.articles[0].files].sort(), ["u1", "u2"]);
  assert.equal(on.duplicatesDropped, 1);
  const off = await ingestJsonl(lines(a, b), { dedupe: false });
  assert.equal(off.articles.length, 2);
});
