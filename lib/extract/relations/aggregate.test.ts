import { test } from "node:test";
import assert from "node:assert/strict";
import { aggregateRelations, relationId, type ResolvedCandidate } from "./aggregate";

function cand(
  articleId: string,
  start: number,
  source: string,
  target: string,
  predicate = "MET",
  confidence = 0.6,
  symmetric = true,
): ResolvedCandidate {
  return {
    source,
    target,
    predicate,
    confidence,
    symmetric,
    evidence: { articleId, sentence: `s${start}`, start, end: start + 5 },
  };
}

const outlets: Record<string, string | null> = { a1: "Al Jazeera", a2: "AFP", a3: null, a4: "AFP" };

test("identical triples from several articles become one relation with all evidence", () => {
  const rels = aggregateRelations(
    [
      cand("a2", 10, "p:putin", "p:raisi"),
      cand("a1", 50, "p:putin", "p:raisi"),
      cand("a3", 0, "p:raisi", "p:putin"),
      cand("a4", 7, "p:putin", "p:raisi"),
    ],
    (id) => outlets[id] ?? null,
  );
  assert.equal(rels.length, 1);
  const r = rels[0];
  assert.equal(r.source, "p:putin", "symmetric: the direction most evidence uses");
  assert.equal(r.target, "p:raisi");
  assert.deepEqual(
    r.evidence.map((e) => e.articleId),
    ["a1", "a2", "a3", "a4"],
  );
  assert.deepEqual(r.sources, ["AFP", "Al Jazeera"]);
  assert.equal(r.id, relationId("p:putin", "MET", "p:raisi"));
  assert.match(r.id, /^r-[0-9a-f]{12}$/);
  assert.equal(r.confidence, Math.round((1 - 0.4 ** 4) * 1000) / 1000);
});

test("directed predicates keep direction; the same sentence counts once; self-loops are dropped", () => {
  const rels = aggregateRelations(
    [
      cand("a1", 0, "p:putin", "p:raisi", "RECEIVED", 0.6, false),
      cand("a1", 0, "p:putin", "p:raisi", "RECEIVED", 0.8, false),
      cand("a1", 9, "p:raisi", "p:putin", "RECEIVED", 0.6, false),
      cand("a1", 9, "p:raisi", "p:raisi", "RECEIVED", 0.6, false),
    ],
    () => null,
  );
  assert.equal(rels.length, 2);
  const forward = rels.find((r) => r.source === "p:putin")!;
  assert.equal(forward.evidence.length, 1);
  assert.equal(forward.confidence, 0.8);
  assert.deepEqual(forward.sources, []);
});

test("no candidates, no relations", () => {
  assert.deepEqual(
    aggregateRelations([], () => null),
    [],
  );
});
