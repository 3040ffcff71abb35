import { test } from "node:test";
import assert from "node:assert/strict";
import type { EntityType } from "../../graph/types";
import { lookupName } from "../gazetteer";
import type { NameMention } from "./clean";
import { canonicalName, linkArticle, voteType } from "./link";

/** Mentions for every occurrence of each surface form, in text order. */
function mentionsOf(text: string, forms: [string, EntityType][]): NameMention[] {
  const out: NameMention[] = [];
  for (const [surface, type] of forms) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      const before = text[at - 1];
      const after = text[at + surface.length];
      if ((before && /\p{L}/u.test(before)) || (after && /\p{L}/u.test(after))) continue;
      if (out.some((m) => m.start < at + surface.length && at < m.end)) continue;
      const hit = lookupName(surface);
      out.push({ start: at, end: at + surface.length, text: surface, type: hit?.type ?? type, gazetteer: hit });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const SUMMIT =
  "Russian President Vladimir Putin received at the Kremlin Iran's President Ebrahim Raisi. " +
  "Putin expressed a desire to discuss these issues with Raisi. Raisi thanked Putin. " +
  "Iran and the Eurasian Economic Union (EAEU) are developing relations. The EAEU grew.";

test("surnames join the full name, whatever type the tagger gave them", () => {
  const ms = mentionsOf(SUMMIT, [
    ["Vladimir Putin", "PERSON"],
    ["Ebrahim Raisi", "PERSON"],
    ["Putin", "PERSON"],
    ["Raisi", "ORGANIZATION"],
  ]);
  const { entities, entityOf } = linkArticle(SUMMIT, ms);
  const names = entities.map((e) => `${e.name}/${e.type}/${e.mentions.length}`).sort();
  assert.deepEqual(names, ["Ebrahim Raisi/PERSON/3", "Vladimir Putin/PERSON/3"]);
  assert.equal(entityOf.length, ms.length);
  assert.ok(entityOf.every((i) => i >= 0));
});

test("acronyms join the name they abbreviate", () => {
  const ms = mentionsOf(SUMMIT, [["EAEU", "ORGANIZATION"]]);
  // Drop the gazetteer so the text's "Name (ACR)" declaration is what links them.
  const plain: NameMention[] = ms.map((m) => ({ ...m, gazetteer: undefined, type: "ORGANIZATION" }));
  const full = SUMMIT.indexOf("Eurasian Economic Union");
  plain.push({ start: full, end: full + 23, text: "Eurasian Economic Union", type: "ORGANIZATION" });
  plain.sort((a, b) => a.start - b.start);
  const { entities } = linkArticle(SUMMIT, plain);
  assert.equal(entities.length, 1);
  assert.equal(entities[0].name, "Eurasian Economic Union");
  assert.equal(entities[0].mentions.length, 3);
});

test("an ambiguous surname stays apart: Donald Trump and Melania Trump", () => {
  const text = "Donald Trump and Melania Trump arrived. Trump waved.";
  const ms = mentionsOf(text, [
    ["Donald Trump", "PERSON"],
    ["Melania Trump", "PERSON"],
  ]);
  const at = text.lastIndexOf("Trump");
  ms.push({ start: at, end: at + 5, text: "Trump", type: "PERSON" });
  const { entities } = linkArticle(text, ms);
  assert.deepEqual(entities.map((e) => e.name).sort(), ["Donald Trump", "Melania Trump", "Trump"]);
});

test("gazetteer names get canonical names: US and United States are one", () => {
  const text = "The United States and the US Navy; the U.S. said.";
  const ms = mentionsOf(text, [
    ["United States", "LOCATION"],
    ["U.S.", "LOCATION"],
  ]);
  const { entities } = linkArticle(text, ms);
  assert.equal(entities.length, 1);
  assert.equal(entities[0].name, "United States");
  assert.equal(entities[0].key, "g:United States");
});

test("type vote: full names count double; canonical name is the most complete form", () => {
  const m = (text: string, type: EntityType): NameMention => ({ start: 0, end: text.length, text, type });
  assert.equal(voteType([m("Kaja Kallas", "PERSON"), m("Kallas", "LOCATION")]), "PERSON");
  assert.equal(voteType([m("Kallas", "LOCATION"), m("Kallas", "LOCATION"), m("Kallas", "PERSON")]), "LOCATION");
  assert.equal(canonicalName(["Raisi", "Ebrahim Raisi", "Ibrahim Raisi", "Ebrahim Raisi"]), "Ebrahim Raisi");
});

test("no mentions, no entities", () => {
  assert.deepEqual(linkArticle("", []), { entities: [], entityOf: [] });
});

test("a given name before a surname the article uses for a person makes the full name a person (BBC sport/002)", () => {
  const text =
    "Sonia O'Sullivan has indicated that she would like to run. O'Sullivan is at present preparing for the marathon.";
  const ms = mentionsOf(text, [
    ["Sonia O'Sullivan", "ORGANIZATION"],
    ["O'Sullivan", "PERSON"],
  ]);
  const { entities } = linkArticle(text, ms);
  assert.deepEqual(
    entities.map((e) => `${e.name}/${e.type}/${e.mentions.length}`),
    ["Sonia O'Sullivan/PERSON/2"],
  );
  // Without the person's surname elsewhere, or without a given name first, the tagger's type stands.
  const alone = "Sonia O'Sullivan has indicated that she would like to run.";
  assert.deepEqual(
    linkArticle(alone, mentionsOf(alone, [["Sonia O'Sullivan", "ORGANIZATION"]])).entities.map((e) => e.type),
    ["ORGANIZATION"],
  );
  const firm = "Dresdner Kleinwort Wasserstein cut its forecast. Wasserstein said so.";
  const firmTypes = linkArticle(
    firm,
    mentionsOf(firm, [
      ["Dresdner Kleinwort Wasserstein", "ORGANIZATION"],
      ["Wasserstein", "PERSON"],
    ]),
  ).entities.map((e) => `${e.name}/${e.type}`);
  assert.ok(firmTypes.includes("Dresdner Kleinwort Wasserstein/ORGANIZATION"), firmTypes.join("; "));
});

test("a name ending in an organisation word is an organisation whatever the tagger said: MIT's Media Labs", () => {
  const text = "Nicholas Negroponte, chairman and founder of MIT's Media Labs, says he is developing a laptop.";
  const ms = mentionsOf(text, [
    ["Nicholas Negroponte", "PERSON"],
    ["MIT", "ORGANIZATION"],
    ["Media Labs", "MISC"],
  ]);
  const types = linkArticle(text, ms).entities.map((e) => `${e.name}/${e.type}`);
  assert.ok(types.includes("Media Labs/ORGANIZATION"), types.join("; "));
});
