/**
 * The API's response cache (app/api/_lib/cached.ts) against a real Neo4j (NEO4J_URI; the database is WIPED),
 * through the real route handlers: a repeated read is a hit with the same bytes, If-None-Match gives a 304, and
 * every kind of write — a correction and its undo, a rejected relation, a load, an ingest, and a load by the CLI
 * in another process — makes the next read a miss that shows the write. A stale answer after any of them would
 * be a defect, so each case reads once (caching the old answer) before writing.
 */
import { after, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { GraphData } from "@/lib/graph/types";
import { closeDriver } from "@/lib/neo4j/driver";
import { loadGraph } from "@/lib/neo4j/load";
import { resetDatabase, wipeDatabase } from "@/lib/neo4j/test-support";
import { runIngest } from "@/lib/pipeline/ingest-run";
import { GET as entityGET } from "./entities/[id]/route";
import { GET as evidenceGET } from "./relations/[id]/evidence/route";
import { GET as searchGET } from "./search/route";
import { GET as statsGET } from "./stats/route";
import { POST as postCorrection } from "./corrections/route";
import { POST as postUndo } from "./corrections/[id]/undo/route";
import { responseCache } from "./_lib/cached";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ORIGIN = "http://127.0.0.1:3000";
const MINI = JSON.parse(readFileSync(path.join(ROOT, "lib/neo4j/fixtures/mini-graph.json"), "utf8")) as GraphData;
process.env.NEWSGRAPH_LISTEN_HOST = "127.0.0.1";

const get = (url: string, headers: Record<string, string> = {}) => new Request(`${ORIGIN}${url}`, { headers });
const idParam = (id: string) => ({ params: Promise.resolve({ id: encodeURIComponent(id) }) });
const entity = (id: string, headers: Record<string, string> = {}) =>
  entityGET(get(`/api/entities/${encodeURIComponent(id)}`, headers), idParam(id));
const state = (res: Response) => res.headers.get("x-newsgraph-cache");

async function json<T>(res: Response): Promise<T> {
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()) as T;
}

function post(url: string, body: unknown): Request {
  return new Request(`${ORIGIN}${url}`, {
    method: "POST",
    headers: { host: "127.0.0.1:3000", origin: ORIGIN, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

type Details = { entity: { type: string; name: string } };
type Stats = { articles: number; entities: number };

beforeEach(async () => {
  await resetDatabase(MINI);
});

after(async () => {
  await closeDriver();
});

test("a repeated read is a hit with the same bytes; If-None-Match gives a body-less 304", async () => {
  const first = await entity("person:angela-merkel");
  assert.equal(state(first), "miss");
  const etag = first.headers.get("etag")!;
  assert.match(etag, /^W\/"/);
  assert.equal(first.headers.get("cache-control"), "no-cache");
  const second = await entity("person:angela-merkel");
  assert.equal(state(second), "hit");
  assert.equal(await second.text(), await first.text());
  const revalidated = await entity("person:angela-merkel", { "if-none-match": etag });
  assert.equal(revalidated.status, 304);
  assert.equal(revalidated.headers.get("etag"), etag);
  assert.equal(await revalidated.text(), "");
  // Equal requests written differently share one answer (the key is the normalised request).
  const a = await searchGET(get("/api/search?q=Merkel"));
  const b = await searchGET(get("/api/search?q=%20merkel%20&limit=10"));
  assert.equal(state(a), "miss");
  assert.equal(state(b), "hit");
});

test("a correction and its undo: the next read shows each, never the cached answer from before", async () => {
  assert.equal((await json<Details>(await entity("location:paris"))).entity.type, "LOCATION");
  const etag = (await entity("location:paris")).headers.get("etag")!;
  const res = await postCorrection(
    post("/api/corrections", { kind: "retype", params: { entityId: "location:paris", type: "MISC" } }),
  );
  const { correction } = await json<{ correction: { id: string } }>(res);
  const after = await entity("location:paris", { "if-none-match": etag });
  assert.equal(after.status, 200, "a 304 for the answer from before the correction");
  assert.equal(state(after), "miss");
  assert.equal((await json<Details>(after)).entity.type, "MISC");
  assert.equal((await json<Details>(await entity("location:paris"))).entity.type, "MISC");

  await postUndo(post(`/api/corrections/${encodeURIComponent(correction.id)}/undo`, {}), idParam(correction.id));
  assert.equal((await json<Details>(await entity("location:paris"))).entity.type, "LOCATION");
});

test("a rejected relation's evidence is gone at once (404), not served from the cache", async () => {
  const id = "rel:met:merkel:macron";
  const evidence = () => evidenceGET(get(`/api/relations/${encodeURIComponent(id)}/evidence`), idParam(id));
  assert.equal((await evidence()).status, 200);
  assert.equal(state(await evidence()), "hit");
  await json(await postCorrection(post("/api/corrections", { kind: "reject", params: { relationId: id } })));
  assert.equal((await evidence()).status, 404);
});

test("a load, an ingest and a load by the CLI in another process each show in the next read", async () => {
  const stats = async () => json<Stats>(await statsGET(get("/api/stats")));
  const before = await stats();
  assert.equal(state(await statsGET(get("/api/stats"))), "hit");

  const extra: GraphData = {
    ...MINI,
    articles: [{ ...MINI.articles[0], id: "art-extra", title: "Another meeting", files: ["news/extra.txt"] }],
    entities: [],
    relations: [],
  };
  await loadGraph(extra);
  assert.equal((await stats()).articles, before.articles + 1);

  const search = async (q: string) =>
    (await json<{ hits: { name: string }[] }>(await searchGET(get(`/api/search?q=${q}`)))).hits.map((h) => h.name);
  assert.deepEqual(await search("Scholz"), []);
  await runIngest({
    kind: "memory",
    files: [
      {
        name: "news/scholz.txt",
        bytes: new TextEncoder().encode(
          "Scholz visits Rome\n\nGerman Chancellor Olaf Scholz visited Rome on Friday. Olaf Scholz met the mayor.\n",
        ),
      },
    ],
  });
  assert.ok((await search("Scholz")).includes("Olaf Scholz"), "the ingested entity is not found");

  // Another process writes (the CLI, its own driver): the app sees it through the generation in Neo4j.
  const dir = mkdtempSync(path.join(tmpdir(), "newsgraph-cache-"));
  try {
    const file = path.join(dir, "graph.json");
    writeFileSync(
      file,
      JSON.stringify({ ...extra, articles: [{ ...extra.articles[0], id: "art-cli", files: ["news/cli.txt"] }] }),
    );
    const counted = (await stats()).articles;
    const r = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/main.ts", "load", file], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NEWSGRAPH_DEBUG: "" },
    });
    assert.equal(r.status, 0, r.stderr);
    assert.equal((await stats()).articles, counted + 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an emptied store (no generation) is not cached; the first write turns the cache back on", async () => {
  await wipeDatabase();
  const res = await statsGET(get("/api/stats"));
  assert.equal(state(res), "off");
  assert.equal((await json<Stats>(res)).articles, 0);
  await loadGraph(MINI);
  const loaded = await statsGET(get("/api/stats"));
  assert.equal(state(loaded), "miss");
  assert.equal((await json<Stats>(loaded)).articles, MINI.articles.length);
  assert.ok(responseCache()!.stats().entries >= 1);
});
