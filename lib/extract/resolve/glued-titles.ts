/**
 * Post-tagger repair of a title phrase the tagger glued into one span with its owner and the person holding it:
 * "Illinois Gov. James Thompson", "Black Sea Fleet Commander Eduard Baltin", "National Congress President
 * Vinicio Villar Anleu" come out as one LOCATION or ORGANIZATION. Cleaning (./clean) strips a title only when
 * the owner before it is a known name; here the owner is any capitalised run, so the span splits into the owner
 * and the person, and the title words between are left to the relation rules ("Gov." → GOVERNOR_OF). A known
 * organisation followed by a title ("Labour MP") keeps the organisation only. Pure.
 */
import { tokenize, type Token } from "../tokenize";
import type { EntitySpan } from "../types";
import type { EntityType } from "../../graph/types";
import {
  TAGGER_FIRST_NAME_SET,
  demonymCountries,
  isHonorific,
  isRoleHead,
  isRoleWord,
  lookupName,
  typeFromNameHead,
} from "../gazetteer";
import { usStateByName } from "../gazetteer/us-states";

/** Abbreviated titles of news style, written with a dot: "Gov.", "Sen.", "Gen.". Lower case, no dot. */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  gov: "governor",
  sen: "senator",
  rep: "representative",
  gen: "general",
  adm: "admiral",
  lt: "lieutenant",
  col: "colonel",
  maj: "major",
  capt: "captain",
  sgt: "sergeant",
  cmdr: "commander",
  cdr: "commander",
  supt: "superintendent",
  insp: "inspector",
};

/** The abbreviated title at tokens[i] ("Gov" followed by "."), as its role word, or undefined. */
export function abbreviatedTitle(tokens: readonly { text: string }[], i: number): string | undefined {
  const t = tokens[i]?.text ?? "";
  const bare = t.replace(/\.$/, "");
  if (!/^\p{Lu}/u.test(t) || (!t.endsWith(".") && tokens[i + 1]?.text !== ".")) return undefined;
  return TITLE_ABBREVIATIONS[bare.toLowerCase()];
}

const isNameWord = (t: Token) =>
  /^\p{Lu}/u.test(t.text) && !isRoleWord(t.text) && !isHonorific(t.text) && !/^['’]/.test(t.text);

function ownerType(owner: string): EntityType {
  const hit = lookupName(owner);
  if (hit) return hit.type;
  if (usStateByName(owner)) return "LOCATION";
  // Titles are mostly held in organisations; a place owner is usually a known one (listed above).
  return typeFromNameHead(owner) ?? "ORGANIZATION";
}

/** Splits one span, or returns null when it is not "Owner Title Name". */
function split(text: string, span: EntitySpan): EntitySpan[] | null {
  const tokens = tokenize(span.text, span.start);
  // The name at the end: two or more capitalised words, no title word among them.
  let n = tokens.length;
  while (n > 0 && isNameWord(tokens[n - 1])) n--;
  if (tokens.length - n < 2) return null;
  // The title right before it: role words and abbreviated titles (with their dots), ending in a head.
  let r = n;
  let head = false;
  while (r > 0) {
    const t = tokens[r - 1];
    if (t.text === "." && r >= 2 && abbreviatedTitle(tokens, r - 2)) {
      head = true;
      r -= 2;
    } else if (abbreviatedTitle(tokens, r - 1)) {
      head = true;
      r -= 1;
    } else if (isRoleWord(t.text) && !lookupName(t.text)) {
      if (r === n && !isRoleHead(t.text)) return null;
      head ||= isRoleHead(t.text);
      r -= 1;
    } else break;
  }
  if (!head || r === n) return null;
  // The owner before it: one to four capitalised words, not a given name ("James Dean Bradfield" is a name).
  const owner = tokens.slice(0, r);
  if (owner.length === 0 || owner.length > 4 || !owner.every((t) => /^[\p{Lu}\p{N}]/u.test(t.text))) return null;
  // Demonyms and possessive owners ("Russian President X", "Iran's Foreign Minister X") are cleaning's.
  if (owner.some((t) => demonymCountries(t.text).length > 0 && !lookupName(t.text))) return null;
  if (TAGGER_FIRST_NAME_SET.has(owner[0].text.toLowerCase()) && !lookupName(owner.map((t) => t.text).join(" ")))
    return null;
  const ownerText = text.slice(owner[0].start, owner[owner.length - 1].end);
  const name = tokens.slice(n);
  const nameStart = name[0].start;
  const nameEnd = name[name.length - 1].end;
  return [
    { start: owner[0].start, end: owner[owner.length - 1].end, text: ownerText, type: ownerType(ownerText) },
    { start: nameStart, end: nameEnd, text: text.slice(nameStart, nameEnd), type: "PERSON" },
  ];
}

/**
 * "a prospective Labour MP", "the Tory leader": a known organisation with the title of someone in it tagged as
 * one name. The organisation is the name; the title word is left to the relation rules.
 */
function trailingTitle(span: EntitySpan): EntitySpan | null {
  if (span.type === "PERSON") return null;
  const m = /^(.+?)\s+(\S+)$/u.exec(span.text);
  if (!m || !isRoleHead(m[2]) || !/^\p{Lu}/u.test(m[1])) return null;
  const hit = lookupName(m[1]);
  if (!hit || hit.type !== "ORGANIZATION" || hit.kind === "media") return null;
  return { ...span, end: span.start + m[1].length, text: m[1], type: hit.type };
}

export function splitGluedTitles(text: string, spans: readonly EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const s of spans) {
    if (s.type === "DATE" || s.type === "MONEY" || lookupName(s.text)) {
      out.push(s);
      continue;
    }
    const trailing = trailingTitle(s);
    out.push(...(trailing ? [trailing] : (split(text, s) ?? [s])));
  }
  return out;
}
