import { test } from "node:test";
import assert from "node:assert/strict";
import type { EntitySpan } from "../types";
import type { EntityType } from "../../graph/types";
import { cleanSpans, gazetteerSpans } from "./clean";

/** A span over the first occurrence of `surface` in `text`. */
function span(text: string, surface: string, type: EntityType, from = 0): EntitySpan {
  const start = text.indexOf(surface, from);
  assert.ok(start >= 0, `"${surface}" not in text`);
  return { start, end: start + surface.length, text: surface, type };
}

test("titles and demonyms are stripped from person names", () => {
  const text = "Russian President Vladimir Putin received Iran's President Ebrahim Raisi.";
  const r = cleanSpans(text, [
    span(text, "Russian President Vladimir Putin", "PERSON"),
    span(text, "President Ebrahim Raisi", "PERSON"),
  ]);
  assert.deepEqual(
    r.mentions.map((m) => [m.text, m.type]),
    [
      ["Vladimir Putin", "PERSON"],
      ["Iran", "LOCATION"], // not in the given spans: added from the gazetteer
      ["Ebrahim Raisi", "PERSON"],
    ],
  );
  assert.deepEqual(
    r.demonyms.map((d) => [d.text, d.countries]),
    [["Russian", ["Russia"]]],
  );
  const putin = r.mentions[0];
  assert.equal(text.slice(putin.start, putin.end), "Vladimir Putin", "offsets point at the name");
});

test("an owner inside a span becomes its own mention", () => {
  const text = "Kremlin spokesman Dmitry Peskov kept up Russia's bellicose tone on Friday.";
  const r = cleanSpans(text, [span(text, "Kremlin spokesman Dmitry Peskov", "PERSON")]);
  assert.deepEqual(
    r.mentions.map((m) => [m.text, m.type]),
    [
      ["Kremlin", "ORGANIZATION"],
      ["Dmitry Peskov", "PERSON"],
      ["Russia", "LOCATION"],
    ],
  );
});

test("the tagger's title-led ORGANIZATION span becomes a person", () => {
  const text = "Putin asked Raisi to convey his best regards to the Supreme Leader Ali Khamenei.";
  const r = cleanSpans(text, [span(text, "Supreme Leader Ali Khamenei", "ORGANIZATION")]);
  assert.deepEqual(
    r.mentions.map((m) => [m.text, m.type]),
    [["Ali Khamenei", "PERSON"]],
  );
});

test("a title word inside a real name is kept: James Dean Bradfield", () => {
  const text = "Singer James Dean Bradfield played.";
  const r = cleanSpans(text, [span(text, "James Dean Bradfield", "PERSON")]);
  assert.deepEqual(
    r.mentions.map((m) => m.text),
    ["James Dean Bradfield"],
  );
});

test("possessives, leading 'the' and trailing punctuation go; title-only spans vanish", () => {
  const text = "Putin's spokesman said the Kremlin. The President spoke to the European Union.";
  const r = cleanSpans(text, [
    span(text, "Putin's", "PERSON"),
    span(text, "the Kremlin.", "LOCATION"),
    span(text, "President", "PERSON"),
    span(text, "the European Union", "ORGANIZATION"),
  ]);
  assert.deepEqual(
    r.mentions.map((m) => [m.text, m.type]),
    [
      ["Putin", "PERSON"],
      ["Kremlin", "ORGANIZATION"],
      ["European Union", "ORGANIZATION"],
    ],
  );
});

test("function words and letters after a name are no part of it (BBC: 'BBC News Online the', 'Tom McCabe MSP')", () => {
  const text =
    "said BBC News Online the day before. Finance Minister Tom McCabe MSP, said the Lord of the Rings and more.";
  const r = cleanSpans(text, [
    span(text, "BBC News Online the", "ORGANIZATION"),
    span(text, "Tom McCabe MSP", "PERSON"),
    span(text, "Lord of the Rings and", "MISC"),
  ]);
  assert.deepEqual(
    r.mentions.map((m) => m.text),
    ["BBC News Online", "Tom McCabe", "Lord of the Rings"],
  );
});

test("MISC demonyms are not entities, but are kept as country references", () => {
  const text = "A Norwegian-Iranian dual citizen has been arrested, Russian sources said. European media agreed.";
  const r = cleanSpans(text, [
    span(text, "Norwegian-Iranian", "MISC"),
    span(text, "Russian", "MISC"),
    span(text, "European", "MISC"),
  ]);
  assert.deepEqual(r.mentions, []);
  assert.deepEqual(
    r.demonyms.map((d) => d.countries),
    [["Norway", "Iran"], ["Russia"]],
  );
});

test("span repair: run-together and split names, missed gazetteer organisations", () => {
  const text =
    "Putin received at the Kremlin Iran's President. Ties with the Russian Federation grew. MI5 Director General Ken McCallum said.";
  const r = cleanSpans(text, [
    span(text, "Kremlin Iran", "LOCATION"),
    span(text, "Russian", "MISC"),
    span(text, "Federation", "ORGANIZATION"),
    span(text, "Ken McCallum", "PERSON"),
  ]);
  assert.deepEqual(
    r.mentions.map((m) => [m.text, m.gazetteer?.name ?? null]),
    [
      ["Kremlin", "Kremlin"],
      ["Iran", "Iran"],
      ["Russian Federation", "Russia"],
      ["MI5", "MI5"],
      ["Ken McCallum", null],
    ],
  );
});

test("bad input: spans outside the text or empty are ignored", () => {
  const text = "Short text.";
  const r = cleanSpans(text, [
    { start: 5, end: 500, text: "x", type: "PERSON" },
    { start: 3, end: 3, text: "", type: "PERSON" },
    { start: -1, end: 2, text: "Sh", type: "PERSON" },
  ]);
  assert.deepEqual(r, { mentions: [], demonyms: [] });
});

test("missed places are added only when they stand alone", () => {
  const text =
    "Russia struck a district of Sumy overnight. Victoria Beckham smiled in Paris. The Washington Post said so.\nKyiv was calm.";
  const added = gazetteerSpans(text, []).map((s) => s.text);
  assert.deepEqual(added, ["Sumy", "Paris"], "sentence-initial, ambiguous and compound names are skipped");
  assert.deepEqual(
    gazetteerSpans(text, [
      { start: text.indexOf("Sumy"), end: text.indexOf("Sumy") + 4, text: "Sumy", type: "LOCATION" },
    ]).map((s) => s.text),
    ["Paris"],
  );
});
