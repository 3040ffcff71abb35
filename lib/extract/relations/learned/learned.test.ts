/**
 * Tests of the learned relation classifier: isotonic calibration and its use, deterministic training that learns
 * a separable toy problem, candidate pairs and their features on a real parsed sentence, the origin rule, and
 * the hybrid extractor with the committed model on real BBC sentences (parsed by the committed syntax model).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article } from "../../../graph/types";
import { loadDefaultTagger } from "../../ner";
import { prepareArticle, processArticle } from "../../pipeline";
import { calibrate, fitIsotonic, loadRelationModel, modelFromFile, RELATION_MODEL_FORMAT } from "./model";
import { reliability, trainRelationModel, trainWeights, type Example } from "./train";
import { pairCandidates, pairKind } from "./features";
import { originRelations } from "./origin";
import { MIN_LEARNED_PROBABILITY } from "./index";

const tagger = loadDefaultTagger();

function article(text: string): Article {
  return { id: "t", title: "", source: null, date: null, files: [], text, captions: [] };
}

/** Relations of one text as "source -PREDICATE-> target (pattern)", names from the article's entities. */
function relations(text: string): { line: string; confidence: number; pattern: string }[] {
  const w = processArticle(article(text), tagger);
  const name = (ref: string) => (ref.startsWith("C:") ? ref.slice(2) : w.locals[Number(ref.slice(1))].name);
  return w.candidates.map((c) => ({
    line: `${name(c.source)} -${c.predicate}-> ${name(c.target)}`,
    confidence: c.confidence,
    pattern: c.pattern,
  }));
}

test("isotonic fit is increasing and pools violators", () => {
  const c = fitIsotonic([
    { score: -2, label: 0 },
    { score: -1, label: 1 },
    { score: 0, label: 0 },
    { score: 1, label: 1 },
    { score: 2, label: 1 },
  ]);
  for (let i = 1; i < c.probabilities.length; i++) assert.ok(c.probabilities[i] >= c.probabilities[i - 1]);
  // -1 (yes) and 0 (no) violate the order: pooled into one block of 0.5.
  assert.deepEqual(c.probabilities, [0, 0.5, 1]);
  assert.deepEqual(c.scores, [-2, -0.5, 1.5]);
});

test("calibrate interpolates between points and is flat beyond them", () => {
  const c = { scores: [-1, 1], probabilities: [0.2, 0.8] };
  assert.equal(calibrate(c, -5), 0.2);
  assert.equal(calibrate(c, 5), 0.8);
  assert.ok(Math.abs(calibrate(c, 0) - 0.5) < 1e-9);
  assert.equal(calibrate({ scores: [], probabilities: [] }, 1), 0);
});

test("training is deterministic and learns a separable problem; calibration comes from the folds", () => {
  const examples: Example[] = [];
  for (let n = 0; n < 200; n++) {
    const yes = n % 3 === 0;
    examples.push({ features: ["bias", yes ? "trigger" : `noise${n % 7}`], label: yes ? 1 : 0, group: n });
  }
  const a = trainRelationModel(examples, { epochs: 3, folds: 5, seed: 1, bags: 3, trainedOn: "toy" });
  const b = trainRelationModel(examples, { epochs: 3, folds: 5, seed: 1, bags: 3, trainedOn: "toy" });
  assert.equal(JSON.stringify(a.file), JSON.stringify(b.file));
  const model = modelFromFile(a.file);
  assert.ok((model.weights.get("trigger") ?? 0) > 0);
  const p = (f: string[]) =>
    calibrate(
      model.calibration,
      f.reduce((s, x) => s + (model.weights.get(x) ?? 0), 0),
    );
  assert.ok(p(["bias", "trigger"]) > 0.9 && p(["bias", "noise1"]) < 0.2, `${p(["bias", "noise1"])}`);
  assert.equal(a.outOfFold.length, examples.length);
  const rows = reliability(a.outOfFold);
  assert.equal(
    rows.reduce((s, r) => s + r.n, 0),
    examples.length,
  );
  assert.ok(trainWeights([], 2, 1).size === 0);
});

test("a model file of another format is refused with a helpful error", () => {
  assert.throws(
    () =>
      modelFromFile({
        format: RELATION_MODEL_FORMAT + 1,
        trainedOn: "",
        epochs: 1,
        threshold: 0.5,
        calibration: { scores: [], probabilities: [] },
        weights: [],
      }),
    /npm run train:relations/,
  );
});

test("pair kinds follow the endpoint types", () => {
  assert.equal(pairKind("PERSON", "ORGANIZATION"), "WORK");
  assert.equal(pairKind("PERSON", "LOCATION"), "LIVE");
  assert.equal(pairKind("ORGANIZATION", "LOCATION"), "BASED");
  assert.equal(pairKind("LOCATION", "LOCATION"), "LOCATED");
  assert.equal(pairKind("PERSON", "PERSON"), "KILL");
  assert.equal(pairKind("ORGANIZATION", "PERSON"), null);
});

test("candidates carry the dependency path and the words between (BBC business/004)", () => {
  const { input } = prepareArticle(
    article(
      'Aviation analyst Nick Van den Brul of BNP Paribas described BA\'s latest quarterly results as "pretty modest".',
    ),
    tagger,
  );
  const cands = pairCandidates(input.doc, input.mentions, new Map());
  const c = cands.find((x) => x.source.mention.text === "Nick Van den Brul" && x.target.mention.text === "BNP Paribas");
  assert.ok(c, JSON.stringify(cands.map((x) => [x.source.mention.text, x.target.mention.text])));
  assert.equal(c.kind, "WORK");
  assert.ok(c.features.includes("WORK|bw=of"), c.features.join(" "));
  assert.ok(c.features.some((f) => f.startsWith("WORK|path=")));
  assert.ok(c.pathLength <= 3, String(c.pathLength));
  // A person–person pair is only a candidate where a killing is stated.
  assert.ok(!cands.some((x) => x.kind === "KILL"));
});

test("origin before a name: demonyms, country descriptors and place possessives, not any adjacent place", () => {
  const lines = (text: string) => {
    const { input } = prepareArticle(article(text), tagger);
    return originRelations(input.doc, input.sentences, input.mentions).map((c) => {
      const m = (ref: string) => input.mentions.find((x) => x.ref === ref)!.text;
      return `${m(c.source)} FROM ${m(c.target)}`;
    });
  };
  assert.deepEqual(
    lines(
      "British hurdler Sarah Claxton is confident she can win her first major medal at next month's championships.",
    ),
    ["Sarah Claxton FROM British"],
  );
  assert.deepEqual(lines("Ethiopia's Tirunesh Dibaba set a new world record in winning the women's 5,000m."), [
    "Tirunesh Dibaba FROM Ethiopia",
  ]);
  // A verb between the place and the name breaks the chain.
  assert.deepEqual(lines("In Paris, police arrested Jean Dupont on Monday."), []);
});

test("hybrid extractor with the committed model: a classifier-only relation is confident enough to assert", () => {
  const rels = relations(
    "Andrew Beh, of brokers ING, said UPS and Deutsche Post were the most likely bidders (BBC business/082).",
  );
  const r = rels.find((x) => x.line === "Andrew Beh -WORKS_FOR-> ING");
  assert.ok(r, JSON.stringify(rels));
  assert.match(r.pattern, /^learned-/);
  assert.ok(r.confidence >= MIN_LEARNED_PROBABILITY && r.confidence <= 1);
  assert.ok(loadRelationModel().threshold > 0 && loadRelationModel().threshold < 1);
});

test("hybrid extractor keeps the tree's roles at their confidence (Kremlin spokesman Dmitry Peskov)", () => {
  const rels = relations("Kremlin spokesman Dmitry Peskov said the talks would continue.");
  const r = rels.find((x) => x.line === "Dmitry Peskov -SPOKESPERSON_OF-> Kremlin");
  assert.ok(r, JSON.stringify(rels));
  assert.ok(r.confidence >= 0.8, String(r.confidence));
});

test("a list of names with brackets: each name keeps its own bracket, never a neighbour's (BBC sport/331)", () => {
  const rels = relations(
    "C Paterson (Scotland), B Cohen (England), B O'Driscoll (Ireland, capt), D Traille (France), O Smith " +
      "(England), C Sweeney (Wales), D Humphreys (Ireland), D Peel (Wales); A Lo Cicero (Italy), P de Villiers " +
      "(France), J Yapp (Wales), R Ibanez (France), P O'Connell (Ireland), M Bortolami (Italy), J Thomas (Wales), " +
      "S Taylor (Scotland), L Dallaglio (England), S Parisse (Italy), Others to be added.",
  );
  const lines = rels.map((r) => r.line);
  for (const l of ["O'Driscoll -FROM-> Ireland", "Bortolami -FROM-> Italy", "D Peel -FROM-> Wales"])
    assert.ok(lines.includes(l), `${l} not in ${lines.join("; ")}`);
  // Before, the classifier also had Bortolami living in England, Scotland and Wales.
  const bortolami = lines.filter((l) => l.includes("Bortolami"));
  assert.deepEqual(bortolami, ["Bortolami -FROM-> Italy"]);
});

test("a bracket that spells a name out is no affiliation: Tara (Total Abstract Rendering Architecture)", () => {
  const rels = relations("The system, called Tara (Total Abstract Rendering Architecture), was built by BT.");
  assert.ok(!rels.some((r) => r.line.includes("Total Abstract Rendering Architecture")), JSON.stringify(rels));
});

test("two sides of a fixture are not based in each other: West Brom v Tottenham (BBC sport/192)", () => {
  const line = "West Brom v Tottenham";
  const text = `Premiership fixtures for Saturday.\n\n${line}\n\nTottenham are in London and West Brom are in the Midlands.`;
  const found = relations(text).map((r) => r.line);
  assert.ok(
    !found.some((l) => /Tottenham -BASED_IN-> West Brom|West Brom -BASED_IN-> Tottenham/.test(l)),
    found.join("; "),
  );
});

test("a pair the tree rules relate keeps their reading, with no second kind from the classifier (BBC sport)", () => {
  const rels = relations("Striker Thierry Henry, along with Robert Pires, scored against Fulham.");
  const pair = rels.filter((r) => /Robert Pires -.*-> Fulham/.test(r.line));
  assert.ok(pair.length > 0, JSON.stringify(rels));
  assert.ok(
    pair.every((r) => !r.pattern.startsWith("learned-")),
    JSON.stringify(pair),
  );
});

test("a place after a possessor places the post, it does not own it: its UK chief executive William Morrow", () => {
  // BBC business: the word patterns and the name-compound rule read "UK" as the owner of the title; "its"
  // (Vodafone) owns it. (The tree's role family still reads CHIEF_OF UK off this parse: see docs/relations.md.)
  const lines = relations(
    "Vodafone has drafted in its UK chief executive William Morrow to take charge of its troubled Japanese operation.",
  ).map((r) => r.line);
  assert.ok(!lines.includes("William Morrow -CHIEF_EXECUTIVE_OF-> United Kingdom"), lines.join("; "));
  assert.ok(
    lines.some((l) => /William Morrow -\w*CHIEF\w*-> Vodafone/.test(l)),
    lines.join("; "),
  );
});

test("a title the tagger reads as a preposition stays out of the predicate: replace Mr Camus (BBC business)", () => {
  const lines = relations(
    "Airbus head Noel Forgeard is now set to replace Mr Camus, bringing the company's power struggle to an end.",
  ).map((r) => r.line);
  assert.ok(lines.includes("Noel Forgeard -REPLACED-> Camus"), lines.join("; "));
  assert.ok(!lines.some((l) => /_(?:MR|MRS|MS|DR)\b|-(?:MR|MS)_/.test(l)), lines.join("; "));
});

test("a modifier does not stand across a comma from its noun: a merger between Seton Healthcare, footwear specialists Scholl", () => {
  // BBC business/364: the parser hangs "Seton Healthcare" on "Scholl" as a compound, across the comma.
  const lines = relations(
    "SSL was formed by a three-way merger between Seton Healthcare, footwear specialists Scholl and condom-maker " +
      "London International.",
  ).map((r) => r.line);
  assert.ok(!lines.some((l) => /Scholl -\w+-> Seton Healthcare/.test(l)), lines.join("; "));
});
