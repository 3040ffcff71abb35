/** Unit tests of in-memory ingest (uploads): the same per-file refusals as files on disk, and safe names. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { ingestMemoryFiles } from "./memory";

const enc = (s: string) => new TextEncoder().encode(s);
const STORY = "Port strike ends\n\nDock workers returned to work on Wednesday after the union reached a deal.\n";

test("good files become articles named by their upload path; bad ones are refused one line each", () => {
  const refused: string[] = [];
  const r = ingestMemoryFiles(
    [
      { name: "news/strike.txt", bytes: enc(STORY) },
      { name: "news/empty.txt", bytes: enc("  \n") },
      { name: "news/scan.txt", bytes: new Uint8Array([0x89, 0x50, 0, 0, 1, 2]) },
      { name: "news/photo.jpg", bytes: enc("x") },
      { name: "../etc/passwd.txt", bytes: enc(STORY) },
      { name: "news/README.md", bytes: enc(STORY) },
    ],
    { split: "auto", dedupe: true, onFile: (f) => !f.ok && refused.push(f.file) },
  );
  assert.equal(r.articles.length, 1);
  assert.deepEqual(r.articles[0].files, ["news/strike.txt"]);
  assert.deepEqual(
    r.errors.map((e) => [e.file, e.message.split(" (")[0].split(";")[0]]),
    [
      ["../etc/passwd.txt", "file name must be a relative path without . or .. parts"],
      ["news/empty.txt", "empty file"],
      ["news/photo.jpg", 'unsupported extension ".jpg"'],
      ["news/scan.txt", "binary file"],
    ],
  );
  assert.deepEqual(r.notArticles, ["news/README.md"]);
  assert.equal(refused.length, 5);
});
