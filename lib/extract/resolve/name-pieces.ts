/**
 * Rejoins names the tagger cut into pieces, before span cleaning (./clean). Three general shapes of news
 * names that the tagger often splits:
 *   - a middle initial: "Guy M. Struve" tagged as "M. Struve", "John A. Georges" as "John" + "A. Georges" —
 *     a capitalised word right before a person name that starts with an initial is the given name;
 *   - a given name tagged apart: "Lee" (LOCATION) + "Harvey Oswald" (PERSON) → one person;
 *   - an ordinal before a unit: "the 6th Fleet", "the 12th Brigade" — the number is part of the name.
 * and a fourth, on the right of a name:
 *   - a name that runs on: "Freddie" + "Mac", "Nippon" + "Steel", "Age" + "Concern" — a capitalised word right
 *     after an organisation's or person's name, tagged as nothing, that is no title, function word, month,
 *     demonym or known place or organisation, is the rest of the name (`extendRunOnNames`).
 * Pure: spans in, spans out (sorted by start).
 */
import type { EntitySpan } from "../types";
import { TAGGER_FIRST_NAME_SET as GIVEN, demonymCountries, isHonorific, isRoleWord, lookupName } from "../gazetteer";
import { MONTH_NAMES, WEEKDAY_NAMES } from "../ner/rules";
/** "M.", "A.": a single capital and a dot. */
const INITIAL = /^\p{Lu}\.\s/u;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
/** Heads of units that take an ordinal ("6th Fleet", "101st Airborne Division"): organisations. */
const UNIT_HEADS = new Set(
  "fleet army brigade division battalion regiment corps squadron company platoon infantry cavalry airborne wing district circuit precinct".split(
    " ",
  ),
);

/** The word that ends exactly one space before `at` ("Guy" in "Guy M. Struve"), with its offsets. */
function wordBefore(text: string, at: number): { start: number; end: number; text: string } | null {
  if (at < 2 || text[at - 1] !== " " || /\s/.test(text[at - 2])) return null;
  let s = at - 1;
  while (s > 0 && !/\s/.test(text[s - 1])) s--;
  return { start: s, end: at - 1, text: text.slice(s, at - 1) };
}

/** A word that is no title, honorific, demonym or known place/organisation: it can be part of a new name. */
function namesNothingKnown(word: string): boolean {
  return !isRoleWord(word) && !isHonorific(word) && demonymCountries(word).length === 0 && !lookupName(word);
}

/** A capitalised word that can be a given name (see namesNothingKnown). */
function canBeGivenName(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && namesNothingKnown(word);
}

export function joinNamePieces(text: string, spans: readonly EntitySpan[]): EntitySpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: EntitySpan[] = [];
  for (const span of sorted) {
    let s = span;
    const prev = out[out.length - 1];
    const word = wordBefore(text, s.start);
    // The piece before is one word, either untagged or a one-word span ending there.
    const prevIsWord = prev !== undefined && word !== null && prev.start === word.start && prev.end === word.end;
    const free = word !== null && (!prev || prev.end <= word.start);
    if (word && s.type === "PERSON" && INITIAL.test(s.text) && (free || prevIsWord) && canBeGivenName(word.text)) {
      if (prevIsWord) out.pop();
      s = { ...s, start: word.start, text: text.slice(word.start, s.end) };
    } else if (
      word &&
      prevIsWord &&
      s.type === "PERSON" &&
      prev.type !== "PERSON" &&
      GIVEN.has(word.text.toLowerCase()) &&
      canBeGivenName(word.text)
    ) {
      out.pop();
      s = { ...s, start: word.start, text: text.slice(word.start, s.end) };
    } else if (word && free && ORDINAL.test(word.text) && (s.type === "ORGANIZATION" || s.type === "MISC")) {
      const head = s.text.split(/\s+/).at(-1)!.toLowerCase();
      if (UNIT_HEADS.has(head))
        s = { ...s, start: word.start, text: text.slice(word.start, s.end), type: "ORGANIZATION" };
    }
    out.push(s);
  }
  return out;
}

/** Capitalised words of titles and headings that end a name rather than continue it ("Film Of The Year"). */
const FUNCTION_WORDS = new Set(
  (
    "the of for and or as in on at to a an by with from is are was be not no but if so than that this " +
    "he she it they we you his her its their our"
  ).split(" "),
);
const CALENDAR = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES].map((w) => w.toLowerCase()));
/** At most this many words are added to one name (a name is rarely cut by more). */
const MAX_RUN_ON = 2;

/** The capitalised word exactly one space after `at` ("Mac" in "Freddie Mac"), letters only, or null. */
function wordAfter(text: string, at: number): { start: number; end: number; text: string } | null {
  const m = /^ (\p{Lu}[\p{L}]+)(?![\p{L}\p{N}'’-])/u.exec(text.slice(at, at + 40));
  return m ? { start: at + 1, end: at + 1 + m[1].length, text: m[1] } : null;
}

function continuesName(word: string): boolean {
  const w = word.toLowerCase();
  return !FUNCTION_WORDS.has(w) && !CALENDAR.has(w) && namesNothingKnown(word);
}

/** See the module comment: an organisation, person or MISC name takes the untagged capitalised words after it. */
export function extendRunOnNames(text: string, spans: readonly EntitySpan[]): EntitySpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const starts = new Set(sorted.map((x) => x.start));
  return sorted.map((span) => {
    if (span.type !== "ORGANIZATION" && span.type !== "PERSON" && span.type !== "MISC") return span;
    let s = span;
    // A name ending in a full stop ends its sentence ("… from the US Congress. It …").
    if (s.text.endsWith(".")) return s;
    for (let k = 0; k < MAX_RUN_ON; k++) {
      const word = wordAfter(text, s.end);
      if (!word || starts.has(word.start) || !continuesName(word.text)) break;
      s = { ...s, end: word.end, text: text.slice(s.start, word.end) };
    }
    return s;
  });
}
