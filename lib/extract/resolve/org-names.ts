/**
 * Post-tagger repair of organisation names the tagger cut at a connective: "Bank" + "China" for "Bank of
 * China", "UN Office" + "Coordination of Humanitarian Affairs", "Standard" + "Poor's" for "Standard & Poor's".
 * Left apart, the pieces become entities of their own and relate to each other ("Bank LOCATED_IN China"). Two
 * neighbouring spans join into one organisation when
 *   - the first ends with an organisation's head word and "of"/"for" (the) links them ("Office of Fair
 *     Trading", "Institute for Fiscal Studies"), and the second is no person; or
 *   - "&" links two short names ("Standard & Poor's", "Marks & Spencer").
 * Pure: spans in, spans out.
 */
import type { EntitySpan } from "../types";
import { isOrgHeadWord, lookupName } from "../gazetteer";

const OF_LINK = /^ (?:of|for)(?: the)? $/;
const AMPERSAND = /^ ?& ?$/;
const MAX_AMPERSAND_WORDS = 3;

function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => w.length > 0);
}

function joins(text: string, a: EntitySpan, b: EntitySpan): boolean {
  const link = text.slice(a.end, b.start);
  // (Both links below are spaces and a word: a line break between the pieces matches neither.)
  if (b.type === "DATE" || b.type === "MONEY" || a.type === "DATE" || a.type === "MONEY") return false;
  if (OF_LINK.test(link)) {
    const last = words(a.text).at(-1) ?? "";
    // "of the" before a place says where the organisation is from ("General Motors of the US"), while a name
    // takes its place without the article ("Bank of China", "University of Michigan").
    if (link.endsWith(" the ") && b.type === "LOCATION") return false;
    // A name the gazetteer knows whole ("House" + "Lords" for "House of Lords", "Bank" + "England").
    if (lookupName(text.slice(a.start, b.end))?.type === "ORGANIZATION") return true;
    return /^\p{Lu}/u.test(last) && isOrgHeadWord(last) && b.type !== "PERSON" && /^\p{Lu}/u.test(b.text);
  }
  if (AMPERSAND.test(link))
    return words(a.text).length <= MAX_AMPERSAND_WORDS && words(b.text).length <= MAX_AMPERSAND_WORDS;
  return false;
}

/** The spans with cut organisation names joined (see the module comment); the others unchanged. */
export function joinOrgNames(text: string, spans: readonly EntitySpan[]): EntitySpan[] {
  const sorted = [...spans].sort((x, y) => x.start - y.start || x.end - y.end);
  const out: EntitySpan[] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.end <= s.start && joins(text, prev, s)) {
      out[out.length - 1] = {
        start: prev.start,
        end: s.end,
        text: text.slice(prev.start, s.end),
        type: "ORGANIZATION",
      };
      continue;
    }
    out.push(s);
  }
  return out;
}
