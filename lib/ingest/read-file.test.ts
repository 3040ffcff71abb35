import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeText, expandPaths, fileLabel, invalidUtf8Offset, readTextFile } from "./read-file";
import { fileErrors } from "./errors";

const enc = (s: string) => new TextEncoder().encode(s);

test("invalidUtf8Offset points at the first bad byte", () => {
  assert.equal(invalidUtf8Offset(enc("plain ascii, ‘curly’ and ü")), -1);
  assert.equal(invalidUtf8Offset(new Uint8Array([0x41, 0x42, 0xff, 0x43])), 2);
  assert.equal(invalidUtf8Offset(new Uint8Array([0x41, 0xe2, 0x80])), 1); // truncated at the end
  assert.equal(invalidUtf8Offset(new Uint8Array([0xc0, 0xaf])), 0); // overlong
  assert.equal(invalidUtf8Offset(new Uint8Array([0xed, 0xa0, 0x80])), 0); // surrogate
});

test("decodeText refuses NUL bytes, control-character soup and invalid UTF-8", () => {
  assert.throws(
    () => decodeText(new Uint8Array([0x41, 0x00, 0x42])),
    /^IngestFileError: binary file \(contains NUL bytes\)/,
  );
  assert.throws(() => decodeText(new Uint8Array(100).fill(0x01)), /binary file \(100% control characters\)/);
  assert.throws(() => decodeText(new Uint8Array([0x61, 0x62, 0x63, 0xe9, 0x20])), /not valid UTF-8 \(byte offset 3\)/);
  assert.equal(decodeText(enc("\uFEFFHello\r\n")), "Hello\r\n"); // the decoder drops the byte-order mark
});

test("size messages: cap and size in MB with one decimal", () => {
  assert.match(
    fileErrors.tooLarge(25.3 * 1024 * 1024, 20 * 1024 * 1024).message,
    /^larger than the 20 MB cap \(25\.3 MB\)/,
  );
  assert.match(
    fileErrors.unsupportedExtension(".pdf").message,
    /^unsupported extension "\.pdf" \(expected \.txt, \.md, \.html\)$/,
  );
});

test("readTextFile checks the size cap before reading and refuses empty files", async () => {
  const dir = await mkdtemp(join(tmpdir(), "ingest-read-"));
  try {
    await writeFile(join(dir, "big.txt"), "x".repeat(3000));
    await writeFile(join(dir, "empty.txt"), "");
    await writeFile(join(dir, "blank.txt"), "  \n\t\n");
    await assert.rejects(
      readTextFile(join(dir, "big.txt"), 1024),
      /^IngestFileError: larger than the 1 KB cap \(2\.9 KB\)/,
    );
    await assert.rejects(readTextFile(join(dir, "empty.txt")), /empty file/);
    await assert.rejects(readTextFile(join(dir, "blank.txt")), /empty file/);
    await assert.rejects(readTextFile(join(dir, "missing.txt")), { code: "ENOENT" });
    assert.equal(await readTextFile(join(dir, "big.txt"), 3000), "x".repeat(3000));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("expandPaths walks folders in path order, skips hidden files and lists unknown extensions", async () => {
  const dir = await mkdtemp(join(tmpdir(), "ingest-walk-"));
  try {
    await mkdir(join(dir, "b", "deep"), { recursive: true });
    await mkdir(join(dir, ".git"));
    await mkdir(join(dir, "nothing"));
    await writeFile(join(dir, "z.txt"), "z");
    await writeFile(join(dir, "a.md"), "a");
    await writeFile(join(dir, "b", "deep", "c.HTML"), "c");
    await writeFile(join(dir, "b", "notes.pdf"), "p");
    await writeFile(join(dir, ".hidden.txt"), "h");
    await writeFile(join(dir, ".git", "x.txt"), "x");
    await writeFile(join(dir, "nothing", "image.png"), "p");
    const got = await expandPaths([dir, join(dir, "z.txt"), join(dir, "nothing"), join(dir, "b", "notes.pdf")], dir);
    assert.deepEqual(
      got.files.map((f) => [f.label, f.format]),
      [
        ["a.md", "markdown"],
        ["b/deep/c.HTML", "html"],
        ["z.txt", "text"],
      ],
    );
    assert.deepEqual(got.skipped, ["b/notes.pdf", "nothing/image.png"]);
    assert.deepEqual(got.errors, [
      { file: "nothing", message: fileErrors.emptyFolder().message },
      { file: "b/notes.pdf", message: 'unsupported extension ".pdf" (expected .txt, .md, .html)' },
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("fileLabel is relative under the working directory and absolute outside it", () => {
  assert.equal(fileLabel("/work/x/seeds/a.txt", "/work/x"), "seeds/a.txt");
  assert.equal(fileLabel("/elsewhere/a.txt", "/work/x"), "/elsewhere/a.txt");
});

test("expandPaths passes over README and licence files inside folders, but reads one named explicitly", async () => {
  const dir = await mkdtemp(join(tmpdir(), "ingest-notnews-"));
  try {
    await writeFile(join(dir, "README.TXT"), "Consists of 2225 documents from the BBC news website.");
    await writeFile(join(dir, "LICENSE.md"), "MIT License");
    await writeFile(join(dir, "001.txt"), "Blair wins\n\nTony Blair has won.");
    const walked = await expandPaths([dir], dir);
    assert.deepEqual(
      walked.files.map((f) => f.label),
      ["001.txt"],
    );
    assert.deepEqual(walked.notArticles, ["LICENSE.md", "README.TXT"]);
    const named = await expandPaths([join(dir, "README.TXT")], dir);
    assert.deepEqual(
      named.files.map((f) => f.label),
      ["README.TXT"],
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("the size error says what to do without naming an option the CLI lacks", () => {
  assert.doesNotMatch(fileErrors.tooLarge(30 * 1024 * 1024, 20 * 1024 * 1024).message, /maxBytes/);
});
