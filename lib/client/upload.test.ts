/** Unit tests of the upload view's logic: the event-stream reader across chunk borders and the progress reducer. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { IDLE, overallShare, readEvents, reduceProgress, type UploadEvent } from "./upload";

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  return new ReadableStream({
    start(c) {
      for (const chunk of chunks) c.enqueue(enc.encode(chunk));
      c.close();
    },
  });
}

test("events split anywhere across chunks (even inside a UTF-8 character) arrive whole and in order", async () => {
  const text =
    'event: accepted\ndata: {"kind":"accepted","files":2}\n\n' +
    'event: file\ndata: {"kind":"file","file":"upload/café.txt","ok":true,"articles":1,"done":1,"total":2}\n\n';
  const bytes = new TextEncoder().encode(text);
  const cut = text.indexOf("é") + 1; // a byte offset inside the two-byte "é" once encoded
  const chunks = [bytes.slice(0, 7), bytes.slice(7, cut), bytes.slice(cut)];
  const got: UploadEvent[] = [];
  await readEvents(
    new ReadableStream({
      start(c) {
        for (const ch of chunks) c.enqueue(ch);
        c.close();
      },
    }),
    (e) => got.push(e),
  );
  assert.deepEqual(
    got.map((e) => e.kind),
    ["accepted", "file"],
  );
  assert.equal((got[1] as { file: string }).file, "upload/café.txt");
  const none: UploadEvent[] = [];
  await readEvents(streamOf([": comment only\n\n"]), (e) => none.push(e));
  assert.equal(none.length, 0);
});

test("the reducer follows the stages; refused files keep their reason; done is 100 %", () => {
  let p = reduceProgress(IDLE, { kind: "listed", total: 2 });
  p = reduceProgress(p, {
    kind: "file",
    file: "a.txt",
    ok: false,
    articles: 0,
    error: "empty file",
    done: 1,
    total: 2,
  });
  p = reduceProgress(p, { kind: "file", file: "b.txt", ok: true, articles: 1, done: 2, total: 2 });
  assert.equal(p.stage, "reading");
  assert.deepEqual(p.files[0], { file: "a.txt", ok: false, articles: 0, error: "empty file" });
  p = reduceProgress(p, { kind: "extract", done: 1, total: 2 });
  assert.equal(p.stage, "extracting");
  assert.ok(overallShare(p) > 0.4 && overallShare(p) < 0.6);
  p = reduceProgress(p, { kind: "error", message: "Neo4j is down" });
  assert.equal(p.stage, "failed");
  assert.equal(p.error, "Neo4j is down");
});
