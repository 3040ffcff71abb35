import { test } from "node:test";
import assert from "node:assert/strict";
import { splitSentences } from "../tokenize";
import { loadDefaultTagger, mergeSpans, preferPersons, recogniseEntities } from "./index";
import type { EntitySpan } from "../types";

// Sentences taken from the articles in seeds/ (real news text: curly quotes, possessives, titles before names).
function entities(text: string): string[] {
  const spans = recogniseEntities(text, splitSentences(text), loadDefaultTagger());
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text, "offsets point into the text");
  return spans.map((s) => `${s.type}:${s.text}`);
}

test("titles and demonyms stay outside person names", () => {
  const got = entities("Russian President Vladimir Putin with Iran's President Ebrahim Raisi at the Kremlin (AFP)");
  assert.ok(got.includes("PERSON:Vladimir Putin"), got.join(" | "));
  assert.ok(got.includes("PERSON:Ebrahim Raisi"), got.join(" | "));
  assert.ok(got.includes("LOCATION:Iran"), got.join(" | "));
  assert.ok(!got.some((e) => /President|Russian/.test(e) && e.startsWith("PERSON")), got.join(" | "));
});

test("a spokesman's name is a person, curly quotes do not confuse the tagger", () => {
  const got = entities(
    "Kremlin spokesman Dmitry Peskov kept up Russia's bellicose tone on Friday, blaming “the reckless decisions " +
      "and actions of Western countries” in supplying weapons to Ukraine to strike Russia.",
  );
  assert.ok(got.includes("PERSON:Dmitry Peskov"), got.join(" | "));
  assert.ok(got.includes("LOCATION:Ukraine"), got.join(" | "));
  assert.ok(got.includes("LOCATION:Russia"), got.join(" | "));
  assert.ok(got.includes("DATE:Friday"), got.join(" | "));
});

test("an organisation before a job title and a name", () => {
  const got = entities(
    '"Starting a war and expecting to move freely in Europe is hard to justify," EU foreign policy chief Kaja ' +
      "Kallas said on X.",
  );
  assert.ok(got.includes("ORGANIZATION:EU"), got.join(" | "));
  assert.ok(got.includes("PERSON:Kaja Kallas"), got.join(" | "));
});

test("possessive with a curly apostrophe, and a year", () => {
  const got = entities(
    "Hassan Rouhani’s 2017 visit was the last time an Iranian president had met his Russian counterpart at the Kremlin.",
  );
  assert.ok(got.includes("PERSON:Hassan Rouhani"), got.join(" | "));
  assert.ok(got.includes("DATE:2017"), got.join(" | "));
});

test("money from the rules, alongside tagger entities", () => {
  const got = entities(
    "They reported that the two parties might conclude a $10 billion contract to purchase Russian military equipment.",
  );
  assert.ok(got.includes("MONEY:$10 billion"), got.join(" | "));
  assert.ok(got.includes("MISC:Russian"), got.join(" | "));
});

test("an all-caps headline is read with the help of the article body", () => {
  const text =
    "PUTIN AND RAISI BACK CLOSER TIES IN KREMLIN MEETING\n\n" +
    "Russian President Vladimir Putin received Iran's President Ebrahim Raisi at the Kremlin. Putin and Raisi " +
    "discussed bilateral relations.";
  const spans = recogniseEntities(text, splitSentences(text), loadDefaultTagger());
  const headline = spans.filter((s) => s.end <= text.indexOf("\n")).map((s) => `${s.type}:${s.text}`);
  assert.ok(headline.includes("PERSON:PUTIN"), headline.join(" | "));
  assert.ok(headline.includes("PERSON:RAISI"), headline.join(" | "));
});

test("empty and entity-free input give no spans", () => {
  assert.deepEqual(entities(""), []);
  assert.deepEqual(entities("it was quiet and nothing happened here."), []);
});

test("an event replaces the tagger spans it covers, but never a person", () => {
  const model: EntitySpan[] = [{ start: 4, end: 13, text: "World Cup", type: "MISC" }];
  const rules: EntitySpan[] = [{ start: 4, end: 13, text: "World Cup", type: "EVENT" }];
  assert.deepEqual(mergeSpans(model, rules), rules);
  const person: EntitySpan[] = [{ start: 0, end: 5, text: "Raisi", type: "PERSON" }];
  const event: EntitySpan[] = [{ start: 0, end: 12, text: "Raisi Summit", type: "EVENT" }];
  assert.deepEqual(mergeSpans(person, event), person);
  const date: EntitySpan[] = [{ start: 20, end: 26, text: "Monday", type: "DATE" }];
  assert.deepEqual(mergeSpans(person, date), [...person, ...date]);
});

test("a name mostly tagged PERSON in an article is a person everywhere in it; other types are left alone", () => {
  const spans: EntitySpan[] = [
    { start: 0, end: 5, text: "Putin", type: "LOCATION" },
    { start: 10, end: 15, text: "Putin", type: "PERSON" },
    { start: 20, end: 25, text: "Putin", type: "PERSON" },
    { start: 30, end: 37, text: "Chicago", type: "LOCATION" },
    { start: 40, end: 47, text: "Chicago", type: "ORGANIZATION" },
  ];
  assert.deepEqual(
    preferPersons(spans).map((s) => s.type),
    ["PERSON", "PERSON", "PERSON", "LOCATION", "ORGANIZATION"],
  );
  assert.deepEqual(preferPersons([]), []);
});
