import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeViewState, encodeViewState, filterQuery, type ViewState } from "./url-state";

test("round trip of a full state", () => {
  const s: ViewState = {
    types: ["PERSON", "ORGANIZATION"],
    predicates: ["MET"],
    sources: ["AFP", "Al Jazeera"],
    from: "2022-01-01",
    to: "2022-12-31",
    minConfidence: 0.5,
    sel: "person:vladimir-putin",
    edge: "rel:abc",
    q: "Putin",
    pathFrom: "person:a",
    pathTo: "person:b",
    limit: 40,
  };
  assert.deepEqual(decodeViewState(encodeViewState(s)), s);
});

test("empty state encodes to empty string and decodes to {}", () => {
  assert.equal(encodeViewState({}), "");
  assert.deepEqual(decodeViewState(""), {});
});

test("types=[] (nothing shown) is distinct from all types", () => {
  const enc = encodeViewState({ types: [] });
  assert.equal(enc, "?types=");
  assert.deepEqual(decodeViewState(enc), { types: [] });
});

test("bad values are dropped, never thrown", () => {
  const s = decodeViewState("?from=2022-13-45&to=yesterday&minConfidence=7&sel=&types=person,,location");
  assert.deepEqual(s, { types: ["PERSON", "LOCATION"] });
  assert.deepEqual(decodeViewState("?minConfidence=abc"), {});
  assert.deepEqual(decodeViewState("?minConfidence=-0.1"), {});
});

test("ids with special characters survive", () => {
  const s: ViewState = { sel: "org:at&t, inc?", q: "a=b & c" };
  assert.deepEqual(decodeViewState(encodeViewState(s)), s);
});

test("minConfidence 0 is left out", () => {
  assert.equal(encodeViewState({ minConfidence: 0 }), "");
});

test("filterQuery carries only server filters", () => {
  const q = new URLSearchParams(filterQuery({ types: ["PERSON"], sel: "x", minConfidence: 0.3 }, 150));
  assert.equal(q.get("limit"), "150");
  assert.equal(q.get("types"), "PERSON");
  assert.equal(q.get("minConfidence"), "0.3");
  assert.equal(q.get("sel"), null);
});

test("limit must be a positive integer within bounds", () => {
  assert.deepEqual(decodeViewState("?limit=25"), { limit: 25 });
  assert.deepEqual(decodeViewState("?limit=0"), {});
  assert.deepEqual(decodeViewState("?limit=2.5"), {});
  assert.deepEqual(decodeViewState("?limit=5000"), { limit: 5000 });
  assert.deepEqual(decodeViewState("?limit=1000000"), {});
  assert.equal(new URLSearchParams(filterQuery({ limit: 7 }, 150)).get("limit"), "7");
});
