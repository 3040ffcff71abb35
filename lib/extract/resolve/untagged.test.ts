/**
 * Tests of the post-tagger span repairs (./untagged, ./name-pieces through cleanSpans) and of two cleaning rules
 * for organisation and title spans, on sentences from BBC articles with the spans the tagger gave them.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { EntitySpan } from "../types";
import type { EntityType } from "../../graph/types";
import { cleanSpans } from "./clean";
import { retypeDescribedPeople, retypeOrganisations, untaggedDemonyms } from "./untagged";

function span(text: string, piece: string, type: EntityType): EntitySpan {
  const start = text.indexOf(piece);
  return { start, end: start + piece.length, text: piece, type };
}

test("an untagged demonym becomes a country reference; a tagged or covered one is left alone", () => {
  const t = "including IAAF chief Lamine Diack and Namibian athlete Frankie Fredericks.";
  const spans = [span(t, "Lamine Diack", "PERSON"), span(t, "Frankie Fredericks", "PERSON")];
  assert.deepEqual(
    untaggedDemonyms(t, spans).map((s) => s.text),
    ["Namibian"],
  );
  const clean = cleanSpans(t, spans);
  assert.deepEqual(
    clean.demonyms.map((d) => `${d.text}→${d.countries.join("|")}`),
    ["Namibian→Namibia"],
  );
  // Inside a tagged name ("Brazilian Football Confederation") the demonym is the name's.
  const u = "The Brazilian Football Confederation said so.";
  assert.deepEqual(untaggedDemonyms(u, [span(u, "Brazilian Football Confederation", "ORGANIZATION")]), []);
});

test("a MISC span with an organisation's head noun is an organisation; other MISC spans stay", () => {
  const t = "David Frost, director general of the British Chambers of Commerce, warned firms before the World Cup.";
  const out = retypeOrganisations([span(t, "British Chambers of Commerce", "MISC"), span(t, "World Cup", "MISC")]);
  assert.deepEqual(
    out.map((s) => `${s.text}/${s.type}`),
    ["British Chambers of Commerce/ORGANIZATION", "World Cup/MISC"],
  );
});

test("a demonym and a title tagged as one name keep the demonym; a plural possessive stays in an organisation's name", () => {
  const t = "the Kyrgyz President, Askar Akaev, pushed through the law.";
  const a = cleanSpans(t, [span(t, "Kyrgyz President", "ORGANIZATION"), span(t, "Askar Akaev", "PERSON")]);
  assert.deepEqual(
    a.mentions.map((m) => m.text),
    ["Askar Akaev"],
  );
  assert.deepEqual(
    a.demonyms.map((d) => d.text),
    ["Kyrgyz"],
  );
  const u = "Frankie Fredericks, now a member of the Athletes' Commission.";
  const b = cleanSpans(u, [span(u, "Frankie Fredericks", "PERSON"), span(u, "Athletes' Commission", "ORGANIZATION")]);
  assert.deepEqual(
    b.mentions.map((m) => m.text),
    ["Frankie Fredericks", "Athletes' Commission"],
  );
  // A name's possessive still owns what follows: "Iran's Evin Prison".
  const v = "held in Iran's Evin Prison.";
  assert.deepEqual(
    cleanSpans(v, [span(v, "Iran's Evin Prison", "ORGANIZATION")]).mentions.map((m) => m.text),
    ["Iran", "Evin Prison"],
  );
});

test("the known place inside an '-based' or '-born' adjective stays a name; the adjective does not", () => {
  const t = "said Moscow-based US lawyer Jamie Firestone, who is not connected to the case.";
  const a = cleanSpans(t, [span(t, "Moscow-based US", "MISC"), span(t, "Jamie Firestone", "PERSON")]);
  assert.deepEqual(
    a.mentions.map((m) => `${m.text}/${m.type}`),
    ["Moscow/LOCATION", "US/LOCATION", "Jamie Firestone/PERSON"],
  );
  const u = "Now, the Scotland-born athlete owns the fifth-fastest time.";
  assert.deepEqual(
    cleanSpans(u, [span(u, "Scotland-born", "MISC")]).mentions.map((m) => m.text),
    ["Scotland"],
  );
  // An unknown word before "-led" is no name: "Saudi-led" is a demonym, "state-run" lowercase.
  const v = "the Kremlin-backed and Acme-led coalition";
  assert.deepEqual(cleanSpans(v, [span(v, "Acme-led", "MISC")]).mentions, []);
});

test("a demonym before a modifier word without a role head stays in the organisation's name", () => {
  const t = "following the Haitian Parliament's declaration that the post was vacant.";
  assert.deepEqual(
    cleanSpans(t, [span(t, "Haitian Parliament", "ORGANIZATION")]).mentions.map((m) => m.text),
    ["Haitian Parliament"],
  );
});

test("a one-word name after a noun describing a person is a person (BBC entertainment/002)", () => {
  const t = "Other ambassadors include athlete Cathy Freeman and Brazilian soccer legend Pele.";
  const out = retypeDescribedPeople(t, [span(t, "Cathy Freeman", "PERSON"), span(t, "Pele", "ORGANIZATION")]);
  assert.deepEqual(
    out.map((s) => `${s.text}/${s.type}`),
    ["Cathy Freeman/PERSON", "Pele/PERSON"],
  );
  // "club" describes no person: the organisation after it stays one.
  const u = "The striker joined rival club Chelsea on Monday.";
  assert.deepEqual(
    retypeDescribedPeople(u, [span(u, "Chelsea", "ORGANIZATION")]).map((s) => s.type),
    ["ORGANIZATION"],
  );
});
