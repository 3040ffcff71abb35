// Unit tests for the read side's pure parts (no database): Lucene query building, filter parameters, marks.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { buildEntitySearch, escapeLucene, normaliseForExactMatch, searchWords } from "./lucene";
import { clampInt, filterParams, marksInSentence } from "./read";
import { fixExplainPositions, toCypherParams } from "./cypher-console";
import { SHORTEST_PATH_BY_HOPS, MAX_PATH_HOPS } from "./queries/read";
import * as Q from "./queries/read";

describe("Lucene search query", () => {
  it("escapes every special character", () => {
    assert.equal(
      escapeLucene('a+b-c&&d||e!(f){g}[h]^i"j~k*l?m:n\\o/p'),
      'a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^i\\"j\\~k\\*l\\?m\\:n\\\\o\\/p',
    );
  });

  it("requires every word, with exact, prefix and (from 4 letters) one-typo variants", () => {
    assert.equal(buildEntitySearch("Vladimir Pu"), "+(vladimir^4 OR vladimir* OR vladimir~1) +(pu^4 OR pu*)");
    assert.equal(buildEntitySearch("Rasi"), "+(rasi^4 OR rasi* OR rasi~1)");
  });

  it("returns null for empty, short or symbol-only input", () => {
    for (const q of ["", " ", "a", "  b ", "*", "~~", "+-", undefined as unknown as string]) {
      assert.equal(buildEntitySearch(q), null, JSON.stringify(q));
    }
  });

  it("cannot be steered by Lucene syntax in the input", () => {
    const q = buildEntitySearch('name:putin OR "x" AND NOT y*~ (z)') ?? "";
    assert.doesNotMatch(q, /:|"|\(z\)|\bOR NOT\b/);
    assert.ok(!/(^|\s)(AND|NOT)(\s|$)/.test(q), q);
    assert.deepEqual(searchWords("al-Assad's"), ["al", "assad", "s"]);
  });

  it("keeps non-Latin letters", () => {
    assert.equal(buildEntitySearch("Зеленский"), "+(зеленский^4 OR зеленский* OR зеленский~1)");
  });

  it("normalises for exact matching", () => {
    assert.equal(normaliseForExactMatch("  Vladimir   PUTIN "), "vladimir putin");
  });
});

describe("filterParams", () => {
  it("turns absent or empty filters into nulls and clamps the limit", () => {
    const p = filterParams({ types: [], sources: ["AFP"], limit: 1e9, minConfidence: 0 });
    assert.equal(p.types, null);
    assert.deepEqual(p.sources, ["AFP"]);
    assert.equal(p.minConfidence, null);
    assert.equal(p.dateFrom, null);
    assert.equal(Number(p.limit), 20_000);
    assert.equal(Number(filterParams({}).limit), 150);
  });

  it("refuses malformed dates", () => {
    assert.throws(() => filterParams({ dateFrom: "yesterday" }), /dateFrom must be an ISO date/);
    assert.throws(() => filterParams({ dateTo: "2024-13-45" }), /dateTo/);
    assert.equal(filterParams({ dateFrom: "2024-01-31" }).dateFrom, "2024-01-31");
  });

  it("clampInt handles junk", () => {
    assert.equal(clampInt(Number.NaN, 1, 10, 6), 6);
    assert.equal(clampInt("7", 1, 10, 6), 6);
    assert.equal(clampInt(3.9, 1, 10, 6), 3);
    assert.equal(clampInt(-5, 1, 10, 6), 1);
    assert.equal(clampInt(99, 1, 10, 6), 10);
  });
});

describe("marksInSentence", () => {
  it("keeps mentions inside the sentence, relative to its start, sorted", () => {
    const marks = marksInSentence({ start: 100, end: 150 }, [
      { entityId: "person:b", type: "PERSON", starts: [5, 130], ends: [10, 140] },
      { entityId: "person:a", type: "PERSON", starts: [100, 145], ends: [108, 151] },
    ]);
    assert.deepEqual(marks, [
      { start: 0, end: 8, entityId: "person:a", type: "PERSON" },
      { start: 30, end: 40, entityId: "person:b", type: "PERSON" },
    ]);
  });

  it("ignores mismatched offset lists", () => {
    assert.deepEqual(
      marksInSentence({ start: 0, end: 10 }, [{ entityId: "x", type: "T", starts: [1, 2], ends: [3] }]),
      [{ start: 1, end: 3, entityId: "x", type: "T" }],
    );
  });
});

describe("console helpers", () => {
  it("shifts EXPLAIN positions back to the user's text", () => {
    assert.equal(
      fixExplainPositions("Invalid input 'RETRN' (line 2, column 11 (offset: 18))"),
      "Invalid input 'RETRN' (line 1, column 11 (offset: 10))",
    );
  });

  it("turns whole numbers into Cypher integers and refuses non-object params", () => {
    const p = toCypherParams({ n: 5, x: 1.5, list: [1, "a"], nested: { k: 2 } });
    assert.equal(String(p.n), "5");
    assert.equal(typeof p.n, "object");
    assert.equal(p.x, 1.5);
    assert.equal(typeof (p.list as unknown[])[0], "object");
    assert.throws(() => toCypherParams([1, 2]), /JSON object/);
    assert.throws(() => toCypherParams("x"), /JSON object/);
    assert.deepEqual(toCypherParams(undefined), {});
  });
});

describe("read queries", () => {
  it("has one shortest-path query per hop bound", () => {
    for (let h = 1; h <= MAX_PATH_HOPS; h++) assert.match(SHORTEST_PATH_BY_HOPS[h], new RegExp(`\\*\\.\\.${h}\\]`));
    assert.equal(SHORTEST_PATH_BY_HOPS[MAX_PATH_HOPS + 1], undefined);
  });

  it("uses parameters only (no template leftovers)", () => {
    for (const [name, value] of Object.entries(Q)) {
      if (typeof value !== "string") continue;
      assert.doesNotMatch(value, /\$\{|undefined|\[object/, name);
    }
  });
});
