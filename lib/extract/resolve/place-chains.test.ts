/** Tests of the "City, ST" repair (./place-chains), on spans as the tagger gave them (CoNLL04 news). */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { EntitySpan } from "../types";
import type { EntityType } from "../../graph/types";
import { repairPlaceChains } from "./place-chains";

function span(text: string, piece: string, type: EntityType): EntitySpan {
  const start = text.indexOf(piece);
  return { start, end: start + piece.length, text: piece, type };
}

const names = (text: string, spans: EntitySpan[]) => repairPlaceChains(text, spans).map((s) => `${s.text}/${s.type}`);

test("the abbreviated state after a city becomes a place", () => {
  const t = "Ray was arrested for the murder of King in Memphis, Tenn., on April 4, 1968.";
  assert.deepEqual(names(t, [span(t, "Ray", "PERSON"), span(t, "King", "PERSON"), span(t, "Memphis", "LOCATION")]), [
    "Ray/PERSON",
    "King/PERSON",
    "Memphis/LOCATION",
    "Tenn./LOCATION",
  ]);
});

test("a town the tagger typed as a person is a place before its state", () => {
  const t = "Muddy Waters was born in Rolling Fork, Miss., in 1915.";
  assert.deepEqual(names(t, [span(t, "Muddy Waters", "PERSON"), span(t, "Rolling Fork", "PERSON")]), [
    "Muddy Waters/PERSON",
    "Rolling Fork/LOCATION",
    "Miss./LOCATION",
  ]);
  // An untagged town after "in" is added with its state.
  const u = "The plant in Aiken, S.C., was closed.";
  assert.deepEqual(names(u, []), ["Aiken/LOCATION", "S.C./LOCATION"]);
});

test("a person before a state, a company name or an abbreviation without its dot are left alone", () => {
  const t = "said Jim Wright, Texas Democrat, on Monday.";
  assert.deepEqual(names(t, [span(t, "Jim Wright", "PERSON")]), ["Jim Wright/PERSON"]);
  const u = "Dallas, Texas Instruments said.";
  assert.deepEqual(names(u, [span(u, "Dallas", "LOCATION"), span(u, "Texas Instruments", "ORGANIZATION")]), [
    "Dallas/LOCATION",
    "Texas Instruments/ORGANIZATION",
  ]);
  const v = "We met Smith, Miss Jones and others.";
  assert.deepEqual(names(v, [span(v, "Smith", "PERSON"), span(v, "Jones", "PERSON")]), [
    "Smith/PERSON",
    "Jones/PERSON",
  ]);
});
