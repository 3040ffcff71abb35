/**
 * Tests for validateGraphData: every kind of error is caught, and the message names the first bad record.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { GraphValidationError, validateGraphData } from "./validate";

const TEXT = "Russian President Vladimir Putin met Iran's Ebrahim Raisi in Moscow. They talked.";

// A small valid graph; each test breaks one thing in a copy.
function goodGraph() {
  return {
    version: 1,
    articles: [
      { id: "a1", title: "Summit", source: "AFP", date: "2022-01-19", files: ["x.txt"], text: TEXT, captions: [] },
      { id: "a2", title: "Other", source: null, date: null, files: ["y.txt"], text: "Putin spoke.", captions: ["c"] },
    ],
    entities: [
      {
        id: "person:vladimir-putin",
        name: "Vladimir Putin",
        type: "PERSON",
        aliases: ["Putin"],
        mentions: [
          { articleId: "a1", start: 18, end: 32, text: "Vladimir Putin" },
          { articleId: "a2", start: 0, end: 5, text: "Putin" },
        ],
      },
      {
        id: "person:ebrahim-raisi",
        name: "Ebrahim Raisi",
        type: "PERSON",
        aliases: [],
        mentions: [{ articleId: "a1", start: 44, end: 57, text: "Ebrahim Raisi" }],
      },
    ],
    relations: [
      {
        id: "r1",
        source: "person:vladimir-putin",
        target: "person:ebrahim-raisi",
        predicate: "MET",
        confidence: 0.9,
        sources: ["AFP"],
        evidence: [{ articleId: "a1", sentence: TEXT.slice(0, 68), start: 0, end: 68 }],
      },
    ],
  };
}

type Graph = ReturnType<typeof goodGraph>;

function rejects(mutate: (g: Graph) => void, message: RegExp, path?: string, index?: number | null) {
  const g = goodGraph();
  mutate(g);
  assert.throws(
    () => validateGraphData(g),
    (error: unknown) => {
      assert.ok(error instanceof GraphValidationError, `expected GraphValidationError, got ${String(error)}`);
      assert.match(error.message, message);
      if (path !== undefined) assert.equal(error.path, path);
      if (index !== undefined) assert.equal(error.index, index);
      return true;
    },
  );
}

test("accepts a valid graph and returns it", () => {
  const g = goodGraph();
  assert.deepEqual(validateGraphData(g), g);
  assert.doesNotThrow(() => validateGraphData({ version: 1, articles: [], entities: [], relations: [] }));
});

test("rejects non-objects and wrong versions", () => {
  for (const bad of [null, [], "graph", 3]) {
    assert.throws(() => validateGraphData(bad), GraphValidationError);
  }
  rejects((g) => Object.assign(g, { version: 2 }), /^version: expected 1, got number 2$/, "version", null);
  rejects((g) => Reflect.deleteProperty(g, "relations"), /^relations: is missing \(expected array\)$/);
});

test("names the record, its id and the field for a wrong entity type", () => {
  rejects(
    (g) => (g.entities[1].type = "person"),
    /^entities\[1\] \(id "person:ebrahim-raisi"\): "type" expected one of PERSON, ORGANIZATION, LOCATION, EVENT, DATE, MONEY, MISC, got "person"$/,
    "entities[1].type",
    1,
  );
});

test("reports missing fields, wrong types and unknown fields", () => {
  rejects((g) => Reflect.deleteProperty(g.articles[1], "text"), /^articles\[1\] \(id "a2"\): "text" is missing/);
  rejects((g) => Object.assign(g.articles[0], { source: 7 }), /"source" expected string, got number 7/);
  rejects((g) => Object.assign(g.entities[0], { Type: "PERSON" }), /^entities\[0\] .*: unknown field "Type"$/);
  rejects((g) => (g.articles[0].date = "19 Jan 2022"), /"date" expected an ISO date YYYY-MM-DD, got "19 Jan 2022"/);
  rejects((g) => (g.entities[0].name = ""), /"name" .*got ""/);
  rejects((g) => (g.entities[0].mentions[1].start = 1.5), /"mentions\[1\]\.start" expected int/);
});

test("checks predicate form and confidence range", () => {
  rejects(
    (g) => (g.relations[0].predicate = "met"),
    /^relations\[0\] \(id "r1"\): "predicate" expected an UPPER_SNAKE/,
  );
  rejects((g) => (g.relations[0].predicate = "MET-WITH"), /"predicate"/);
  rejects((g) => (g.relations[0].confidence = 1.01), /"confidence" .*<=1, got number 1.01/);
  rejects((g) => (g.relations[0].confidence = -0.1), /"confidence" .*>=0, got number -0.1/);
});

test("rejects duplicate ids within each array", () => {
  rejects(
    (g) => (g.articles[1].id = "a1"),
    /^articles\[1\] \(id "a1"\): "id" is a duplicate: articles\[0\]/,
    "articles[1].id",
    1,
  );
  rejects((g) => (g.entities[1].id = g.entities[0].id), /^entities\[1\] .*duplicate/);
  rejects((g) => g.relations.push({ ...g.relations[0] }), /^relations\[1\] \(id "r1"\): "id" is a duplicate/);
});

test("relation ends must be known entities", () => {
  rejects(
    (g) => (g.relations[0].target = "person:x"),
    /^relations\[0\] \(id "r1"\): "target" refers to unknown entity "person:x"$/,
    "relations[0].target",
    0,
  );
  rejects((g) => (g.relations[0].source = "person:y"), /"source" refers to unknown entity "person:y"/);
});

test("mentions and evidence must point into a known article's text", () => {
  rejects(
    (g) => (g.entities[0].mentions[1].articleId = "zz"),
    /^entities\[0\] \(id "person:vladimir-putin"\): "mentions\[1\]\.articleId" refers to unknown article "zz"$/,
  );
  rejects(
    (g) => (g.entities[0].mentions[1].end = 99),
    /"mentions\[1\]\.end" 99 is past the end of article "a2" \(12 characters\)/,
  );
  rejects(
    (g) => Object.assign(g.entities[0].mentions[1], { start: 5, end: 5 }),
    /"mentions\[1\]\.start" 5 must be less than end 5/,
  );
  rejects(
    (g) => (g.entities[0].mentions[0].text = "Putin"),
    /"mentions\[0\]\.text" "Putin" does not match the article text at 18\.\.32: "Vladimir Putin"/,
  );
  rejects(
    (g) => (g.relations[0].evidence[0].articleId = "nope"),
    /^relations\[0\] .*"evidence\[0\]\.articleId" refers to unknown article "nope"/,
  );
  rejects(
    (g) => (g.relations[0].evidence[0].sentence = "Putin met Raisi."),
    /"evidence\[0\]\.sentence" .* does not match/,
  );
});

test("names the FIRST bad record when several are bad", () => {
  rejects(
    (g) => {
      g.entities[1].type = "nope";
      g.entities[0].type = "also-bad";
      g.relations[0].predicate = "bad";
    },
    /^entities\[0\]/,
    "entities[0].type",
    0,
  );
  rejects((g) => {
    g.relations[0].target = "x";
    g.entities[1].mentions[0].articleId = "zz";
  }, /^entities\[1\]/);
});

test("claim status: negated relations, speakers and resolved pronouns are accepted and checked", () => {
  const g = goodGraph() as unknown as { relations: Record<string, unknown>[] };
  const ev = (g.relations[0].evidence as Record<string, unknown>[])[0];
  g.relations[0].negated = true;
  ev.attributedTo = "person:ebrahim-raisi";
  ev.resolved = [{ start: 18, end: 32, text: "Vladimir Putin", entity: "person:vladimir-putin" }];
  assert.doesNotThrow(() => validateGraphData(g));
  const evOf = (x: Graph) => x.relations[0].evidence[0] as Record<string, unknown>;
  rejects((x) => Object.assign(x.relations[0], { negated: false }), /negated/);
  rejects((x) => Object.assign(evOf(x), { attributedTo: "person:nobody" }), /unknown entity/);
  rejects(
    (x) =>
      Object.assign(evOf(x), { resolved: [{ start: 18, end: 32, text: "Putin", entity: "person:vladimir-putin" }] }),
    /text/,
  );
  rejects(
    (x) =>
      Object.assign(evOf(x), { resolved: [{ start: 69, end: 73, text: "They", entity: "person:vladimir-putin" }] }),
    /outside its evidence sentence/,
  );
});
