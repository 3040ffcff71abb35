/** Tests of splitting "Owner Title Name" spans (./glued-titles), on spans as the tagger gave them (CoNLL04 news). */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { EntitySpan } from "../types";
import type { EntityType } from "../../graph/types";
import { splitGluedTitles } from "./glued-titles";

function span(text: string, piece: string, type: EntityType): EntitySpan {
  const start = text.indexOf(piece);
  return { start, end: start + piece.length, text: piece, type };
}

const names = (text: string, spans: EntitySpan[]) => splitGluedTitles(text, spans).map((s) => `${s.text}/${s.type}`);

test("an owner, a title and a name glued into one span split into owner and person", () => {
  const t = "Illinois Gov. James Thompson signed the measure into law.";
  assert.deepEqual(names(t, [span(t, "Illinois Gov. James Thompson", "LOCATION")]), [
    "Illinois/LOCATION",
    "James Thompson/PERSON",
  ]);
  const u = "Black Sea Fleet Commander Eduard Baltin said the fleet would not be divided.";
  assert.deepEqual(names(u, [span(u, "Black Sea Fleet Commander Eduard Baltin", "LOCATION")]), [
    "Black Sea Fleet/ORGANIZATION",
    "Eduard Baltin/PERSON",
  ]);
  const v = "National Congress President Vinicio Villar Anleu received the delegation.";
  assert.deepEqual(names(v, [span(v, "National Congress President Vinicio Villar Anleu", "ORGANIZATION")]), [
    "National Congress/ORGANIZATION",
    "Vinicio Villar Anleu/PERSON",
  ]);
});

test("names that only look like a title phrase stay whole", () => {
  // A given name first: "Dean" is a title word, but "James Dean Bradfield" is one person.
  const t = "Manic Street Preachers singer James Dean Bradfield said.";
  assert.deepEqual(names(t, [span(t, "James Dean Bradfield", "PERSON")]), ["James Dean Bradfield/PERSON"]);
  // No owner before the title, or a one-word name after it: cleaning's job, left as they are.
  const u = "Prime Minister Tony Blair and General Motors agreed.";
  assert.deepEqual(
    names(u, [span(u, "Prime Minister Tony Blair", "PERSON"), span(u, "General Motors", "ORGANIZATION")]),
    ["Prime Minister Tony Blair/PERSON", "General Motors/ORGANIZATION"],
  );
  // A nationality before the title is a demonym, which cleaning keeps apart as a country reference.
  const v = "Russian President Vladimir Putin arrived.";
  assert.deepEqual(names(v, [span(v, "Russian President Vladimir Putin", "PERSON")]), [
    "Russian President Vladimir Putin/PERSON",
  ]);
});

test("a known organisation with a title after it keeps the organisation", () => {
  const t = "But Mr Balls, a prospective Labour MP, said he was confident the chancellor would meet his fiscal rules.";
  assert.deepEqual(names(t, [span(t, "Balls", "PERSON"), span(t, "Labour MP", "ORGANIZATION")]), [
    "Balls/PERSON",
    "Labour/ORGANIZATION",
  ]);
  // An unknown name ending in a title word is left whole ("Liberty Director" may be a product or a band).
  const u = "The Fun Lovin' Criminals and Manic Street Preachers played.";
  assert.deepEqual(names(u, [span(u, "Manic Street Preachers", "ORGANIZATION")]), [
    "Manic Street Preachers/ORGANIZATION",
  ]);
});
