import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Article } from "../graph/types";
import { containment, dedupeArticles, duplicateGroups, jaccard, shingles } from "./dedupe";
import { splitArticles } from "./split";
import { draftToArticle } from "./index";

const seed = (name: string) => readFileSync(fileURLToPath(new URL(`../../seeds/${name}`, import.meta.url)), "utf8");
const articlesOf = (name: string) => splitArticles(seed(name), `seeds/${name}`).map((d) => draftToArticle(d, true));

const summit000 = () => articlesOf("000_1bd9928de369abd6.txt")[0];

test("shingles ignore case and punctuation; containment and jaccard", () => {
  assert.deepEqual(shingles("One, two THREE four five six"), shingles("one two three four five six!"));
  assert.equal(shingles("One, two THREE four five six").size, 2);
  assert.notDeepEqual(shingles("one two three four five six"), shingles("one two three four five seven"));
  assert.equal(shingles("Too short").size, 1);
  assert.equal(shingles("").size, 0);
  const a = new Set(["x", "y"]);
  const b = new Set(["x", "y", "z", "w"]);
  assert.equal(containment(a, b), 1);
  assert.equal(jaccard(a, b), 0.5);
  assert.equal(containment(new Set(), b), 0);
});

test("a near-copy with one body line missing is merged and the fuller copy is kept", () => {
  const full = summit000();
  const paragraphs = full.text.split("\n\n");
  const shorter: Article = {
    ...full,
    id: "a-short",
    files: ["copy.txt"],
    text: [...paragraphs.slice(0, 5), ...paragraphs.slice(6)].join("\n\n"),
  };
  const { articles, duplicatesDropped } = dedupeArticles([shorter, full]);
  assert.equal(articles.length, 1);
  assert.equal(duplicatesDropped, 1);
  assert.equal(articles[0].text, full.text);
  assert.equal(articles[0].id, full.id);
  assert.deepEqual(articles[0].files, ["copy.txt", "seeds/000_1bd9928de369abd6.txt"]);
});

test("seeds 000/001/002: the shared summit story is one article listing all three files", () => {
  const all = [
    ...articlesOf("000_1bd9928de369abd6.txt"),
    ...articlesOf("001_e7249d2a8808d04e.txt"),
    ...articlesOf("002_4cce29e48f67c20c.txt"),
  ];
  assert.equal(all.length, 10);
  const { articles, duplicatesDropped } = dedupeArticles(all);
  assert.equal(articles.length, 8);
  assert.equal(duplicatesDropped, 2);
  assert.deepEqual(articles[0].files, [
    "seeds/000_1bd9928de369abd6.txt",
    "seeds/001_e7249d2a8808d04e.txt",
    "seeds/002_4cce29e48f67c20c.txt",
  ]);
  assert.ok(articles.slice(1).every((a) => a.files.length === 1));
});

test("other outlets' reports of the same summit (seeds 003, 004) stay separate", () => {
  const summit = summit000();
  const aj = articlesOf("003_0e915014e309d15e.txt")[0];
  const other = articlesOf("004_8ac758571b9fd40f.txt")[0];
  assert.ok(containment(shingles(summit.text), shingles(aj.text)) < 0.2);
  assert.ok(containment(shingles(summit.text), shingles(other.text)) < 0.2);
  assert.equal(dedupeArticles([summit, aj, other]).articles.length, 3);
});

test("duplicateGroups keeps input order and leaves unrelated texts alone", () => {
  const base = "the quick brown fox jumps over the lazy dog near the river bank today";
  assert.deepEqual(
    duplicateGroups([base, "completely different words about markets and rates today", base + " again"]),
    [[0, 2], [1]],
  );
});
