/**
 * Integration tests of POST /api/ingest through the real route handler, a real worker thread and a real Neo4j
 * (NEO4J_URI; the database is WIPED): refused uploads (foreign origin, missing token, too many files, busy)
 * change nothing; an accepted one streams per-file progress and a summary with each refused file's reason.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { POST } from "./route";
import { closeDriver } from "@/lib/neo4j/driver";
import { databaseFingerprint, wipeDatabase } from "@/lib/neo4j/test-support";
import { readEvents, type UploadEvent } from "@/lib/client/upload";
import { UPLOAD_LIMITS } from "@/lib/pipeline/upload-job";

const ORIGIN = "http://127.0.0.1:3000";
process.env.NEWSGRAPH_LISTEN_HOST = "127.0.0.1";
process.env.NEWSGRAPH_INGEST_WORKER = "source";

const STORY = {
  name: "news/merkel.txt",
  text:
    "Merkel meets Macron\n\nGerman Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on " +
    "Monday. Angela Merkel said the two countries would work together on the budget.\n",
};

function upload(body: unknown, headers: Record<string, string> = {}) {
  return POST(
    new Request(`${ORIGIN}/api/ingest`, {
      method: "POST",
      headers: { host: "127.0.0.1:3000", origin: ORIGIN, "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    }),
  );
}

async function events(res: Response): Promise<UploadEvent[]> {
  const out: UploadEvent[] = [];
  await readEvents(res.body!, (e) => out.push(e));
  return out;
}

before(wipeDatabase);
after(async () => {
  delete process.env.NEWSGRAPH_WRITE_TOKEN;
  await closeDriver();
});

test("a foreign origin, a missing token and too many files are refused and change nothing", async () => {
  const before = await databaseFingerprint();
  let res = await upload({ files: [STORY] }, { origin: "http://evil.example" });
  assert.equal(res.status, 403);
  assert.equal(((await res.json()) as { error: { code: string } }).error.code, "foreign_origin");

  process.env.NEWSGRAPH_WRITE_TOKEN = "s3cret-token";
  try {
    res = await upload({ files: [STORY] });
    assert.equal(res.status, 401);
    res = await upload({ files: [STORY] }, { authorization: "Bearer wrong" });
    assert.equal(res.status, 401);
  } finally {
    delete process.env.NEWSGRAPH_WRITE_TOKEN;
  }

  const many = Array.from({ length: UPLOAD_LIMITS.maxFiles + 1 }, (_, i) => ({ name: `f${i}.txt`, text: "x" }));
  res = await upload({ files: many });
  assert.equal(res.status, 413);
  assert.match(((await res.json()) as { error: { message: string } }).error.message, /Too many files/);

  res = POST(
    new Request(`${ORIGIN}/api/ingest`, {
      method: "POST",
      headers: { host: "127.0.0.1:3000", "content-type": "text/plain" },
      body: "Merkel meets Macron",
    }),
  ) as unknown as Response;
  assert.equal((await res).status, 415);
  assert.equal(await databaseFingerprint(), before);
});

test("an upload streams per-file progress and a summary naming the refused file; a second one meanwhile is busy", async () => {
  process.env.NEWSGRAPH_WRITE_TOKEN = "s3cret-token";
  const auth = { authorization: "Bearer s3cret-token" };
  const first = await upload({ files: [STORY, { name: "news/broken.txt", text: "" }] }, auth);
  assert.equal(first.status, 200);
  assert.match(first.headers.get("content-type") ?? "", /text\/event-stream/);
  const busy = await upload({ files: [STORY] }, auth);
  assert.equal(busy.status, 409);
  assert.match(((await busy.json()) as { error: { message: string } }).error.message, /^Busy: another ingest/);

  const got = await events(first);
  const files = got.filter((e) => e.kind === "file");
  assert.deepEqual(
    files.map((e) => [e.file, e.ok]),
    [
      ["upload/news/broken.txt", false],
      ["upload/news/merkel.txt", true],
    ],
  );
  const done = got.find((e) => e.kind === "done");
  assert.ok(done && done.kind === "done", JSON.stringify(got.at(-1)));
  assert.equal(done.summary.message, "0 unchanged, 1 new, 0 changed");
  assert.deepEqual(done.summary.refused, [{ file: "upload/news/broken.txt", reason: "empty file", kind: "error" }]);
  assert.ok(done.summary.newEntities.some((e) => e.name === "Angela Merkel"));

  // Finished: the next upload is accepted, and finds the story unchanged.
  const again = await events(await upload({ files: [STORY] }, auth));
  const second = again.find((e) => e.kind === "done");
  assert.ok(second && second.kind === "done");
  assert.equal(second.summary.message, "1 unchanged, 0 new, 0 changed");
});
