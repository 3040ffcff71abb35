/**
 * Two loads at once into one database (two ingests of overlapping folders, e.g. from two machines): the result
 * must equal loading the same two graphs one after the other — nothing lost, nothing duplicated, counts exact —
 * although both loads race to CREATE the shared article and entities. Needs a real Neo4j (NEO4J_URI); wipes it.
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { buildGraph } from "../cli/build-graph";
import type { GraphData } from "../graph/types";
import { closeDriver } from "./driver";
import { loadGraph } from "./load";
import { COUNT_GRAPH } from "./queries/write";
import { runRead } from "./transport";
import { wipeDatabase } from "./test-support";

const ROOT = path.resolve(import.meta.dirname, "../..");
process.chdir(ROOT);

/** Counts plus a fingerprint of what is stored: every entity's mention count and every relation's evidence. */
const SNAPSHOT = /* cypher */ `
CALL { MATCH (e:Entity) RETURN collect(e.id + "=" + toString(e.mentionCount)) AS entities }
CALL { MATCH (:Entity)-[r]->(:Entity) RETURN collect(r.id + "=" + toString(r.evidenceCount)) AS relations }
CALL { MATCH (a:Article) RETURN collect(a.id) AS articles }
RETURN entities, relations, articles`;

async function snapshot() {
  const [counts] = await runRead<Record<string, number>>(COUNT_GRAPH);
  const [s] = await runRead<{ entities: string[]; relations: string[]; articles: string[] }>(SNAPSHOT);
  return { counts, entities: s.entities.sort(), relations: s.relations.sort(), articles: s.articles.sort() };
}

async function extract(files: string[]): Promise<GraphData> {
  return (await buildGraph(files, { split: "auto", dedupe: true, workers: 1 })).graph;
}

after(async () => {
  await closeDriver();
});

test("two concurrent loads of overlapping graphs store exactly what loading them in turn stores", async () => {
  const seeds = ["000_1bd9928de369abd6", "001_e7249d2a8808d04e", "002_4cce29e48f67c20c", "003_0e915014e309d15e"];
  const first = await extract(seeds.slice(0, 3).map((s) => `seeds/${s}.txt`));
  const second = await extract(seeds.slice(1).map((s) => `seeds/${s}.txt`));
  const shared = first.articles.filter((a) => second.articles.some((b) => b.id === a.id));
  assert.ok(shared.length > 0, "the two graphs share articles");

  await wipeDatabase();
  await loadGraph(first);
  await loadGraph(second);
  const inTurn = await snapshot();

  for (let round = 0; round < 3; round++) {
    await wipeDatabase();
    // Small batches: many transactions, so the two loads interleave.
    await Promise.all([loadGraph(first, { batchSize: 5 }), loadGraph(second, { batchSize: 5 })]);
    assert.deepEqual(await snapshot(), inTurn, `round ${round}`);
  }
});
