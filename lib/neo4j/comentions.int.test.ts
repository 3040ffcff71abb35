/**
 * Integration tests of the stored co-mention degree against a real Neo4j (NEO4J_URI; the database is WIPED): the
 * number loadGraph writes equals what the fixture's mentions say, a second load and a correction update it, the
 * overview ranks by relations + co-mentions (so entities without a typed relation are drawn), and unknown ids
 * change nothing.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { GraphData } from "../graph/types";
import { closeDriver, loadGraph, overview } from "./index";
import {
  refreshAllCoMentionDegrees,
  refreshCoMentionDegreesForArticles,
  refreshCoMentionDegreesForEntities,
} from "./comentions";
import { recordCorrection, undoCorrection } from "./curation";
import { resetDatabase } from "./test-support";
import { runRead } from "./transport";

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
    await undoCorrection(merged.id);
    assert.deepEqual(await storedDegrees(), before);
  });

  it("unknown ids and empty lists change nothing; a full refresh agrees with the scoped ones", async () => {
    const before = await storedDegrees();
    assert.equal(await refreshCoMentionDegreesForEntities([]), 0);
    assert.equal(await refreshCoMentionDegreesForEntities(["person:nobody"]), 0);
    assert.equal(await refreshCoMentionDegreesForArticles(["no-such-article"]), 0);
    assert.deepEqual(await storedDegrees(), before);
    assert.equal(await refreshAllCoMentionDegrees(), before.size);
    assert.deepEqual(await storedDegrees(), before);
  });
});
