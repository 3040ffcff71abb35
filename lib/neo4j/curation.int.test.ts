/**
 * Integration tests of curation against a real Neo4j (NEO4J_URI; `source .env.worktree.sh && npm run db:start`):
 * each correction is stored with who/when/why, survives loading the same data again, is undoable, and survives an
 * export → wipe → load → import round trip; the write routes refuse foreign origins and missing tokens and store
 * nothing then. They wipe the database.
 */
import { after, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { GraphData } from "../graph/types";
import { closeDriver } from "./driver";
import { NotFoundInStoreError } from "./errors";
import { exportCorrections, importCorrections, listCorrections, recordCorrection, undoCorrection } from "./curation";
import { splitEntityId } from "./curation-plan";
import { loadGraph } from "./load";
import { COUNT_CURATIONS, ENTITY_LABELS_BY_ID } from "./queries/curation";
import { entityDetails, relationEvidence } from "./read";
import { resetDatabase, wipeDatabase } from "./test-support";
import { runRead } from "./transport";
import { POST as postCorrection } from "../../app/api/corrections/route";
import { POST as postUndo } from "../../app/api/corrections/[id]/undo/route";

const MINI = JSON.parse(readFileSync(new URL("./fixtures/mini-graph.json", import.meta.url), "utf8")) as GraphData;

const relationIds = async (id: string) =>
  ((await entityDetails(id))?.relations ?? []).flatMap((g) => g.items.map((r) => r.id)).sort();

const curationCount = async () => (await runRead<{ n: number }>(COUNT_CURATIONS))[0].n;

beforeEach(async () => {
  await resetDatabase(MINI);
});

after(async () => {
  await closeDriver();
});

test("merge: mentions, relations and names move to the kept entity; a reload keeps it merged; undo restores", async () => {
  const before = await entityDetails("location:paris");
  const c = await recordCorrection({
    kind: "merge",
    params: { keepId: "location:paris", mergeId: "location:france" },
    who: "tester",
    why: "same place in this corpus",
  });
  assert.equal(c.who, "tester");
  assert.equal(c.why, "same place in this corpus");
  assert.ok(!Number.isNaN(Date.parse(c.at)));
  const check = async () => {
    assert.equal(await entityDetails("location:france"), null);
    const paris = await entityDetails("location:paris");
    assert.ok(paris!.entity.aliases.includes("France"));
    assert.deepEqual(await relationIds("location:paris"), ["rel:president-of:macron:france"]);
    assert.equal(paris!.entity.mentionCount, 2);
  };
  await check();
  await loadGraph(MINI);
  await check();
  const undone = await undoCorrection(c.id);
  assert.equal(undone.undone, true);
  const france = await entityDetails("location:france");
  assert.equal(france?.entity.mentionCount, 1);
  assert.deepEqual(await relationIds("location:france"), ["rel:president-of:macron:france"]);
  const paris = await entityDetails("location:paris");
  assert.deepEqual(paris?.entity.aliases, before?.entity.aliases);
  assert.equal(paris?.entity.mentionCount, before?.entity.mentionCount);
  assert.deepEqual(await relationIds("location:paris"), []);
  // Undone records stay listed but are no longer applied.
  await loadGraph(MINI);
  assert.ok(await entityDetails("location:france"));
  assert.equal((await listCorrections())[0].undone, true);
});

test("reject: the relation disappears, stays rejected after a reload, and undo brings back its evidence", async () => {
  const id = "rel:visited:merkel:siemens";
  const c = await recordCorrection({ kind: "reject", params: { relationId: id }, why: "misread" });
  assert.equal(await relationEvidence(id), null);
  await loadGraph(MINI);
  assert.equal(await relationEvidence(id), null);
  await assert.rejects(recordCorrection({ kind: "reject", params: { relationId: id } }), NotFoundInStoreError);
  await undoCorrection(c.id);
  const back = await relationEvidence(id);
  assert.equal(back?.relation.evidenceCount, 1);
  assert.equal(back?.evidence.length, 1);
});

test("split: mentions written as the alias move to a new entity; a reload keeps them apart; undo joins them", async () => {
  const c = await recordCorrection({ kind: "split", params: { entityId: "person:angela-merkel", alias: "Merkel" } });
  const newId = splitEntityId("person:angela-merkel", "Merkel");
  const check = async () => {
    const split = await entityDetails(newId);
    assert.equal(split?.entity.name, "Merkel");
    assert.equal(split?.entity.type, "PERSON");
    assert.equal(split?.entity.mentionCount, 1);
    const merkel = await entityDetails("person:angela-merkel");
    assert.equal(merkel?.entity.mentionCount, 3);
    assert.ok(!merkel?.entity.aliases.includes("Merkel"));
  };
  await check();
  await loadGraph(MINI);
  await check();
  await undoCorrection(c.id);
  assert.equal(await entityDetails(newId), null);
  const merkel = await entityDetails("person:angela-merkel");
  assert.equal(merkel?.entity.mentionCount, 4);
  assert.ok(merkel?.entity.aliases.includes("Merkel"));
});

test("retype: type and label change, survive a reload, and undo restores both", async () => {
  const labels = async () =>
    (await runRead<{ labels: string[] }>(ENTITY_LABELS_BY_ID, { id: "organization:siemens" }))[0].labels.sort();
  const c = await recordCorrection({ kind: "retype", params: { entityId: "organization:siemens", type: "MISC" } });
  assert.deepEqual(await labels(), ["Entity", "Misc"]);
  await loadGraph(MINI);
  assert.equal((await entityDetails("organization:siemens"))?.entity.type, "MISC");
  assert.deepEqual(await labels(), ["Entity", "Misc"]);
  await undoCorrection(c.id);
  assert.equal((await entityDetails("organization:siemens"))?.entity.type, "ORGANIZATION");
  assert.deepEqual(await labels(), ["Entity", "Organization"]);
  await assert.rejects(undoCorrection(c.id), /already undone/);
});

test("bad requests store nothing: unknown entity, self-merge, unknown kind, bad type", async () => {
  await assert.rejects(
    recordCorrection({ kind: "merge", params: { keepId: "location:paris", mergeId: "person:nobody" } }),
    (e: unknown) => e instanceof NotFoundInStoreError && /person:nobody/.test(e.message),
  );
  await assert.rejects(
    recordCorrection({ kind: "merge", params: { keepId: "location:paris", mergeId: "location:paris" } }),
    z.ZodError,
  );
  await assert.rejects(recordCorrection({ kind: "explode", params: {} }), z.ZodError);
  await assert.rejects(
    recordCorrection({ kind: "retype", params: { entityId: "location:paris", type: "CITY" } }),
    z.ZodError,
  );
  assert.equal(await curationCount(), 0);
  assert.ok(await entityDetails("location:paris"));
});

test("export → wipe → load → import re-applies the corrections; importing again skips them; a bad file stores nothing", async () => {
  await recordCorrection({ kind: "reject", params: { relationId: "rel:visited:merkel:siemens" }, who: "a", why: "b" });
  const undone = await recordCorrection({ kind: "retype", params: { entityId: "location:munich", type: "MISC" } });
  await undoCorrection(undone.id);
  const file = JSON.parse(JSON.stringify(await exportCorrections()));
  assert.equal(file.corrections.length, 2);
  await wipeDatabase();
  await loadGraph(MINI);
  assert.deepEqual(await importCorrections(file), { imported: 2, skipped: 0 });
  assert.equal(await relationEvidence("rel:visited:merkel:siemens"), null);
  assert.equal((await entityDetails("location:munich"))?.entity.type, "LOCATION");
  const listed = await listCorrections();
  assert.deepEqual(
    listed.map((c) => [c.kind, c.who, c.undone]),
    [
      ["reject", "a", false],
      ["retype", "anonymous", true],
    ],
  );
  assert.deepEqual(await importCorrections(file), { imported: 0, skipped: 2 });
  const bad = { ...file, corrections: [...file.corrections, { ...file.corrections[0], id: "x", kind: "nope" }] };
  await assert.rejects(importCorrections(bad), z.ZodError);
  await assert.rejects(importCorrections({ format: "something-else" }), z.ZodError);
  assert.equal(await curationCount(), 2);
});

// ------------------------------------------------------------------------------------------------------------
// The write routes, called as Next calls them, on a process that is not started on loopback.

const BODY = JSON.stringify({ kind: "retype", params: { entityId: "location:paris", type: "MISC" } });

function routeRequest(headers: Record<string, string>, path = "/api/corrections"): Request {
  return new Request(`http://127.0.0.1:3000${path}`, {
    method: "POST",
    headers: { host: "127.0.0.1:3000", "content-type": "application/json", ...headers },
    body: BODY,
  });
}

async function withEnv<T>(env: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

test("write routes refuse a foreign origin (403) and store nothing", async () => {
  await withEnv({ NEWSGRAPH_LISTEN_HOST: "127.0.0.1", NEWSGRAPH_WRITE_TOKEN: undefined }, async () => {
    const res = await postCorrection(routeRequest({ origin: "https://evil.example" }));
    assert.equal(res.status, 403);
    assert.equal(await curationCount(), 0);
    assert.equal((await entityDetails("location:paris"))?.entity.type, "LOCATION");
    const ok = await postCorrection(routeRequest({ origin: "http://127.0.0.1:3000" }));
    assert.equal(ok.status, 200);
    const { correction } = (await ok.json()) as { correction: { id: string } };
    const path = `/api/corrections/${encodeURIComponent(correction.id)}/undo`;
    const undo = (h: Record<string, string>) =>
      postUndo(routeRequest(h, path), { params: Promise.resolve({ id: correction.id }) });
    assert.equal((await undo({ origin: "https://evil.example" })).status, 403);
    assert.equal((await entityDetails("location:paris"))?.entity.type, "MISC");
    assert.equal((await undo({ origin: "http://127.0.0.1:3000" })).status, 200);
    assert.equal((await entityDetails("location:paris"))?.entity.type, "LOCATION");
  });
});

test("write routes need the token when NEWSGRAPH_WRITE_TOKEN is set, and are off on a public host without one", async () => {
  await withEnv({ NEWSGRAPH_LISTEN_HOST: "0.0.0.0", NEWSGRAPH_WRITE_TOKEN: undefined }, async () => {
    const res = await postCorrection(routeRequest({}));
    assert.equal(res.status, 403);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, "writes_disabled");
  });
  await withEnv({ NEWSGRAPH_LISTEN_HOST: "0.0.0.0", NEWSGRAPH_WRITE_TOKEN: "t0ken" }, async () => {
    assert.equal((await postCorrection(routeRequest({}))).status, 401);
    assert.equal((await postCorrection(routeRequest({ authorization: "Bearer wrong" }))).status, 401);
    assert.equal(await curationCount(), 0);
    assert.equal((await postCorrection(routeRequest({ authorization: "Bearer t0ken" }))).status, 200);
    assert.equal(await curationCount(), 1);
  });
});
