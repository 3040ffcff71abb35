/** Tests of rejoining names the tagger cut in pieces (./name-pieces), on spans as the tagger gave them. */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { EntitySpan } from "../types";
import type { EntityType } from "../../graph/types";
import { extendRunOnNames, joinNamePieces } from "./name-pieces";

function span(text: string, piece: string, type: EntityType, from = 0): EntitySpan {
  const start = text.indexOf(piece, from);
  return { start, end: start + piece.length, text: piece, type };
}

const names = (text: string, spans: EntitySpan[]) => joinNamePieces(text, spans).map((s) => `${s.text}/${s.type}`);

test("a given name before a name starting with an initial joins it", () => {
  const t = "Guy M. Struve, the New York attorney, said he was disappointed.";
  assert.deepEqual(names(t, [span(t, "M. Struve", "PERSON")]), ["Guy M. Struve/PERSON"]);
  const u = "said John A. Georges, International Paper's chairman.";
  assert.deepEqual(names(u, [span(u, "John", "PERSON"), span(u, "A. Georges", "PERSON")]), ["John A. Georges/PERSON"]);
  // A title or a known place before the initial stays out: "Ambassador A. Walters", "Paris J. Smith".
  const v = "U.S. Ambassador A. Walters displayed photographs.";
  assert.deepEqual(names(v, [span(v, "U.S.", "LOCATION"), span(v, "A. Walters", "PERSON")]), [
    "U.S./LOCATION",
    "A. Walters/PERSON",
  ]);
});

test("a known given name tagged apart joins the person after it", () => {
  const t = "Jack Ruby fired at Lee Harvey Oswald, the man who had assassinated Kennedy.";
  assert.deepEqual(
    names(t, [span(t, "Jack Ruby", "PERSON"), span(t, "Lee", "LOCATION"), span(t, "Harvey Oswald", "PERSON")]),
    ["Jack Ruby/PERSON", "Lee Harvey Oswald/PERSON"],
  );
});

test("an ordinal before a military unit is part of its name", () => {
  const t = "the Coral Sea, on duty with the 6th Fleet in the Mediterranean, left early.";
  assert.deepEqual(names(t, [span(t, "Fleet", "MISC")]), ["6th Fleet/ORGANIZATION"]);
  // Not before any name: "the 23rd President".
  const u = "the 5th Avenue shop";
  assert.deepEqual(names(u, [span(u, "Avenue", "LOCATION")]), ["Avenue/LOCATION"]);
});

test("a name that runs on past the tagger's span takes the rest (BBC business and entertainment)", () => {
  const runOn = (text: string, spans: EntitySpan[]) => extendRunOnNames(text, spans).map((s) => `${s.text}/${s.type}`);
  const t = "The other main US mortgage firm Freddie Mac restated earnings, and Nippon Steel slid.";
  assert.deepEqual(
    runOn(t, [span(t, "US", "LOCATION"), span(t, "Freddie", "ORGANIZATION"), span(t, "Nippon", "PERSON")]),
    ["US/LOCATION", "Freddie Mac/ORGANIZATION", "Nippon Steel/PERSON"],
  );
  // Not over a title, a known place, a month, a function word of a title, another span, or a sentence end.
  const u = "Suffolk Chief Constable X met Microsoft Britain staff in Film Of The Year talks with Sony Monday.";
  assert.deepEqual(
    runOn(u, [
      span(u, "Suffolk", "LOCATION"),
      span(u, "Microsoft", "ORGANIZATION"),
      span(u, "Film", "MISC"),
      span(u, "Sony", "ORGANIZATION"),
      span(u, "Monday", "DATE"),
    ]),
    ["Suffolk/LOCATION", "Microsoft/ORGANIZATION", "Film/MISC", "Sony/ORGANIZATION", "Monday/DATE"],
  );
  const v = "The firm operates under charter from the US Congress. It has no shares.";
  assert.deepEqual(runOn(v, [span(v, "Congress.", "ORGANIZATION")]), ["Congress./ORGANIZATION"]);
  // At most two words are added.
  const w = "shares in Hereford Hospitals NHS Trust Board fell";
  assert.deepEqual(runOn(w, [span(w, "Hereford", "ORGANIZATION")]), ["Hereford Hospitals NHS/ORGANIZATION"]);
});
