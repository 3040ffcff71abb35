/**
 * Golden test on the seeds: the whole pipeline (ingest → NER → resolution → relations → canonical JSON), run
 * in-process exactly as `newsgraph extract seeds --out graph-data` runs it, must reproduce the committed
 * graph-data/graph.json byte for byte. On top of that, semantic assertions that state what the seeds graph must
 * contain — the project's acceptance criteria (one entity per real person, the summit relation with evidence from
 * several outlets, role relations). These are the spec: when one fails, the pipeline is wrong, not the test.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildGraph } from "./build-graph";
import { serializeGraph } from "../graph/serialize";
import { validateGraphData } from "../graph/validate";
import type { Entity, GraphData, Relation } from "../graph/types";

const ROOT = resolve(import.meta.dirname, "../..");
const GOLDEN = join(ROOT, "graph-data", "graph.json");
const REGENERATE = "npm run -s newsgraph -- extract seeds --out graph-data";

// Article file labels are paths relative to the working directory, as in the CLI run from the repository root.
process.chdir(ROOT);
const { graph } = await buildGraph(["seeds"], { split: "auto", dedupe: true });
const text = serializeGraph(graph);

/** The first differing line of two texts, with a little context, for a readable failure. */
function firstDifference(expected: string, actual: string): string {
  const e = expected.split("\n");
  const a = actual.split("\n");
  let i = 0;
  while (i < Math.max(e.length, a.length) && e[i] === a[i]) i++;
  const from = Math.max(0, i - 3);
  const show = (lines: string[]) =>
    lines
      .slice(from, i + 4)
      .map((l, k) => `${String(from + k + 1).padStart(6)}  ${l.length > 160 ? `${l.slice(0, 157)}...` : l}`)
      .join("\n");
  return `first difference at line ${i + 1}\n--- committed (graph-data/graph.json)\n${show(e)}\n+++ pipeline now\n${show(a)}`;
}

test("the pipeline reproduces the committed graph-data/graph.json byte for byte", () => {
  let committed: string;
  try {
    committed = readFileSync(GOLDEN, "utf8");
  } catch {
    assert.fail(`${GOLDEN} is missing. Create it with: ${REGENERATE}`);
  }
  if (committed !== text) {
    assert.fail(
      `graph-data/graph.json is out of date with the pipeline (${firstDifference(committed, text)})\n\n` +
        `If the change is intended, regenerate and review the diff: ${REGENERATE}`,
    );
  }
});

test("the seeds graph is valid and every offset quotes the article text", () => {
  assert.doesNotThrow(() => validateGraphData(JSON.parse(text)));
  const articleText = new Map(graph.articles.map((a) => [a.id, a.text]));
  for (const e of graph.entities) {
    for (const m of e.mentions) assert.equal(articleText.get(m.articleId)?.slice(m.start, m.end), m.text, e.id);
  }
  for (const r of graph.relations) {
    for (const ev of r.evidence) {
      assert.equal(articleText.get(ev.articleId)?.slice(ev.start, ev.end), ev.sentence, r.id);
    }
  }
});

// ---- semantic assertions (acceptance criteria) ----

function names(e: Entity): string[] {
  return [e.name, ...e.aliases];
}

/** Entities of any type with a name or alias matching `re`. */
function entitiesNamed(g: GraphData, re: RegExp): Entity[] {
  return g.entities.filter((e) => names(e).some((n) => re.test(n)));
}

/** The one PERSON entity matching `re` (fails if there is none or more than one). */
function onePerson(g: GraphData, re: RegExp): Entity {
  const people = entitiesNamed(g, re).filter((e) => e.type === "PERSON");
  assert.equal(
    people.length,
    1,
    `expected exactly one PERSON entity matching ${re}, found ${people.length}: ${people.map((e) => e.id).join(", ")}`,
  );
  return people[0];
}

function entityByName(g: GraphData, re: RegExp): Entity {
  const found = g.entities.filter((e) => e.type !== "PERSON" && names(e).some((n) => re.test(n)));
  assert.ok(found.length > 0, `no entity named ${re}`);
  return found[0];
}

function relationsBetween(g: GraphData, source: string, target: string, predicates: string[]): Relation[] {
  return g.relations.filter((r) => predicates.includes(r.predicate) && r.source === source && r.target === target);
}

function describeRelations(g: GraphData, entityId: string): string {
  const rs = g.relations.filter((r) => r.source === entityId || r.target === entityId);
  return rs.map((r) => `${r.source} -${r.predicate}-> ${r.target}`).join("; ") || "none";
}

const PEOPLE: [string, RegExp][] = [
  ["Vladimir Putin", /\bPutin\b/],
  ["Ebrahim Raisi", /\bRa[ie]si\b/],
  ["Sergei Lavrov", /\bLavrov\b/],
  ["Viktor Orban", /\bOrb[aá]n\b/],
];

for (const [person, re] of PEOPLE) {
  test(`one entity for ${person}, and no second entity under that name`, () => {
    const entity = onePerson(graph, re);
    const others = entitiesNamed(graph, re).filter((e) => e !== entity && re.test(e.name));
    assert.deepEqual(
      others.map((e) => `${e.id} (${e.type})`),
      [],
      `entities besides ${entity.id} whose name matches ${re}`,
    );
  });
}

test("Putin MET or RECEIVED Raisi, with evidence from at least 3 articles reporting the summit", () => {
  const putin = onePerson(graph, /\bPutin\b/);
  const raisi = onePerson(graph, /\bRa[ie]si\b/);
  const candidates = [
    ...relationsBetween(graph, putin.id, raisi.id, ["MET", "RECEIVED"]),
    ...relationsBetween(graph, raisi.id, putin.id, ["MET"]), // MET is symmetric
  ];
  assert.ok(
    candidates.length > 0,
    `no MET/RECEIVED relation Putin→Raisi; Putin's relations: ${describeRelations(graph, putin.id)}`,
  );
  const best = Math.max(...candidates.map((r) => new Set(r.evidence.map((e) => e.articleId)).size));
  assert.ok(best >= 3, `the best MET/RECEIVED relation has evidence from ${best} article(s), expected at least 3`);
});

const ROLES: [string, RegExp, string, string, RegExp][] = [
  ["Vladimir Putin", /\bPutin\b/, "PRESIDENT_OF", "Russia", /^(the )?Russia(n Federation)?$/i],
  ["Ebrahim Raisi", /\bRa[ie]si\b/, "PRESIDENT_OF", "Iran", /^Iran$/i],
  ["Dmitry Peskov", /\bPeskov\b/, "SPOKESPERSON_OF", "Kremlin", /^(the )?Kremlin$/i],
  ["Kaja Kallas", /\bKallas\b/, "FOREIGN_POLICY_CHIEF_OF", "European Union", /^(the )?(European Union|EU)$/i],
];

for (const [name, personRe, predicate, place, placeRe] of ROLES) {
  test(`${name} ${predicate} ${place}`, () => {
    const person = onePerson(graph, personRe);
    const target = entityByName(graph, placeRe);
    const found = relationsBetween(graph, person.id, target.id, [predicate]);
    assert.ok(
      found.length > 0,
      `no ${predicate} ${person.id} → ${target.id}; ${person.id}'s relations: ${describeRelations(graph, person.id)}`,
    );
    for (const r of found) assert.ok(r.evidence.length > 0, `${r.id} has no evidence`);
  });
}

// Relations read off the dependency parse (issue 9), from general rules: a light verb with its event noun
// ("held a phone call with" → SPOKE_WITH), object control into a membership ("supporting Iran in becoming a full
// member of the SCO"), an event noun with a demonym agent ("Russian strike on … Dnipro"), an attempt through an
// xcomp whose role-noun object is named in a following sentence ("plotted to assassinate Israel's ambassador …
// the plot against the ambassador, Einat Kranz Neiger").
const TREE_RELATIONS: [RegExp, string[], RegExp][] = [
  [/\bLavrov\b/, ["SPOKE_WITH", "MET"], /\bYvan Gil\b/],
  [/^Iran$/, ["MEMBER_OF"], /Shanghai Cooperation Organi[sz]ation/],
  [/^Russia$/, ["STRUCK", "ATTACKED"], /^Dnipro$/],
  [/Revolutionary Guard Corps/, ["PLOTTED_TO_ASSASSINATE"], /Einat Kranz Neiger/],
];

for (const [sourceRe, predicates, targetRe] of TREE_RELATIONS) {
  test(`${sourceRe} ${predicates.join("/")} ${targetRe}`, () => {
    const [source] = entitiesNamed(graph, sourceRe);
    const [target] = entitiesNamed(graph, targetRe);
    assert.ok(source && target, `no entity for ${sourceRe} or ${targetRe}`);
    const found = [
      ...relationsBetween(graph, source.id, target.id, predicates),
      ...relationsBetween(graph, target.id, source.id, predicates),
    ];
    assert.ok(
      found.length > 0,
      `none of ${predicates} between ${source.id} and ${target.id}: ${describeRelations(graph, source.id)}`,
    );
    for (const r of found) assert.ok(r.evidence.length > 0 && r.negated !== true, r.id);
  });
}
