/**
 * Integration tests of the schema and the loader against a real Neo4j (NEO4J_URI…; start one with
 * `NEO4J_URI=bolt://127.0.0.1:7688 NEO4J_DATA_DIR=.data/neo4j-store npm run db:start`). They wipe the database.
 */
import { after, before, test } from "node:test";
import { wipeDatabase } from "./test-support";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { GraphData } from "../graph/types";
import { generateGraph } from "../../bench/generate-graph";
import { closeDriver } from "./driver";
import { DatabaseUnavailableError, InvalidGraphDataError } from "./errors";
import { loadGraph, type LoadSummary } from "./load";
import { mentionRows, statementRows } from "./load-plan";
import { COUNT_GRAPH } from "./queries/write";
import { ensureSchema, listIndexes } from "./schema";
import { runRead } from "./transport";

const fixture = (name: string): GraphData =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8")) as GraphData;

interface Counts {
  articles: number;
  entities: number;
  statements: number;
  mentions: number;
  relations: number;
}

async function counts(): Promise<Counts> {
  return (await runRead<Counts>(COUNT_GRAPH))[0];
}

/** Test-only reset: delete everything. */
const resetDatabase = wipeDatabase;

const totalsOf = (s: LoadSummary) => ({
  articles: s.articles.created + s.articles.updated,
  entities: s.entities.created + s.entities.updated,
  relations: s.relations.created + s.relations.updated,
  statements: s.statements.created + s.statements.updated,
  mentions: s.mentions.created + s.mentions.updated,
});

const MINI = { articles: 3, entities: 9, relations: 4, statements: 4, mentions: 12 };

before(async () => {
  await resetDatabase();
});

after(async () => {
  await closeDriver();
});

test("ensureSchema creates the constraints and indexes, and running it again changes nothing", async () => {
  await ensureSchema();
  const first = await listIndexes();
  await ensureSchema();
  const second = await listIndexes();
  assert.deepEqual(second, first);
  const byName = new Map(first.map((i) => [i.name, i]));
  for (const name of ["article_id", "entity_id", "statement_id", "article_date", "statement_relation"]) {
    assert.equal(byName.get(name)?.state, "ONLINE", name);
  }
  assert.equal(byName.get("entityNames")?.type, "FULLTEXT");
});

test("loading the mini graph stores exactly its records, with counts, labels, dates and evidence", async () => {
  await resetDatabase();
  const summary = await loadGraph(fixture("mini-graph.json"), { batchSize: 2 });
  assert.deepEqual(await counts(), MINI);
  assert.deepEqual(totalsOf(summary), MINI);
  assert.equal(summary.articles.created, 3);
  assert.equal(summary.relations.created, 4);
  assert.equal(summary.mentions.updated, 0);

  const [merkel] = await runRead<{ labels: string[]; mentionCount: number; aliasesText: string }>(
    "MATCH (e:Entity {id: 'person:angela-merkel'}) RETURN labels(e) AS labels, e.mentionCount AS mentionCount, e.aliasesText AS aliasesText",
  );
  assert.deepEqual([...merkel.labels].sort(), ["Entity", "Person"]);
  assert.equal(merkel.mentionCount, 4);
  assert.equal(merkel.aliasesText, "Merkel");

  const [met] = await runRead<{ evidenceCount: number; predicate: string; sources: string[] }>(
    "MATCH (:Person {id: 'person:angela-merkel'})-[r:MET]->(:Person {id: 'person:emmanuel-macron'}) RETURN r.evidenceCount AS evidenceCount, r.predicate AS predicate, r.sources AS sources",
  );
  assert.deepEqual(met, { evidenceCount: 2, predicate: "MET", sources: ["AFP", "Reuters"] });

  // The documented evidence pattern: relation → statements → articles.
  const evidence = await runRead<{ sentence: string; title: string; date: string }>(
    `MATCH (a:Entity)-[r:MET]->(b:Entity)
     MATCH (s:Statement {relationId: r.id})-[:IN_ARTICLE]->(art:Article)
     RETURN s.sentence AS sentence, art.title AS title, art.date AS date ORDER BY art.date`,
  );
  assert.deepEqual(
    evidence.map((e) => [e.date, e.sentence]),
    [
      ["2024-03-04", "Angela Merkel met Emmanuel Macron in Berlin on Monday."],
      ["2024-03-05", "Macron met Angela Merkel again in Paris."],
    ],
  );

  // Dates are Neo4j dates: range filters work, articles without a date have none.
  const after4th = await runRead<{ id: string }>("MATCH (a:Article) WHERE a.date > date($from) RETURN a.id AS id", {
    from: "2024-03-04",
  });
  assert.deepEqual(after4th, [{ id: "art-a2" }]);

  // Text is stored verbatim (escaping is the UI's job), mention offsets point at the names.
  const [a2] = await runRead<{ text: string; starts: number[]; ends: number[] }>(
    "MATCH (a:Article {id: 'art-a2'})-[m:MENTIONS]->(:Entity {id: 'person:emmanuel-macron'}) RETURN a.text AS text, m.starts AS starts, m.ends AS ends",
  );
  assert.match(a2.text, /<script>alert\('x'\)<\/script>/);
  assert.deepEqual(
    a2.starts.map((s, i) => a2.text.slice(s, a2.ends[i])),
    ["Emmanuel Macron", "Macron"],
  );

  const hits = await runRead<{ id: string }>(
    "CALL db.index.fulltext.queryNodes('entityNames', $q) YIELD node RETURN node.id AS id",
    { q: "EU" },
  );
  assert.deepEqual(hits, [{ id: "organization:european-union" }]);
});

test("loading the same file twice leaves the same counts and reports everything as updated", async () => {
  await resetDatabase();
  await loadGraph(fixture("mini-graph.json"));
  const second = await loadGraph(fixture("mini-graph.json"));
  assert.deepEqual(await counts(), MINI);
  for (const kind of ["articles", "entities", "relations", "statements", "mentions"] as const) {
    assert.equal(second[kind].created, 0, kind);
  }
  const [row] = await runRead<{ mc: number; ec: number }>(
    "MATCH (e:Entity {id: 'person:angela-merkel'})-[r:MET]->() RETURN e.mentionCount AS mc, r.evidenceCount AS ec",
  );
  assert.deepEqual(row, { mc: 4, ec: 2 });
});

test("a second corpus merges entities with the same id and their evidence adds up", async () => {
  await resetDatabase();
  await loadGraph(fixture("mini-graph.json"));
  const summary = await loadGraph(fixture("mini-graph-2.json"));
  assert.equal(summary.entities.created, 1); // Brussels
  assert.equal(summary.entities.updated, 2);
  assert.equal(summary.relations.created, 0);
  assert.deepEqual(await counts(), { articles: 4, entities: 10, statements: 5, mentions: 15, relations: 4 });
  const [merkel] = await runRead<{ aliases: string[]; mentionCount: number }>(
    "MATCH (e:Entity {id: 'person:angela-merkel'}) RETURN e.aliases AS aliases, e.mentionCount AS mentionCount",
  );
  assert.deepEqual(merkel, { aliases: ["Chancellor Merkel", "Merkel"], mentionCount: 5 });
  const [met] = await runRead<{ evidenceCount: number; sources: string[]; confidence: number }>(
    "MATCH ()-[r:MET]->() RETURN r.evidenceCount AS evidenceCount, r.sources AS sources, r.confidence AS confidence",
  );
  assert.deepEqual(met, { evidenceCount: 3, sources: ["AFP", "BBC", "Reuters"], confidence: 0.95 });
});

test("a malformed file is refused before anything is written, naming the first bad record", async () => {
  await resetDatabase();
  await loadGraph(fixture("mini-graph.json"));
  const before = await counts();
  const bad = fixture("mini-graph-2.json");
  bad.entities.push({ id: "person:new", name: "New Person", type: "PERSON", aliases: [], mentions: [] });
  bad.relations[0].evidence[0].start += 1; // offsets no longer match the sentence
  await assert.rejects(
    loadGraph(bad),
    (err: Error) =>
      err instanceof InvalidGraphDataError &&
      /nothing was loaded/.test(err.message) &&
      /relations\[0\] \(id "rel:met:merkel:macron"\)/.test(err.message),
  );
  const typo = fixture("mini-graph-2.json") as unknown as { entities: Record<string, unknown>[] };
  typo.entities[1].Type = "PERSON";
  await assert.rejects(loadGraph(typo as unknown as GraphData), /entities\[1\] \(id "person:emmanuel-macron"\)/);
  assert.deepEqual(await counts(), before);
});

test("an unreachable database gives DatabaseUnavailableError saying how to start it", async () => {
  const saved = process.env.NEO4J_URI;
  await closeDriver();
  process.env.NEO4J_URI = "bolt://127.0.0.1:1";
  try {
    await assert.rejects(loadGraph(fixture("mini-graph.json")), (err: Error) => {
      assert.ok(err instanceof DatabaseUnavailableError, `${err.name}: ${err.message}`);
      assert.match(err.message, /cannot connect to bolt:\/\/127\.0\.0\.1:1\. Is it running\? Try `npm run db:start`/);
      return true;
    });
  } finally {
    await closeDriver();
    if (saved === undefined) delete process.env.NEO4J_URI;
    else process.env.NEO4J_URI = saved;
  }
  assert.ok((await counts()).articles >= 0); // the real database works again afterwards
});

/** Expected MENTIONS and statements per article, from the JSON. */
function expectedPerArticle(data: GraphData) {
  const out = new Map<string, { mentions: number; statements: number }>();
  for (const a of data.articles) out.set(a.id, { mentions: 0, statements: 0 });
  for (const m of mentionRows(data)) out.get(m.articleId)!.mentions++;
  for (const s of statementRows(data)) out.get(s.articleId)!.statements++;
  return out;
}

test("a load killed part-way leaves only complete articles, and re-running completes it", async () => {
  await resetDatabase();
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-kill-"));
  const file = join(dir, "graph.json");
  const data = generateGraph({ articles: 300, entities: 1_000, relations: 6_000, seed: 7 });
  writeFileSync(file, JSON.stringify(data));
  try {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", fileURLToPath(new URL("./fixtures/load-child.ts", import.meta.url)), file, "200"],
      { env: process.env, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const killedAt = await new Promise<string>((resolve, reject) => {
      let buffer = "";
      child.stdout.on("data", (chunk: Buffer) => {
        buffer += chunk.toString();
        // Kill once a few article batches have committed, while others are still to come.
        const done = [...buffer.matchAll(/articles (\d+)\/\d+/g)].pop();
        if (done && Number(done[1]) >= 60 && child.exitCode === null && !child.killed) {
          child.kill("SIGKILL");
          resolve(done[0]);
        }
      });
      child.on("exit", (code, signal) => {
        if (signal !== "SIGKILL") reject(new Error(`child exited (${code}) before it was killed: ${buffer} ${stderr}`));
      });
    });
    await new Promise((r) => setTimeout(r, 500)); // let the server roll back the open transaction

    const stored = await runRead<{ id: string; mentions: number; statements: number }>(
      `MATCH (a:Article)
       RETURN a.id AS id, COUNT { (a)-[:MENTIONS]->(:Entity) } AS mentions, COUNT { (:Statement)-[:IN_ARTICLE]->(a) } AS statements`,
    );
    assert.ok(stored.length > 0, `nothing committed before the kill (${killedAt})`);
    assert.ok(stored.length < data.articles.length, `the load finished before the kill (${killedAt})`);
    const expected = expectedPerArticle(data);
    for (const row of stored) {
      assert.deepEqual({ mentions: row.mentions, statements: row.statements }, expected.get(row.id), row.id);
    }
    // Evidence counts are consistent with what is stored, even mid-way.
    const [{ wrong }] = await runRead<{ wrong: number }>(
      `MATCH (:Entity)-[r]->(:Entity)
       WITH r, COUNT { MATCH (s:Statement {relationId: r.id}) } AS n
       WHERE n <> r.evidenceCount RETURN count(r) AS wrong`,
    );
    assert.equal(wrong, 0);

    await loadGraph(data);
    const full = {
      articles: data.articles.length,
      entities: data.entities.length,
      relations: data.relations.length,
      statements: statementRows(data).length,
      mentions: mentionRows(data).length,
    };
    assert.deepEqual(await counts(), full);
    // Mention counts after the completed load equal the JSON's, entity by entity.
    const stored2 = await runRead<{ id: string; mentionCount: number }>(
      "MATCH (e:Entity) RETURN e.id AS id, e.mentionCount AS mentionCount",
    );
    const expectedMentions = new Map(
      data.entities.map((e) => [e.id, new Set(e.mentions.map((m) => `${m.articleId}:${m.start}:${m.end}`)).size]),
    );
    for (const { id, mentionCount } of stored2) assert.equal(mentionCount, expectedMentions.get(id), id);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const SEEDS_GRAPH = fileURLToPath(new URL("../../graph-data/graph.json", import.meta.url));

test("the committed graph-data/graph.json (seeds extraction) loads, twice, to the same counts", async (t) => {
  if (!existsSync(SEEDS_GRAPH)) return t.skip("graph-data/graph.json does not exist yet");
  await resetDatabase();
  const data = JSON.parse(readFileSync(SEEDS_GRAPH, "utf8")) as GraphData;
  const summary = await loadGraph(data);
  const expected = {
    articles: data.articles.length,
    entities: data.entities.length,
    relations: data.relations.length,
    statements: statementRows(data).length,
    mentions: mentionRows(data).length,
  };
  assert.deepEqual(totalsOf(summary), expected);
  assert.deepEqual(await counts(), expected);
  await loadGraph(data);
  assert.deepEqual(await counts(), expected);
});
