/**
 * Person-name compatibility, precision first. Two full names (given … surname) may name one person only when
 * the given names are compatible (equal, one an initial of the other, a known nickname pair, or one typo apart in
 * a long name that is not itself a different common given name) and the surnames agree (equal, or a small
 * spelling difference: "Khordokovsky"/"Khodorkovsky"). Sounding alike is not enough: "Tim" is not "Time", and
 * "Rowan" is not "Robin". Pure functions over lower-case name tokens.
 */
import jaroWinkler from "talisman/metrics/jaro-winkler";
import doubleMetaphone from "talisman/phonetics/double-metaphone";
import { TAGGER_FIRST_NAME_SET } from "../gazetteer";
import { isKnownGivenName, isNicknamePair } from "./nicknames";

/** Why two given names are compatible, or null when they are not. */
export type GivenNameMatch = "equal" | "initial" | "nickname" | "spelling";

export function phonetic(word: string): string {
  return doubleMetaphone(word)[0] || word;
}

/** Three rows of editDistance's table, reused across calls (names are short; grown when a longer one comes). */
let editRows = new Int32Array(3 * 32);

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), capped at 3. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const W = b.length + 1;
  if (editRows.length < 3 * W) editRows = new Int32Array(3 * W);
  const d = editRows;
  // Rows i - 2, i - 1 and i of the table, as offsets into d, rotated after each row: the whole table as an
  // array per row was allocated on every call, and merging calls this for many name pairs.
  let before = 0;
  let prev = W;
  let cur = 2 * W;
  for (let j = 0; j < W; j++) d[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    d[cur] = i;
    for (let j = 1; j < W; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[prev + j] + 1, d[cur + j - 1] + 1, d[prev + j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[before + j - 2] + 1);
      d[cur + j] = v;
    }
    [before, prev, cur] = [prev, cur, before];
  }
  return Math.min(3, d[prev + W - 1]);
}

/** Given names compatible for one person; an initial ("d") matches any name with that letter. */
export function givenNameMatch(a: string, b: string): GivenNameMatch | null {
  if (a === b) return "equal";
  if (a.length === 1 || b.length === 1) return a[0] === b[0] ? "initial" : null;
  if (isNicknamePair(a, b)) return "nickname";
  // A typo in a long given name ("Mihkail", "Motjaba") — but two distinct common names ("Justin"/"Justine",
  // "Dean"/"Sean") are different names, not a typo.
  if (
    Math.min(a.length, b.length) >= 5 &&
    editDistance(a, b) === 1 &&
    phonetic(a) === phonetic(b) &&
    !(TAGGER_FIRST_NAME_SET.has(a) && TAGGER_FIRST_NAME_SET.has(b))
  ) {
    return "spelling";
  }
  return null;
}

/** Surnames agree: equal, or a surname of 6+ letters with a small spelling difference ("zelenskyy"/"zelensky"). */
export function surnameMatch(a: string, b: string): "equal" | "spelling" | null {
  if (a === b) return "equal";
  if (Math.min(a.length, b.length) < 5 || a[0] !== b[0]) return null;
  const d = editDistance(a, b);
  // Short surnames have real variants that are other families ("Davis"/"Davies", "Kelly"/"Kelley").
  if (
    d === 1 &&
    Math.min(a.length, b.length) >= 6 &&
    (phonetic(a) === phonetic(b) || Math.min(a.length, b.length) >= 7)
  ) {
    return "spelling";
  }
  // Two letters swapped apart ("khordokovsky"/"khodorkovsky") in a long name.
  if (d === 2 && a.length === b.length && a.length >= 8 && jaroWinkler(a, b) >= 0.95) return "spelling";
  return null;
}

/**
 * Two given names of one length one letter apart with the same first letter, at most one of them a common given
 * name ("Tama"/"Tana"; never "Tim"/"Time").
 */
export function isGivenNameSlip(a: string, b: string): boolean {
  return (
    a.length === b.length &&
    a.length >= 3 &&
    a[0] === b[0] &&
    editDistance(a, b) === 1 &&
    !((TAGGER_FIRST_NAME_SET.has(a) || isKnownGivenName(a)) && (TAGGER_FIRST_NAME_SET.has(b) || isKnownGivenName(b)))
  );
}

/** One edit apart in a surname of 5+ letters with the same first letter: a variant that may be a misspelling. */
export function isSurnameVariant(a: string, b: string): boolean {
  return a !== b && Math.min(a.length, b.length) >= 5 && a[0] === b[0] && editDistance(a, b) === 1;
}

/**
 * A misspelling of a long, distinctive surname ("Brookstein"/"Brockstein", "Shiniwatra"/"Shinawatra"): 9+
 * letters, one edit, the same sound. Unlike "Thomson"/"Thompson", two families rarely have such names.
 */
export function isDistinctiveSurnameTypo(a: string, b: string): boolean {
  return a !== b && Math.min(a.length, b.length) >= 9 && editDistance(a, b) === 1 && phonetic(a) === phonetic(b);
}

/** How two full names (token lists of ≥ 2 tokens) match, as a rule id, or null when they may not merge. */
export function personNameMatch(a: readonly string[], b: readonly string[]): string | null {
  const sur = surnameMatch(a[a.length - 1], b[b.length - 1]);
  const given = givenNameMatch(a[0], b[0]);
  if (!given) {
    // "Tama"/"Tana Umaga": a one-letter slip in a short given name that is not two common names ("Dean"/"Sean",
    // "Carl"/"Karl"); merged only on strong shared context.
    return sur === "equal" &&
      a.length === b.length &&
      a.slice(1, -1).join(" ") === b.slice(1, -1).join(" ") &&
      isGivenNameSlip(a[0], b[0])
      ? "person-given-variant"
      : null;
  }
  if (!sur) {
    // "Davis"/"Davies", "Reagan"/"Regan": real variants that are also other families. With the very same given
    // name and middle names they are a candidate the merge step accepts only on strong shared context.
    return given === "equal" &&
      a.length === b.length &&
      a.slice(1, -1).join(" ") === b.slice(1, -1).join(" ") &&
      isSurnameVariant(a[a.length - 1], b[b.length - 1])
      ? "person-surname-variant"
      : null;
  }
  // Two different middle names are two people ("Chris Rhys Jones" / "Chris Lloyd Jones").
  const midA = a.slice(1, -1);
  const midB = b.slice(1, -1);
  if (midA.length > 0 && midB.length > 0 && midA.join(" ") !== midB.join(" ")) return null;
  // One side with a middle name, the other without, is only safe with the very same given name: "Alex Bell" is
  // not "Alexander Graham Bell".
  if (midA.length !== midB.length && given !== "equal") return null;
  // A misspelt surname together with a fuzzy given name is too weak.
  if (sur === "spelling" && (given === "spelling" || given === "initial")) return null;
  if (sur === "spelling") return "person-surname-spelling";
  if (given === "equal") return a.length === b.length ? "person-same-name" : "person-middle-name";
  return `person-${given}`;
}

/** Two given names that cannot belong to one person (used by the audit in `npm run eval -- resolve`). */
export function incompatibleGivenNames(a: string, b: string): boolean {
  if (a.length < 2 || b.length < 2) return false;
  return givenNameMatch(a, b) === null;
}
