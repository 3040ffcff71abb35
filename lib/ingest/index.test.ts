import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ingestPaths } from "./index";
import { fileLabel } from "./read-file";

const SEEDS = fileURLToPath(new URL("../../seeds/", import.meta.url));
const label = (name: string) => fileLabel(join(SEEDS, name));
const S000 = "000_1bd9928de369abd6.txt";
const S001 = "001_e7249d2a8808d04e.txt";
const S002 = "002_4cce29e48f67c20c.txt";
const S003 = "003_0e915014e309d15e.txt";
const S004 = "004_8ac758571b9fd40f.txt";

test("seeds with dedupe: 5 files, 12 articles found, 10 after merging the summit story copies", async () => {
  const r = await ingestPaths([SEEDS], { split: "auto", dedupe: true });
  assert.equal(r.files, 5);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.skipped, []);
  assert.equal(r.duplicatesDropped, 2);
  assert.equal(r.articles.length, 10);
  const summary = r.articles.map((a) => [a.title.slice(0, 24), a.source, a.date, a.files]);
  assert.deepEqual(summary, [
    ["Putin, Raisi Summit Main", "AFP", null, [label(S000), label(S001), label(S002)]],
    ["Iranian Plot to Kill Isr", "Reuters", "2023-08-17", [label(S000)]],
    ["EU Toughens Visa Rules f", "Reuters", "2025-07-16", [label(S000)]],
    ["German Military Creates ", "Reuters", "2025-10-06", [label(S000)]],
    ["NATO and Ukraine to Hold", "AFP", "2024-11-22", [label(S001)]],
    ["Russia Pledges ‘Full Sup", "AFP", "2025-12-21", [label(S002)]],
    ["Turkish Agents Capture a", "Anadolu Agency", null, [label(S002)]],
    ["Iran Arrests Norwegian-I", "AFP", null, [label(S002)]],
    ["Putin and Raisi back clo", "Al Jazeera", null, [label(S003)]],
    ["At a summit in Moscow, P", null, null, [label(S004)]],
  ]);
  for (const a of r.articles) assert.match(a.id, /^a-[0-9a-f]{12}$/);
  assert.equal(new Set(r.articles.map((a) => a.id)).size, 10);
});

test("seeds without dedupe keep every copy, each with its own id", async () => {
  const r = await ingestPaths([SEEDS], { split: "auto", dedupe: false });
  assert.equal(r.articles.length, 12);
  assert.equal(r.duplicatesDropped, 0);
  assert.equal(new Set(r.articles.map((a) => a.id)).size, 12);
  assert.equal(r.articles.filter((a) => a.title.startsWith("Putin, Raisi Summit")).length, 3);
  assert.ok(r.articles.every((a) => a.files.length === 1));
});

test("split none gives one article per file", async () => {
  const r = await ingestPaths([SEEDS], { split: "none", dedupe: false });
  assert.equal(r.articles.length, 5);
  assert.deepEqual(
    r.articles.map((a) => a.files[0]),
    [S000, S001, S002, S003, S004].map(label),
  );
});

test("ingesting the seeds twice gives deep-equal results (ids, order, files)", async () => {
  const calls: unknown[] = [];
  const a = await ingestPaths([join(SEEDS, S004), SEEDS], {
    split: "auto",
    dedupe: true,
    onFile: (e) => calls.push(e),
  });
  const b = await ingestPaths([SEEDS], { split: "auto", dedupe: true });
  assert.deepEqual(a, b);
  assert.deepEqual(calls, [
    { file: label(S000), ok: true, articles: 4 },
    { file: label(S001), ok: true, articles: 2 },
    { file: label(S002), ok: true, articles: 4 },
    { file: label(S003), ok: true, articles: 1 },
    { file: label(S004), ok: true, articles: 1 },
  ]);
});

test("a near-copy in another file (one body line missing, no counter line) merges into one article", async () => {
  const dir = await mkdtemp(join(tmpdir(), "ingest-near-"));
  try {
    const original = await readFile(join(SEEDS, S000), "utf8");
    const lines = original.split("\n");
    const copy = lines.filter((l) => l !== "20" && !l.startsWith("Nevertheless, the two presidents")).join("\n");
    await writeFile(join(dir, "a.txt"), copy);
    await writeFile(join(dir, "b.txt"), original);
    const r = await ingestPaths([dir], { split: "auto", dedupe: true });
    assert.equal(r.articles.length, 4);
    assert.equal(r.duplicatesDropped, 4);
    assert.ok(r.articles.every((a) => a.files.length === 2));
    assert.ok(r.articles[0].text.includes("Nevertheless, the two presidents"), "the fuller copy is kept");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("every kind of bad input gets its own error and the good files still come through", async () => {
  const dir = await mkdtemp(join(tmpdir(), "ingest-bad-"));
  try {
    const good = await readFile(join(SEEDS, S003));
    await writeFile(join(dir, "good.txt"), good);
    await writeFile(join(dir, "empty.txt"), "");
    await writeFile(join(dir, "blank.md"), " \n\n\t\n");
    await writeFile(join(dir, "nul.txt"), Buffer.from([0x48, 0x69, 0x00, 0x21]));
    await writeFile(join(dir, "control.txt"), Buffer.alloc(200, 0x02));
    await writeFile(join(dir, "latin1.txt"), Buffer.from("Caf\xe9 au lait", "latin1"));
    await writeFile(join(dir, "big.html"), "<p>" + "x".repeat(9000) + "</p>");
    await writeFile(join(dir, "footer-only.txt"), "Leave a Reply\n\nYour email address will not be published.\n");
    await writeFile(join(dir, "notes.pdf"), "%PDF-1.4");
    await writeFile(join(dir, ".hidden.txt"), "Hidden Headline Here\n\nHidden body.");
    await mkdir(join(dir, "images"));
    await writeFile(join(dir, "images", "photo.jpg"), "jpg");
    const explicitPdf = join(dir, "notes.pdf");
    const missing = join(dir, "missing.txt");
    const files: string[] = [];
    const r = await ingestPaths([dir, explicitPdf, missing, join(dir, "images")], {
      split: "auto",
      dedupe: true,
      maxBytes: 8192,
      onFile: (e) => files.push(`${e.ok ? "ok" : "fail"} ${e.file.slice(dir.length + 1)}`),
    });
    const rel = (f: string) => f.slice(dir.length + 1);
    assert.deepEqual(
      r.errors.filter((e) => e.file.endsWith("good.txt")),
      [],
    );
    assert.equal(r.files, 1);
    assert.equal(r.articles.length, 1);
    assert.equal(r.articles[0].source, "Al Jazeera");
    assert.deepEqual(r.skipped.map(rel), ["images/photo.jpg", "notes.pdf"]);
    const messages = Object.fromEntries(r.errors.map((e) => [rel(e.file), e.message]));
    assert.deepEqual(Object.keys(messages).sort(), [
      "big.html",
      "blank.md",
      "control.txt",
      "empty.txt",
      "footer-only.txt",
      "images",
      "latin1.txt",
      "missing.txt",
      "notes.pdf",
      "nul.txt",
    ]);
    assert.match(messages["big.html"], /^larger than the 8 KB cap \(8\.8 KB\)/);
    assert.equal(messages["blank.md"], "empty file");
    assert.equal(messages["empty.txt"], "empty file");
    assert.match(messages["nul.txt"], /^binary file \(contains NUL bytes\)/);
    assert.match(messages["control.txt"], /^binary file \(100% control characters\)/);
    assert.match(messages["latin1.txt"], /^not valid UTF-8 \(byte offset 3\)/);
    assert.match(messages["footer-only.txt"], /^no article text found/);
    assert.equal(messages["missing.txt"], "no such file or directory");
    assert.equal(messages["notes.pdf"], 'unsupported extension ".pdf" (expected .txt, .md, .html)');
    assert.match(messages["images"], /^folder holds no \.txt, \.md, \.html files/);
    assert.deepEqual(files, [
      "fail big.html",
      "fail blank.md",
      "fail control.txt",
      "fail empty.txt",
      "fail footer-only.txt",
      "ok good.txt",
      "fail latin1.txt",
      "fail nul.txt",
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("no paths at all is an empty result, not an exception", async () => {
  assert.deepEqual(await ingestPaths([], { split: "auto", dedupe: true }), {
    articles: [],
    errors: [],
    files: 0,
    duplicatesDropped: 0,
    skipped: [],
    notArticles: [],
  });
});
