/**
 * Integration tests of the read queries against a real Neo4j (NEO4J_URI …; the database is WIPED). Loads
 * graph-data/graph.json (the seeds' extraction) when present, else the store's mini fixture, and checks every
 * query function against expectations computed from that same JSON, plus named checks on the seeds.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Entity, Relation } from "../graph/types";
import { ENTITY_ARTICLES_LIMIT, ENTITY_RELATIONS_LIMIT } from "../graph/limits";
import {
  article,
  closeDriver,
  DatabaseUnavailableError,
  ensureSchema,
  entityDetails,
  neighbourhood,
  overview,
  relationEvidence,
  searchEntities,
  shortestPath,
  stats,
  subgraph,
} from "./index";
import { resetDatabase, readTestGraph } from "./test-support";
import { writeTx } from "./transport";

const data = readTestGraph();
const isSeeds = data.entities.some((e) => e.id === "person:vladimir-putin");

const entityById = new Map(data.entities.map((e) => [e.id, e]));
const articleById = new Map(data.articles.map((a) => [a.id, a]));
const relationsOf = (id: string) => data.relations.filter((r) => r.source === id || r.target === id);
const mentionTotal = (e: Entity) => e.mentions.length;
const byMentions = [...data.entities].sort((a, b) => mentionTotal(b) - mentionTotal(a) || a.id.localeCompare(b.id));
const connected = byMentions.filter((e) => relationsOf(e.id).length > 0);
const outlets = (r: Relation) => new Set(r.evidence.map((ev) => articleById.get(ev.articleId)?.source).filter(Boolean));

/** Undirected BFS distances over the relations, for shortest-path expectations. */
function distances(from: string): Map<string, number> {
  const adj = new Map<string, string[]>();
  for (const r of data.relations) {
    adj.set(r.source, [...(adj.get(r.source) ?? []), r.target]);
    adj.set(r.target, [...(adj.get(r.target) ?? []), r.source]);
  }
  const dist = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length) {
    const id = queue.shift()!;
    for (const next of adj.get(id) ?? []) {
      if (!dist.has(next)) {
        dist.set(next, dist.get(id)! + 1);
        queue.push(next);
      }
    }
  }
  return dist;
}

before(async () => {
  await resetDatabase(data);
});

after(async () => {
  await closeDriver();
});

describe("stats", () => {
  it("matches the loaded graph.json", async () => {
    const s = await stats();
    assert.equal(s.articles, data.articles.length);
    assert.equal(s.entities, data.entities.length);
    assert.equal(s.relations, data.relations.length);
    const statementKeys = new Set(
      data.relations.flatMap((r) => r.evidence.map((ev) => `${r.id}|${ev.articleId}|${ev.start}|${ev.end}`)),
    );
    assert.equal(s.statements, statementKeys.size);
    const byType: Record<string, number> = {};
    for (const e of data.entities) byType[e.type] = (byType[e.type] ?? 0) + 1;
    assert.deepEqual(s.byType, byType);
    const byPredicate: Record<string, number> = {};
    for (const r of data.relations) byPredicate[r.predicate] = (byPredicate[r.predicate] ?? 0) + 1;
    assert.deepEqual(s.byPredicate, byPredicate);
    const sources = [...new Set(data.articles.map((a) => a.source).filter((x): x is string => !!x))].sort();
    assert.deepEqual([...s.sources].sort(), sources);
    const dates = data.articles
      .map((a) => a.date)
      .filter((d): d is string => !!d)
      .sort();
    assert.deepEqual(s.dateRange, { from: dates[0] ?? null, to: dates.at(-1) ?? null });
  });
});

describe("searchEntities", () => {
  it("finds the most-mentioned entity first by its full name", async () => {
    const top = byMentions[0];
    const hits = await searchEntities(top.name);
    assert.equal(hits[0]?.id, top.id, JSON.stringify(hits.slice(0, 3)));
    assert.ok(hits[0].score > 0);
    assert.deepEqual(Object.keys(hits[0]).sort(), ["aliases", "id", "name", "score", "type"]);
  });

  it("finds by prefix and with one typo", async () => {
    const person = byMentions.find((e) => e.type === "PERSON" && /\w{6,}/.test(e.name.split(" ").at(-1) ?? ""))!;
    const last = person.name.split(" ").at(-1)!;
    const prefix = await searchEntities(last.slice(0, 4));
    assert.ok(
      prefix.some((h) => h.id === person.id),
      `prefix ${last.slice(0, 4)}`,
    );
    const typo = last.slice(0, 2) + last.slice(3); // one letter dropped
    const fuzzy = await searchEntities(typo);
    assert.ok(
      fuzzy.some((h) => h.id === person.id),
      `typo ${typo} → ${fuzzy.map((h) => h.name)}`,
    );
  });

  it("returns [] for empty, one-letter or symbol-only queries and survives Lucene syntax", async () => {
    for (const q of ["", "  ", "a", "***", "~"]) assert.deepEqual(await searchEntities(q), [], JSON.stringify(q));
    const hostile = await searchEntities('name:"x" AND (y OR z~) [a TO b] \\');
    assert.ok(Array.isArray(hostile));
    assert.deepEqual(await searchEntities("zzqxwvjjkk"), []);
  });

  it("respects the limit", async () => {
    const hits = await searchEntities(byMentions[0].name.slice(0, 3), 2);
    assert.ok(hits.length <= 2);
  });

  if (isSeeds) {
    it("seeds: 'Putin' finds Vladimir Putin first, 'Rasi' (typo) finds Ebrahim Raisi", async () => {
      assert.equal((await searchEntities("Putin"))[0]?.id, "person:vladimir-putin");
      const raisi = await searchEntities("Rasi");
      assert.ok(
        raisi.slice(0, 3).some((h) => h.id === "person:ebrahim-raisi"),
        JSON.stringify(raisi),
      );
    });
  }
});

describe("overview and subgraph", () => {
  it("overview returns the best-connected entities and only edges among them", async () => {
    const g = await overview(5);
    assert.ok(g.nodes.length > 0 && g.nodes.length <= 5);
    const ids = new Set(g.nodes.map((n) => n.id));
    for (const e of g.edges) assert.ok(ids.has(e.source) && ids.has(e.target), e.id);
    const full = await overview(10_000);
    assert.equal(full.edges.length, data.relations.length);
    // Ranked by degree counting co-mentions (lib/neo4j/degrees.int.test.ts checks the numbers themselves).
    const rank = (n: { degree: number; coMentionDegree?: number }) => n.degree + (n.coMentionDegree ?? 0);
    assert.equal(Math.max(...g.nodes.map(rank)), Math.max(...full.nodes.map(rank)));
    const maxDegree = Math.max(...data.entities.map((e) => relationsOf(e.id).length));
    assert.equal(Math.max(...full.nodes.map((n) => n.degree)), maxDegree);
  });

  it("filters by entity type", async () => {
    const type = connected[0].type;
    const g = await subgraph({ types: [type], limit: 2000 });
    assert.ok(g.nodes.every((n) => n.type === type));
    const expected = data.relations.filter(
      (r) => entityById.get(r.source)?.type === type && entityById.get(r.target)?.type === type,
    );
    assert.equal(g.edges.length, expected.length);
    assert.deepEqual(await subgraph({ types: ["NO_SUCH_TYPE"] }), { nodes: [], edges: [] });
  });

  it("filters by predicate, outlet, confidence and date", async () => {
    const r0 = [...data.relations].sort((a, b) => b.evidence.length - a.evidence.length)[0];
    const byPred = await subgraph({ predicates: [r0.predicate], limit: 1000 });
    assert.equal(byPred.edges.length, data.relations.filter((r) => r.predicate === r0.predicate).length);
    assert.ok(byPred.edges.every((e) => e.predicate === r0.predicate));

    const outlet = r0.sources[0];
    if (outlet) {
      const bySource = await subgraph({ sources: [outlet], limit: 1000 });
      assert.equal(bySource.edges.length, data.relations.filter((r) => r.sources.includes(outlet)).length);
      assert.ok(bySource.edges.every((e) => e.sources.includes(outlet)));
    }

    const threshold = [...data.relations.map((r) => r.confidence)].sort((a, b) => a - b)[
      Math.floor(data.relations.length / 2)
    ];
    const byConf = await subgraph({ minConfidence: threshold, limit: 1000 });
    assert.equal(byConf.edges.length, data.relations.filter((r) => r.confidence >= threshold).length);

    const dated = data.articles.filter((a) => a.date).sort((a, b) => a.date!.localeCompare(b.date!));
    if (dated.length > 0) {
      const day = dated[0].date!;
      const inRange = data.relations.filter((r) =>
        r.evidence.some((ev) => articleById.get(ev.articleId)?.date === day),
      );
      const byDate = await subgraph({ dateFrom: day, dateTo: day, limit: 1000 });
      assert.equal(byDate.edges.length, inRange.length);
      const none = await subgraph({ dateFrom: "1900-01-01", dateTo: "1900-12-31" });
      assert.equal(none.edges.length, 0);
    }
    await assert.rejects(subgraph({ dateFrom: "last week" }), /ISO date/);
  });
});

describe("neighbourhood", () => {
  it("holds the entity first, its direct neighbours and edges among them", async () => {
    const centre = connected[0];
    const g = await neighbourhood(centre.id, 1, 500);
    assert.equal(g.nodes[0].id, centre.id);
    const expected = new Set(relationsOf(centre.id).flatMap((r) => [r.source, r.target]));
    assert.deepEqual(new Set(g.nodes.map((n) => n.id)), expected.size ? expected : new Set([centre.id]));
    const ids = new Set(g.nodes.map((n) => n.id));
    for (const e of g.edges) assert.ok(ids.has(e.source) && ids.has(e.target));
  });

  it("depth 2 reaches the entities two hops away, and limit caps the neighbours", async () => {
    const centre = connected[0];
    const dist = distances(centre.id);
    const g2 = await neighbourhood(centre.id, 2, 500);
    const within2 = [...dist.entries()].filter(([, d]) => d <= 2).map(([id]) => id);
    assert.deepEqual(new Set(g2.nodes.map((n) => n.id)), new Set(within2));
    const capped = await neighbourhood(centre.id, 2, 1);
    assert.equal(capped.nodes.length, Math.min(2, within2.length));
  });

  it("is empty for an unknown id", async () => {
    assert.deepEqual(await neighbourhood("person:nobody-at-all"), { nodes: [], edges: [] });
  });

  if (isSeeds) {
    it("seeds: Putin's neighbourhood contains Raisi", async () => {
      const g = await neighbourhood("person:vladimir-putin", 1);
      assert.ok(g.nodes.some((n) => n.id === "person:ebrahim-raisi"));
    });
  }
});

describe("entityDetails", () => {
  it("gives the entity, its relations by predicate (both directions) and mentioning articles", async () => {
    const e = connected[0];
    const d = await entityDetails(e.id);
    assert.ok(d);
    assert.equal(d.entity.id, e.id);
    assert.equal(d.entity.name, e.name);
    assert.equal(d.entity.mentionCount, e.mentions.length);
    assert.equal(d.entity.degree, relationsOf(e.id).length);
    const items = d.relations.flatMap((g) => g.items);
    const expectedRelations = relationsOf(e.id);
    // A self-relation appears once per direction.
    const selfLoops = expectedRelations.filter((r) => r.source === r.target).length;
    assert.equal(items.length, expectedRelations.length + selfLoops);
    for (const g of d.relations) assert.ok(g.items.every((i) => i.predicate === g.predicate));
    const preds = d.relations.map((g) => g.predicate);
    assert.deepEqual(
      preds,
      [...preds].sort((a, b) => a.localeCompare(b)),
    );
    for (const item of items) {
      const r = data.relations.find((x) => x.id === item.id)!;
      assert.equal(item.direction, r.source === e.id ? "out" : "in");
      assert.equal(item.other.id, item.direction === "out" ? r.target : r.source);
      assert.equal(item.evidenceCount, r.evidence.length);
    }
    const articleIds = new Set(e.mentions.map((m) => m.articleId));
    assert.deepEqual(new Set(d.articles.map((a) => a.id)), articleIds);
    assert.equal(
      d.articles.reduce((s, a) => s + a.mentionCount, 0),
      e.mentions.length,
    );
    const dates = d.articles.map((a) => a.date ?? "");
    assert.deepEqual(dates.filter(Boolean), [...dates.filter(Boolean)].sort().reverse());
  });

  it("bounds relations and articles, keeps the ones with most evidence and the newest, and gives the totals", async () => {
    const e = [...data.entities].sort(
      (a, b) =>
        Math.min(relationsOf(b.id).length, new Set(b.mentions.map((m) => m.articleId)).size) -
          Math.min(relationsOf(a.id).length, new Set(a.mentions.map((m) => m.articleId)).size) ||
        a.id.localeCompare(b.id),
    )[0];
    const relationTotal = relationsOf(e.id).length + relationsOf(e.id).filter((r) => r.source === r.target).length;
    const articleTotal = new Set(e.mentions.map((m) => m.articleId)).size;
    assert.ok(relationTotal >= 3 && articleTotal >= 2, `${e.id}: ${relationTotal} relations, ${articleTotal} articles`);

    const full = (await entityDetails(e.id, { relations: 1000, articles: 1000 }))!;
    assert.deepEqual(full.totals, { relations: relationTotal, articles: articleTotal });
    assert.deepEqual(full.truncated, { relations: false, articles: false });

    const cut = (await entityDetails(e.id, { relations: 2, articles: 1 }))!;
    assert.deepEqual(cut.limits, { relations: 2, articles: 1 });
    assert.deepEqual(cut.totals, full.totals);
    assert.deepEqual(cut.truncated, { relations: true, articles: true });
    const items = cut.relations.flatMap((g) => g.items);
    assert.equal(items.length, 2);
    assert.equal(cut.articles.length, 1);
    // The kept relations have the most evidence; the kept article is the newest (undated last).
    const evidence = full.relations
      .flatMap((g) => g.items)
      .map((i) => i.evidenceCount)
      .sort((a, b) => b - a);
    assert.deepEqual(
      items.map((i) => i.evidenceCount).sort((a, b) => b - a),
      evidence.slice(0, 2),
    );
    assert.equal(cut.articles[0].date, full.articles[0].date);
    // The defaults and caps of lib/graph/limits.ts apply when nothing (or too much) is asked for.
    const byDefault = (await entityDetails(e.id))!;
    assert.deepEqual(byDefault.limits, {
      relations: ENTITY_RELATIONS_LIMIT.default,
      articles: ENTITY_ARTICLES_LIMIT.default,
    });
    assert.deepEqual((await entityDetails(e.id, { relations: 10 ** 9, articles: 0 }))!.limits, {
      relations: ENTITY_RELATIONS_LIMIT.max,
      articles: 1,
    });
  });

  it("is null for an unknown id", async () => {
    assert.equal(await entityDetails("person:nobody-at-all"), null);
    assert.equal(await entityDetails(""), null);
  });

  if (isSeeds) {
    it("seeds: Putin has a MET or RECEIVED relation with Raisi", async () => {
      const d = (await entityDetails("person:vladimir-putin"))!;
      const withRaisi = d.relations
        .filter((g) => g.predicate === "MET" || g.predicate === "RECEIVED")
        .flatMap((g) => g.items)
        .filter((i) => i.other.id === "person:ebrahim-raisi");
      assert.ok(withRaisi.length > 0, JSON.stringify(d.relations.map((g) => g.predicate)));
    });
  }
});

describe("relationEvidence", () => {
  it("gives the relation with names and every statement, with marks on the two entities", async () => {
    const r = [...data.relations].sort((a, b) => b.evidence.length - a.evidence.length || a.id.localeCompare(b.id))[0];
    const ev = await relationEvidence(r.id);
    assert.ok(ev);
    assert.equal(ev.relation.id, r.id);
    assert.equal(ev.relation.sourceName, entityById.get(r.source)!.name);
    assert.equal(ev.relation.targetName, entityById.get(r.target)!.name);
    assert.equal(ev.evidence.length, new Set(r.evidence.map((e) => `${e.articleId}|${e.start}|${e.end}`)).size);
    for (const item of ev.evidence) {
      const art = articleById.get(item.articleId)!;
      assert.equal(item.articleTitle, art.title);
      assert.equal(item.source, art.source);
      assert.equal(item.date, art.date);
      assert.ok(item.marks.length > 0, `no marks in: ${item.sentence}`);
      for (const m of item.marks) {
        assert.ok([r.source, r.target].includes(m.entityId));
        const mention = entityById
          .get(m.entityId)!
          .mentions.find((x) => x.articleId === item.articleId && x.start === item.start + m.start);
        assert.ok(mention, "mark matches a stored mention");
        assert.equal(item.sentence.slice(m.start, m.end), art.text.slice(mention.start, mention.end));
      }
    }
  });

  it("is null for an unknown relation id", async () => {
    assert.equal(await relationEvidence("rel:no-such-relation"), null);
  });

  if (isSeeds) {
    it("seeds: the Putin–Raisi relation has evidence from at least two outlets", async () => {
      const candidates = data.relations.filter(
        (r) =>
          [r.source, r.target].includes("person:vladimir-putin") &&
          [r.source, r.target].includes("person:ebrahim-raisi"),
      );
      const best = candidates.sort((a, b) => outlets(b).size - outlets(a).size)[0];
      assert.ok(best, "a Putin–Raisi relation exists");
      const ev = (await relationEvidence(best.id))!;
      assert.ok(new Set(ev.evidence.map((e) => e.source)).size >= 2, JSON.stringify(ev.evidence.map((e) => e.source)));
      assert.ok(ev.evidence.every((e) => e.marks.length > 0));
    });
  }
});

describe("article", () => {
  it("returns the article with mentions consistent with the text, and its relations", async () => {
    const a = [...data.articles].sort((x, y) => y.text.length - x.text.length)[0];
    const view = await article(a.id);
    assert.ok(view);
    assert.equal(view.text, a.text);
    assert.equal(view.title, a.title);
    assert.deepEqual(view.files, a.files);
    const expected = data.entities.flatMap((e) =>
      e.mentions.filter((m) => m.articleId === a.id).map((m) => ({ e, m })),
    );
    assert.equal(view.mentions.length, new Set(expected.map(({ e, m }) => `${e.id}|${m.start}|${m.end}`)).size);
    for (let i = 1; i < view.mentions.length; i++) assert.ok(view.mentions[i - 1].start <= view.mentions[i].start);
    for (const m of view.mentions) {
      const stored = expected.find(({ e, m: x }) => e.id === m.entityId && x.start === m.start && x.end === m.end);
      assert.ok(stored, `${m.entityId}@${m.start}`);
      assert.equal(view.text.slice(m.start, m.end), stored.m.text);
      assert.equal(m.name, stored.e.name);
    }
    const expectedRelations = data.relations.filter((r) => r.evidence.some((ev) => ev.articleId === a.id));
    assert.deepEqual(new Set(view.relations.map((r) => r.id)), new Set(expectedRelations.map((r) => r.id)));
    for (const r of view.relations) assert.equal(r.sourceName, entityById.get(r.source)!.name);
  });

  it("is null for an unknown id", async () => {
    assert.equal(await article("no-such-article"), null);
  });
});

describe("shortestPath", () => {
  it("finds a shortest chain between connected entities", async () => {
    const from = connected[0].id;
    const dist = distances(from);
    const [to, hops] = [...dist.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    const p = await shortestPath(from, to, 10);
    assert.ok(p);
    assert.equal(p.edges.length, Math.min(hops, 10));
    assert.equal(p.nodes[0].id, from);
    assert.equal(p.nodes.at(-1)!.id, to);
    for (let i = 0; i < p.edges.length; i++) {
      const ends = new Set([p.edges[i].source, p.edges[i].target]);
      assert.ok(ends.has(p.nodes[i].id) && ends.has(p.nodes[i + 1].id));
    }
    if (hops > 1) assert.equal(await shortestPath(from, to, hops - 1), null, "maxHops bounds the search");
  });

  it("is null for unknown or unconnected entities, and a single node for the same id", async () => {
    assert.equal(await shortestPath("person:nobody", connected[0].id), null);
    const dist = distances(connected[0].id);
    const isolated = data.entities.find((e) => !dist.has(e.id));
    if (isolated) assert.equal(await shortestPath(connected[0].id, isolated.id), null);
    const same = await shortestPath(connected[0].id, connected[0].id);
    assert.deepEqual(
      same?.nodes.map((n) => n.id),
      [connected[0].id],
    );
  });

  if (isSeeds) {
    it("seeds: Putin to Raisi in one hop", async () => {
      const p = (await shortestPath("person:vladimir-putin", "person:ebrahim-raisi"))!;
      assert.equal(p.edges.length, 1);
    });
  }
});

describe("without the full-text index", () => {
  it("search says how to get it instead of failing obscurely", async () => {
    await writeTx((tx) => tx.run("DROP INDEX entityNames"), { schema: true });
    try {
      await assert.rejects(searchEntities("Putin"), (err: Error) => {
        assert.ok(err instanceof DatabaseUnavailableError, err.name);
        assert.match(err.message, /entityNames.*Load a graph/);
        return true;
      });
    } finally {
      await ensureSchema();
    }
    assert.ok((await searchEntities(byMentions[0].name)).length > 0);
  });
});
