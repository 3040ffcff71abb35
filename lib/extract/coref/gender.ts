/**
 * Gender evidence for people, used by pronoun resolution: titles ("Mr", "Mrs", "Ms") and the gazetteer's given
 * names (lib/extract/gazetteer/lists/given-names.ts). Unknown is an answer: a name missing here
 * is resolved by number, animacy, recency and earlier pronouns instead.
 */

import { GIVEN_NAME_GENDER } from "../gazetteer";

export type Gender = "m" | "f";

const TITLE_GENDER: Record<string, Gender> = {
  mr: "m",
  "mr.": "m",
  sir: "m",
  lord: "m",
  king: "m",
  prince: "m",
  mrs: "f",
  "mrs.": "f",
  ms: "f",
  "ms.": "f",
  miss: "f",
  dame: "f",
  lady: "f",
  queen: "f",
  princess: "f",
  madam: "f",
};

/** Gender of a title word ("Mrs" → f), or undefined. */
export function titleGender(word: string): Gender | undefined {
  return TITLE_GENDER[word.toLowerCase()];
}

/** Gender of a full name by its first given name ("Patricia Hewitt" → f), or undefined. */
export function nameGender(name: string): Gender | undefined {
  const first =
    name
      .trim()
      .split(/[\s-]+/)[0]
      ?.toLowerCase() ?? "";
  return GIVEN_NAME_GENDER.get(first);
}
