/**
 * Integration tests of the stored degrees (lib/neo4j/degrees.ts) against a real Neo4j (NEO4J_URI; the database is
 * WIPED): the co-mention degree loadGraph writes equals what the fixture's mentions say; relation, co-mention and
 * overview degrees agree with a recount (staleDegrees) after a load, a second load, a merge, a split, a rejection
 * and their undos; the overview ranks by relations + co-mentions (so entities without a typed relation are drawn);
 * a store without stored degrees still has an overview and the next load backfills them; unknown ids change
 * nothing. Incremental ingest's removals are checked in lib/pipeline/ingest-run.int.test.ts.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { GraphData } from "../graph/types";
import { closeDriver, loadGraph, overview } from "./index";
import {
  backfillDegrees,
  refreshAllDegrees,
  refreshDegreesForArticles,
  refreshDegreesForEntities,
  staleDegrees,
} from "./degrees";
import { recordCorrection, undoCorrection } from "./curation";
import { staleRelationDates } from "./relation-dates";
import { resetDatabase } from "./test-support";
import { runRead, runWrite } from "./transport";

const fixture = (name: string): GraphData =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8")) as GraphData;
const first = fixture("mini-graph.json");
const second = fixture("mini-graph-2.json");

/** Expected co-mention degree per entity, from the graph.json mentions of all given graphs together. */
function expectedDegrees(...graphs: GraphData[]): Map<string, number> {
  const byArticle = new Map<string, Set<string>>();
  for (const g of graphs) {
    for (const e of g.entities) {
      for (const m of e.mentions) byArticle.set(m.articleId, (byArticle.get(m.articleId) ?? new Set()).add(e.id));
    }
  }
  const partners = new Map<string, Set<string>>();
  for (const ids of byArticle.values()) {
    for (const a of ids) {
      const set = partners.get(a) ?? new Set<string>();
      for (const b of ids) if (b !== a) set.add(b);
      partners.set(a, set);
    }
  }
  return new Map([...partners].map(([id, set]) => [id, set.size]));
}

async function storedDegrees(): Promise<Map<string, number>> {
  const rows = await runRead("MATCH (e:Entity) RETURN e.id AS id, e.coMentionDegree AS d ORDER BY id");
  return new Map(rows.map((r) => [String(r.id), Number(r.d)]));
}

async function relationDegrees(ids: string[]): Promise<Map<string, { relation: number; overview: number }>> {
  const rows = await runRead(
    "MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, e.relationDegree AS r, e.overviewDegree AS o",
    { ids },
  );
  return new Map(rows.map((row) => [String(row.id), { relation: Number(row.r), overview: Number(row.o) }]));
}

const relationCount = (g: GraphData, id: string) =>
  g.relations.filter((r) => r.source === id || r.target === id).length;

before(async () => {
  await resetDatabase(first);
});

after(async () => {
  await closeDriver();
});

describe("stored co-mention degree", () => {
  it("loadGraph stores each entity's number of co-mentioned entities", async () => {
    assert.deepEqual(await storedDegrees(), expectedDegrees(first));
    assert.deepEqual(await staleDegrees(), []);
    assert.deepEqual(await staleRelationDates(), []);
    // Merkel shares articles with everyone else in the fixture.
    assert.equal((await storedDegrees()).get("person:angela-merkel"), first.entities.length - 1);
  });

  it("the overview ranks by relations + co-mentions and draws entities without a typed relation", async () => {
    const co = expectedDegrees(first);
    const rank = (id: string) => relationCount(first, id) + (co.get(id) ?? 0);
    const mentions = (id: string) => first.entities.find((e) => e.id === id)!.mentions.length;
    const expected = [...first.entities]
      .map((e) => e.id)
      .sort((a, b) => rank(b) - rank(a) || mentions(b) - mentions(a) || (a < b ? -1 : 1));
    const all = await overview(100);
    assert.deepEqual(
      all.nodes.map((n) => n.id),
      expected,
    );
    const unrelated = first.entities.filter((e) => relationCount(first, e.id) === 0).map((e) => e.id);
    assert.ok(unrelated.length > 0, "the fixture has entities without relations");
    for (const id of unrelated)
      assert.ok(
        all.nodes.some((n) => n.id === id),
        `${id} is drawn`,
      );
    for (const n of all.nodes) {
      assert.equal(n.coMentionDegree, co.get(n.id), n.id);
      assert.equal(n.degree, relationCount(first, n.id), n.id);
    }
    const top3 = await overview(3);
    assert.deepEqual(
      top3.nodes.map((n) => n.id),
      expected.slice(0, 3),
    );
  });

  it("a second load updates the entities its articles mention, and only adds", async () => {
    await loadGraph(second);
    const stored = await storedDegrees();
    const want = expectedDegrees(first, second);
    assert.deepEqual(stored, want);
    assert.ok(stored.get("location:brussels")! > 0);
    assert.deepEqual(await staleDegrees(), []);
    assert.deepEqual(await staleRelationDates(), []);
  });

  it("a merge refreshes the surviving entity; its undo brings the number back", async () => {
    const before = await storedDegrees();
    const merged = await recordCorrection({
      kind: "merge",
      params: { keepId: "location:berlin", mergeId: "location:munich" },
      who: "test",
      why: "co-mention test",
    });
    const afterMerge = await storedDegrees();
    assert.equal(afterMerge.has("location:munich"), false);
    // Berlin now shares art-a1 (its own) and art-a3 (Munich's) with their entities.
    const partners = new Set<string>();
    for (const g of [first, second]) {
      const arts = new Set(
        g.entities
          .filter((e) => e.id === "location:berlin" || e.id === "location:munich")
          .flatMap((e) => e.mentions.map((m) => m.articleId)),
      );
      for (const e of g.entities) {
        if (e.id === "location:berlin" || e.id === "location:munich") continue;
        if (e.mentions.some((m) => arts.has(m.articleId))) partners.add(e.id);
      }
    }
    assert.equal(afterMerge.get("location:berlin"), partners.size);
    assert.deepEqual(await staleDegrees(), []);
    assert.deepEqual(await staleRelationDates(), []);
    await undoCorrection(merged.id);
    assert.deepEqual(await storedDegrees(), before);
    assert.deepEqual(await staleDegrees(), []);
    assert.deepEqual(await staleRelationDates(), []);
  });

  it("a rejected relation lowers both ends' relation and overview degree; restoring it brings them back", async () => {
    const r = first.relations.find((x) => x.source === "person:angela-merkel")!;
    const ends = () => relationDegrees([r.source, r.target]);
    const before = await ends();
    const rejected = await recordCorrection({
      kind: "reject",
      params: { relationId: r.id },
      who: "test",
      why: "degree test",
    });
    const after = await ends();
    for (const id of [r.source, r.target]) {
      assert.equal(after.get(id)!.relation, before.get(id)!.relation - 1, id);
      assert.equal(after.get(id)!.overview, before.get(id)!.overview - 1, id);
    }
    assert.deepEqual(await staleDegrees(), []);
    assert.deepEqual(await staleRelationDates(), []);
    await undoCorrection(rejected.id);
    assert.deepEqual(await ends(), before);
    assert.deepEqual(await staleDegrees(), []);
    assert.deepEqual(await staleRelationDates(), []);
  });

  it("a merge onto an entity's relation partner and a split keep every stored degree exact", async () => {
    // Macron and Merkel are related (MET): the merge drops that relation and moves Macron's others to Merkel.
    const merged = await recordCorrection({
      kind: "merge",
      params: { keepId: "person:angela-merkel", mergeId: "person:emmanuel-macron" },
      who: "test",
      why: "degree test",
    });
    assert.deepEqual(await staleDegrees(), []);
    assert.deepEqual(await staleRelationDates(), []);
    const merkel = first.entities.find((e) => e.id === "person:angela-merkel")!;
    const alias = merkel.aliases.find((a) => a !== merkel.name) ?? "Macron";
    const split = await recordCorrection({
      kind: "split",
      params: { entityId: "person:angela-merkel", alias },
      who: "test",
      why: "degree test",
    });
    assert.deepEqual(await staleDegrees(), []);
    assert.deepEqual(await staleRelationDates(), []);
    await undoCorrection(split.id);
    assert.deepEqual(await staleDegrees(), []);
    assert.deepEqual(await staleRelationDates(), []);
    await undoCorrection(merged.id);
    assert.deepEqual(await staleDegrees(), []);
    assert.deepEqual(await staleRelationDates(), []);
  });

  it("a store from before overviewDegree still has its overview, and the next load backfills it", async () => {
    const before = await overview(100);
    // What the previous version stored: co-mention degrees only.
    await runWrite("MATCH (e:Entity) REMOVE e.relationDegree, e.overviewDegree");
    assert.deepEqual(
      (await overview(100)).nodes.map((n) => n.id),
      before.nodes.map((n) => n.id),
    );
    await loadGraph(second);
    assert.deepEqual(await staleDegrees(), []);
    assert.deepEqual(await staleRelationDates(), []);
    assert.equal(await backfillDegrees(), 0);
    assert.deepEqual(
      (await overview(100)).nodes.map((n) => n.id),
      before.nodes.map((n) => n.id),
    );
  });

  it("unknown ids and empty lists change nothing; a full refresh agrees with the scoped ones", async () => {
    const before = await storedDegrees();
    assert.equal(await refreshDegreesForEntities([]), 0);
    assert.equal(await refreshDegreesForEntities(["person:nobody"]), 0);
    assert.equal(await refreshDegreesForArticles(["no-such-article"]), 0);
    assert.deepEqual(await storedDegrees(), before);
    assert.equal(await refreshAllDegrees(), before.size);
    assert.deepEqual(await storedDegrees(), before);
  });
});
