/**
 * Rejoins names the tagger cut into pieces, before span cleaning (./clean). Three general shapes of news
 * names that the tagger often splits:
 *   - a middle initial: "Guy M. Struve" tagged as "M. Struve", "John A. Georges" as "John" + "A. Georges" —
 *     a capitalised word right before a person name that starts with an initial is the given name;
 *   - a given name tagged apart: "Lee" (LOCATION) + "Harvey Oswald" (PERSON) → one person;
 *   - an ordinal before a unit: "the 6th Fleet", "the 12th Brigade" — the number is part of the name.
 * Pure: spans in, spans out (sorted by start).
 */
import type { EntitySpan } from "../types";
import { TAGGER_FIRST_NAME_SET as GIVEN, demonymCountries, isHonorific, isRoleWord, lookupName } from "../gazetteer";
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

/** A capitalised word that can be a given name: not a title, honorific, demonym or known place/organisation. */
function canBeGivenName(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  return !isRoleWord(word) && !isHonorific(word) && demonymCountries(word).length === 0 && !lookupName(word);
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
