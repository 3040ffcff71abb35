/**
 * Integration tests of `newsgraph load` and `newsgraph ingest` against a real Neo4j, through the CLI as users run
 * it (child processes). The database is WIPED: run it on your own instance, e.g.
 * `NEO4J_URI=bolt://127.0.0.1:7691 NEO4J_DATA_DIR=.data/neo4j-cli npm run db:start`, then
 * `NEO4J_URI=bolt://127.0.0.1:7691 npx tsx --test lib/cli/load.int.test.ts`.
 */
import { after, before, test } from "node:test";
import { wipeDatabase } from "../neo4j/test-support";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { GraphData } from "../graph/types";
import { closeDriver } from "../neo4j/driver";
import { COUNT_GRAPH } from "../neo4j/queries/write";
import { runRead } from "../neo4j/transport";

const ROOT = resolve(import.meta.dirname, "../..");
const SEEDS_GRAPH = join(ROOT, "graph-data", "graph.json");
const seeds = JSON.parse(readFileSync(SEEDS_GRAPH, "utf8")) as GraphData;

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/main.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NEWSGRAPH_DEBUG: "" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function counts(): Promise<Record<string, number>> {
  return (await runRead<Record<string, number>>(COUNT_GRAPH))[0];
}

/** "13 articles (13 created, 0 updated)" → { articles: [13, 0], … } from a load summary line. */
function createdUpdated(stdout: string): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const m of stdout.matchAll(/([\d,]+) ([a-z ]+?) \(([\d,]+) created, ([\d,]+) updated\)/g)) {
    out[m[2]] = [Number(m[3].replaceAll(",", "")), Number(m[4].replaceAll(",", ""))];
  }
  return out;
}

before(wipeDatabase);

after(async () => {
  await closeDriver();
});

test("load stores the seeds graph; loading it again creates nothing and changes no count", async () => {
  const first = cli(["load"]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /^Done in .*: loaded graph-data\/graph\.json: /);
  const firstCounts = createdUpdated(first.stdout);
  assert.deepEqual(firstCounts.articles, [seeds.articles.length, 0]);
  assert.deepEqual(firstCounts.entities, [seeds.entities.length, 0]);
  assert.deepEqual(firstCounts.relations, [seeds.relations.length, 0]);
  const stored = await counts();
  assert.equal(stored.articles, seeds.articles.length);
  assert.equal(stored.entities, seeds.entities.length);

  const second = cli(["load", SEEDS_GRAPH, "--batch-size", "7"]);
  assert.equal(second.code, 0, second.stderr);
  const secondCounts = createdUpdated(second.stdout);
  for (const [kind, [created, updated]] of Object.entries(firstCounts)) {
    assert.deepEqual(secondCounts[kind], [0, created + updated], kind);
  }
  assert.deepEqual(await counts(), stored);
});

test("a malformed or invalid file is refused with its first bad record, and nothing stored is lost", async () => {
  const before = await counts();
  assert.ok(before.articles > 0, "the previous test loaded the seeds");
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-load-"));

  const malformed = join(dir, "malformed.json");
  writeFileSync(malformed, readFileSync(SEEDS_GRAPH, "utf8").slice(0, 5000));
  let r = cli(["load", malformed]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^error: .*malformed\.json:\d+:\d+: not valid JSON/);

  // Valid records first, then one bad one: the loader must not write the good ones either.
  const invalid = structuredClone(seeds);
  invalid.articles.push({ ...invalid.articles[0], id: "a-new-article", title: "New" });
  invalid.relations[3] = { ...invalid.relations[3], target: "person:nobody" };
  writeFileSync(join(dir, "invalid.json"), JSON.stringify(invalid));
  r = cli(["load", join(dir, "invalid.json")]);
  assert.equal(r.code, 1);
  assert.equal(
    r.stderr,
    `error: relations[3] (id ${JSON.stringify(invalid.relations[3].id)}): "target" refers to unknown entity "person:nobody"\n`,
  );
  assert.deepEqual(await counts(), before);
  const [{ n }] = await runRead<{ n: number }>("MATCH (a:Article {id: 'a-new-article'}) RETURN count(a) AS n");
  assert.equal(n, 0);
});

test("ingest extracts the seeds, writes graph.json, and loads exactly that graph", async () => {
  // Into an empty store: with the seeds already loaded, ingest would find every article unchanged (next test).
  await wipeDatabase();
  const out = mkdtempSync(join(tmpdir(), "newsgraph-ingest-"));
  const r = cli(["ingest", "seeds", "--out", out]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Extracted in .*→ .*graph\.json\nLoaded in .*: /);
  const written = JSON.parse(readFileSync(join(out, "graph.json"), "utf8")) as GraphData;
  const loaded = createdUpdated(r.stdout);
  assert.equal(loaded.articles[0] + loaded.articles[1], written.articles.length);
  assert.equal(loaded.entities[0] + loaded.entities[1], written.entities.length);
  assert.equal(loaded.relations[0] + loaded.relations[1], written.relations.length);
  const [stored] = await runRead<{ articles: number; entities: number }>(
    `CALL { MATCH (a:Article) WHERE a.id IN $articles RETURN count(a) AS articles }
     CALL { MATCH (e:Entity) WHERE e.id IN $entities RETURN count(e) AS entities }
     RETURN articles, entities`,
    { articles: written.articles.map((a) => a.id), entities: written.entities.map((e) => e.id) },
  );
  assert.deepEqual(stored, { articles: written.articles.length, entities: written.entities.length });
  assert.match(r.stdout, new RegExp(`Ingested in .*: 0 unchanged, ${written.articles.length} new, 0 changed\n$`));
  assert.equal(readFileSync(join(out, "graph.json"), "utf8"), readFileSync(SEEDS_GRAPH, "utf8"), "same as extract");
});

test("ingest of the same folder again extracts and loads nothing, and says so", async () => {
  const before = await counts();
  const r = cli(["ingest", "seeds", "--out", mkdtempSync(join(tmpdir(), "newsgraph-ingest-"))]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`^Ingested in .*: ${seeds.articles.length} unchanged, 0 new, 0 changed\n$`));
  assert.deepEqual(await counts(), before);
});
