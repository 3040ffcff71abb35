/**
 * The tagger's view of the gazetteer: phrase matches (countries, cities, regions, demonyms, organisations) and
 * word sets (given names, titles, organisation suffixes) as features. The lists themselves live in the one
 * gazetteer, lib/extract/gazetteer/lists/, shared with the resolver.
 */
import { CITIES, COUNTRIES, DEMONYMS, STATES_REGIONS } from "../../gazetteer/lists/places";
import { ORGANISATIONS, ORG_SUFFIXES, PERSON_TITLES } from "../../gazetteer/lists/organisations";
import { TAGGER_FIRST_NAME_SET } from "../../gazetteer";
import { PhraseMatcher } from "./matcher";

export { PhraseMatcher } from "./matcher";

export type GazetteerCategory = "COUNTRY" | "CITY" | "REGION" | "DEMONYM" | "ORG";

const SEQUENCE_LISTS: { category: GazetteerCategory; list: string }[] = [
  { category: "COUNTRY", list: COUNTRIES },
  { category: "CITY", list: CITIES },
  { category: "REGION", list: STATES_REGIONS },
  { category: "DEMONYM", list: DEMONYMS },
  { category: "ORG", list: ORGANISATIONS },
];

function splitList(list: string): string[] {
  return list
    .split("|")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Splits a gazetteer entry into tokens the way the tokenizer would (punctuation apart, possessive apart). */
function entryTokens(entry: string): string[] {
  return entry.match(/[\p{L}]\.(?:[\p{L}]\.)+|[\p{L}\p{M}\d]+(?:[-'’.&][\p{L}\p{M}\d]+)*\.?|[^\s\p{L}\p{M}\d]/gu) ?? [];
}

function buildMatcher(): PhraseMatcher {
  const m = new PhraseMatcher();
  for (const { category, list } of SEQUENCE_LISTS) {
    for (const entry of splitList(list)) m.add(entryTokens(entry), category);
  }
  return m;
}

const GENERAL = buildMatcher();
const lowerSet = (list: string) => new Set(splitList(list).map((s) => s.toLowerCase()));
/** The given names the model was trained with (the gazetteer's TAGGER_FIRST_NAME_SET). */
export const FIRST_NAME_SET = TAGGER_FIRST_NAME_SET;
export const ORG_SUFFIX_SET = lowerSet(ORG_SUFFIXES);
export const TITLE_SET = new Set(splitList(PERSON_TITLES).flatMap((s) => s.toLowerCase().split(" ")));

/**
 * For each token, the general-gazetteer matches it takes part in: "COUNTRY:B", "ORG:I" ... from the longest match
 * starting at each position (matches do not overlap).
 */
export function gazetteerMatches(tokens: string[], lower?: string[]): string[][] {
  return GENERAL.match(tokens, lower);
}
