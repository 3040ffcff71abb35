/**
 * Stored relation dates (queries/relation-dates.ts) against a real Neo4j (NEO4J_URI; the database is WIPED): a
 * load stores each relation's first and last stated date, the read side returns them, and a store written
 * before they existed is backfilled by the next load. Incremental ingest and corrections are checked with
 * staleRelationDates() in their own tests (ingest-run.int, degrees.int).
 */
import { after, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { GraphData } from "../graph/types";
import { closeDriver } from "./driver";
import { loadGraph } from "./load";
import { overview } from "./read";
import { staleRelationDates } from "./relation-dates";
import { resetDatabase } from "./test-support";
import { runRead, runWrite } from "./transport";

const MINI = JSON.parse(readFileSync(new URL("./fixtures/mini-graph.json", import.meta.url), "utf8")) as GraphData;

/** First and last date of the articles stating each relation, from graph.json itself. */
function expectedSpans(g: GraphData): Map<string, [string | null, string | null]> {
  const dateOf = new Map(g.articles.map((a) => [a.id, a.date ?? null]));
  return new Map(
    g.relations.map((r) => {
      const dates = r.evidence
        .map((e) => dateOf.get(e.articleId))
        .filter((d): d is string => !!d)
        .sort();
      return [r.id, [dates[0] ?? null, dates[dates.length - 1] ?? null]];
    }),
  );
}

beforeEach(async () => {
  await resetDatabase(MINI);
});

after(async () => {
  await closeDriver();
});

test("a load stores each relation's first and last stated date, and the overview returns them", async () => {
  assert.deepEqual(await staleRelationDates(), []);
  const { edges } = await overview(150);
  assert.equal(edges.length, MINI.relations.length);
  const expected = expectedSpans(MINI);
  for (const e of edges) assert.deepEqual([e.firstDate, e.lastDate], expected.get(e.id), e.id);
  assert.ok(
    edges.some((e) => e.firstDate !== e.lastDate),
    "the fixture has no relation stated on two dates",
  );
});

test("a store from before the dates were stored is backfilled by the next load", async () => {
  await runWrite("MATCH (:Entity)-[r]->(:Entity) REMOVE r.dateSpan");
  await runWrite("MATCH (m:GraphMeta) REMOVE m.relationDatesStored");
  assert.equal((await staleRelationDates()).length, MINI.relations.length);
  assert.ok((await overview(150)).edges.every((e) => e.firstDate === null));
  await loadGraph({ ...MINI, relations: [] });
  assert.deepEqual(await staleRelationDates(), []);
  const [{ complete }] = await runRead<{ complete: boolean }>(
    "MATCH (m:GraphMeta) RETURN m.relationDatesStored AS complete",
  );
  assert.equal(complete, true);
});
