/**
 * Integration tests of incremental ingest (lib/pipeline/ingest-run.ts) against a real Neo4j at NEO4J_URI, which
 * is WIPED: `source .env.worktree.sh && npm run db:start && npx tsx --test --test-concurrency=1
 * lib/pipeline/ingest-run.int.test.ts`. Corrections stored before an ingest hold after it. Counts and stored degrees are checked against a recount. Articles are small news texts written into a temporary folder.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runIngest } from "./ingest-run";
import { closeDriver } from "../neo4j/driver";
import { wipeDatabase, databaseFingerprint } from "../neo4j/test-support";
import { runRead } from "../neo4j/transport";
import { COUNT_GRAPH } from "../neo4j/queries/write";
import { staleDegrees } from "../neo4j/degrees";
import { recordCorrection } from "../neo4j/curation";
import { entityDetails, relationEvidence } from "../neo4j/read";
import { staleRelationDates } from "../neo4j/relation-dates";

const dir = mkdtempSync(join(tmpdir(), "newsgraph-incremental-"));
const cwd = process.cwd();

const FIRST = {
  "kremlin.txt":
    "Putin hosts Raisi in Moscow\n\nRussian President Vladimir Putin met Iranian President Ebrahim Raisi in " +
    "Moscow on Tuesday, the Kremlin said. Vladimir Putin told reporters that the talks with Ebrahim Raisi " +
    "had been useful. Foreign Minister Sergei Lavrov and Kremlin spokesman Dmitry Peskov joined the two leaders, " +
    "who discussed trade and energy.\n",
  "cbi.txt":
    "Business leaders warn on tax\n\nSir Digby Jones, the director general of the Confederation of British " +
    "Industry, said on Monday that higher taxes would hurt investment. Digby Jones told the CBI conference " +
    "in London that firms needed certainty from the government.\n",
};

const SECOND = {
  "talks.txt":
    "Talks resume in Geneva\n\nPutin said on Friday that Russia was ready to resume talks in Geneva. Kremlin " +
    "spokesman Dmitry Peskov said Putin would send Sergei Lavrov with a delegation next week.\n",
  "football.txt":
    "Manager praises squad\n\nDave Jones, the manager of Cardiff City, praised his squad after a 2-0 win on " +
    "Saturday. Dave Jones said the players had worked hard all week in training.\n",
};

function write(files: Record<string, string>, folder = "news") {
  mkdirSync(join(dir, folder), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, folder, name), text);
}

async function counts() {
  return (await runRead<Record<string, number>>(COUNT_GRAPH))[0];
}

/** Stored mentionCount and evidenceCount against what the MENTIONS and statements say. */
async function countsAreExact() {
  const [row] = await runRead<{ badEntities: number; badRelations: number; orphanStatements: number }>(`
    CALL { MATCH (e:Entity)
           WHERE e.mentionCount <> reduce(t = 0, c IN [(:Article)-[m:MENTIONS]->(e) | m.count] | t + c)
           RETURN count(e) AS badEntities }
    CALL { MATCH (:Entity)-[r]->(:Entity) WHERE r.evidenceCount IS NOT NULL
           AND r.evidenceCount <> COUNT { MATCH (s:Statement {relationId: r.id}) }
           RETURN count(r) AS badRelations }
    CALL { MATCH (s:Statement) WHERE NOT (s)-[:IN_ARTICLE]->(:Article) RETURN count(s) AS orphanStatements }
    RETURN badEntities, badRelations, orphanStatements`);
  return row;
}

async function entityOf(articleTitle: string, form: string): Promise<string[]> {
  const rows = await runRead<{ id: string }>(
    `MATCH (a:Article {title: $title})-[m:MENTIONS]->(e:Entity)
     WHERE any(i IN range(0, size(m.starts) - 1) WHERE substring(a.text, m.starts[i], m.ends[i] - m.starts[i]) = $form)
     RETURN DISTINCT e.id AS id`,
    { title: articleTitle, form },
  );
  return rows.map((r) => r.id);
}

before(async () => {
  process.chdir(dir);
  await wipeDatabase();
  write(FIRST);
  const first = await runIngest({ kind: "paths", paths: ["news"] }, { workers: 1 });
  assert.equal(first.message, "0 unchanged, 2 new, 0 changed");
});

after(async () => {
  process.chdir(cwd);
  await closeDriver();
  rmSync(dir, { recursive: true, force: true });
});

test("re-ingesting the same folder loads nothing and says so", async () => {
  const before = await databaseFingerprint();
  const events: string[] = [];
  const again = await runIngest({ kind: "paths", paths: ["news"] }, { onEvent: (e) => events.push(e.kind) });
  assert.equal(again.message, "2 unchanged, 0 new, 0 changed");
  assert.equal(again.load, null);
  assert.ok(!events.includes("extract"), "nothing is extracted");
  assert.equal(await databaseFingerprint(), before);
});

// A bare surname joins a stored person through a story in common (here Lavrov and Peskov, named in both).
test("a new article's bare 'Putin' joins the stored Vladimir Putin; 'Dave Jones' stays apart from Digby Jones", async () => {
  const [putin] = await entityOf("Putin hosts Raisi in Moscow", "Vladimir Putin");
  const [digby] = await entityOf("Business leaders warn on tax", "Digby Jones");
  assert.ok(putin && digby, "the first batch stored both people");
  write(SECOND);
  const run = await runIngest({ kind: "paths", paths: ["news"] }, { workers: 1 });
  assert.equal(run.message, "2 unchanged, 2 new, 0 changed");
  assert.deepEqual(await entityOf("Talks resume in Geneva", "Putin"), [putin]);
  const [dave] = await entityOf("Manager praises squad", "Dave Jones");
  assert.ok(dave, "Dave Jones is stored");
  assert.notEqual(dave, digby);
  assert.ok(run.newEntities.some((e) => e.id === dave));
  assert.ok(!run.newEntities.some((e) => e.id === putin));
  const [{ n }] = await runRead<{ n: number }>(
    "MATCH (:Article)-[:MENTIONS]->(e:Entity {id: $id}) RETURN count(*) AS n",
    {
      id: putin,
    },
  );
  assert.equal(n, 2, "Putin is mentioned by both articles");
  assert.deepEqual(await countsAreExact(), { badEntities: 0, badRelations: 0, orphanStatements: 0 });
  assert.deepEqual(await staleDegrees(), []);
  assert.deepEqual(await staleRelationDates(), []);
});

test("a changed article replaces its old version: no stale mentions or evidence, counts exact", async () => {
  const [raisi] = await entityOf("Putin hosts Raisi in Moscow", "Ebrahim Raisi");
  assert.ok(raisi);
  const changed =
    "Putin hosts Erdogan in Moscow\n\nRussian President Vladimir Putin met Turkish President Recep Tayyip " +
    "Erdogan in Moscow on Tuesday, the Kremlin said. The two leaders discussed trade and energy.\n";
  writeFileSync(join(dir, "news", "kremlin.txt"), changed);
  const run = await runIngest({ kind: "paths", paths: ["news"] }, { workers: 1 });
  assert.equal(run.message, "3 unchanged, 0 new, 1 changed");
  const [{ old }] = await runRead<{ old: number }>(
    "MATCH (a:Article {title: 'Putin hosts Raisi in Moscow'}) RETURN count(a) AS old",
  );
  assert.equal(old, 0, "the old version is gone");
  const [{ raisiLeft }] = await runRead<{ raisiLeft: number }>(
    "MATCH (e:Entity {id: $id}) RETURN count(e) AS raisiLeft",
    { id: raisi },
  );
  assert.equal(raisiLeft, 0, "an entity only the old version mentioned is removed");
  const [{ stale }] = await runRead<{ stale: number }>(
    `MATCH (s:Statement) WHERE s.sentence CONTAINS 'Raisi' RETURN count(s) AS stale`,
  );
  assert.equal(stale, 0, "no evidence of the old version is left");
  const [{ files }] = await runRead<{ files: string[] }>(
    "MATCH (a:Article {title: 'Putin hosts Erdogan in Moscow'}) RETURN a.files AS files",
  );
  assert.deepEqual(files, ["news/kremlin.txt"]);
  assert.deepEqual(await countsAreExact(), { badEntities: 0, badRelations: 0, orphanStatements: 0 });
  assert.deepEqual(await staleDegrees(), []);
  assert.deepEqual(await staleRelationDates(), []);
  const again = await runIngest({ kind: "paths", paths: ["news"] });
  assert.equal(again.message, "4 unchanged, 0 new, 0 changed");
});

test("bad input is refused with a clear reason per file and nothing stored is lost", async () => {
  const before = await counts();
  write({ "empty.txt": "", "binary.txt": "\u0000\u0001\u0002 not text" }, "bad");
  const run = await runIngest({ kind: "paths", paths: ["bad", "news"] });
  assert.equal(run.message, "4 unchanged, 0 new, 0 changed");
  assert.deepEqual(
    run.refused.map((r) => [r.file, r.kind]),
    [
      ["bad/binary.txt", "error"],
      ["bad/empty.txt", "error"],
    ],
  );
  assert.match(run.refused[0].reason, /binary file/);
  assert.match(run.refused[1].reason, /empty file/);
  assert.deepEqual(await counts(), before);
  await assert.rejects(
    runIngest({ kind: "paths", paths: ["no-such-folder"] }).then((r) => {
      if (r.refused.length === 0) throw new Error("no refusal");
      throw new Error(r.refused[0].reason);
    }),
    /no such file or directory/,
  );
  assert.deepEqual(await counts(), before);
});

test("an aborted run writes nothing", async () => {
  const before = await databaseFingerprint();
  write(
    { "late.txt": "Late news\n\nAngela Merkel met Emmanuel Macron in Berlin on Monday to discuss the budget.\n" },
    "late",
  );
  const controller = new AbortController();
  const run = runIngest(
    { kind: "paths", paths: ["late"] },
    {
      signal: controller.signal,
      onEvent: (e) => {
        if (e.kind === "compared") controller.abort();
      },
    },
  );
  await assert.rejects(run, (e: Error) => e.name === "AbortError");
  assert.equal(await databaseFingerprint(), before);
});

test("corrections survive an incremental ingest: a new article naming a merged entity or restating a rejected relation", async () => {
  const [digby] = await entityOf("Business leaders warn on tax", "Digby Jones");
  const [dave] = await entityOf("Manager praises squad", "Dave Jones");
  assert.ok(digby && dave, "the stored batches name both people");
  const [role] = await runRead<{ id: string }>(
    "MATCH (:Entity {id: $id})-[r]->(o:Entity) WHERE r.id IS NOT NULL RETURN r.id AS id ORDER BY o.name LIMIT 1",
    { id: digby },
  );
  assert.ok(role, "Digby Jones's role at the CBI is a stored relation");
  // A user's corrections: the two Joneses are declared one person, Digby Jones's role is declared misread.
  await recordCorrection({ kind: "merge", params: { keepId: digby, mergeId: dave }, why: "test" });
  await recordCorrection({ kind: "reject", params: { relationId: role.id }, why: "test" });

  write({
    "budget.txt":
      "CBI calls for tax cuts\n\nSir Digby Jones, the director general of the Confederation of British Industry, " +
      "said on Wednesday that the budget should cut business rates. Digby Jones said firms would invest more.\n",
    "cup.txt":
      "Cup tie for Cardiff\n\nDave Jones, the manager of Cardiff City, said on Sunday that his side would rest " +
      "several players for the cup tie. Dave Jones named an unchanged defence.\n",
  });
  const run = await runIngest({ kind: "paths", paths: ["news"] }, { workers: 1 });
  assert.equal(run.message, "4 unchanged, 2 new, 0 changed");
  assert.equal(await entityDetails(dave), null, "the merged-away entity does not come back");
  assert.deepEqual(await entityOf("Cup tie for Cardiff", "Dave Jones"), [digby], "the new mention joins the kept one");
  assert.deepEqual(await entityOf("CBI calls for tax cuts", "Digby Jones"), [digby]);
  assert.equal(await relationEvidence(role.id), null, "the rejected relation stays rejected");
  const digbyRelations = ((await entityDetails(digby))?.relations ?? []).flatMap((g) => g.items.map((r) => r.id));
  assert.ok(!digbyRelations.includes(role.id));
  assert.deepEqual(await countsAreExact(), { badEntities: 0, badRelations: 0, orphanStatements: 0 });
  assert.deepEqual(await staleDegrees(), []);
  assert.deepEqual(await staleRelationDates(), []);
});
