/**
 * Two post-tagger repairs of spans, before cleaning (./clean):
 *   - demonyms the tagger left untagged ("Namibian athlete Frankie Fredericks", "Brazilian soccer legend Pele"):
 *     a capitalised word outside every span that is a known demonym becomes a MISC span, which cleaning turns
 *     into a country reference (a demonym is never an entity, but a relation may point at its country);
 *   - organisations tagged MISC ("British Chambers of Commerce"): a MISC span with an organisation's head noun
 *     is an organisation;
 *   - a one-word name right after a noun that describes a person ("Brazilian soccer legend Pele", "striker
 *     Ronaldo") is a person, whatever type the tagger gave it.
 * Pure: spans in, spans out.
 */
import { tokenize, type Token } from "../tokenize";
import type { EntitySpan } from "../types";
import { demonymCountries, lookupName } from "../gazetteer";

/**
 * Head nouns only organisations have. Not "Union" ("Rugby Union"), "Group" or "Cup": those head events,
 * sports and product names as often as organisations.
 */
const ORG_HEADS = new Set(
  (
    "association federation council committee commission chamber chambers ministry department agency authority " +
    "institute institution university college foundation society organisation organization corporation company " +
    "bank party board bureau tribunal court parliament assembly secretariat"
  ).split(" "),
);

export function untaggedDemonyms(
  text: string,
  spans: readonly EntitySpan[],
  tokens: readonly Token[] = tokenize(text),
): EntitySpan[] {
  // One sweep: tokens and spans both in text order (linear in the article).
  const sorted = [...spans].sort((a, b) => a.end - b.end);
  let k = 0;
  const out: EntitySpan[] = [];
  for (const t of tokens) {
    while (k < sorted.length && sorted[k].end <= t.start) k++;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || lookupName(t.text)) continue;
    if (demonymCountries(t.text).length === 0) continue;
    if (sorted.slice(k).some((s) => s.start < t.end && t.start < s.end)) continue;
    out.push({ start: t.start, end: t.end, text: t.text, type: "MISC" });
  }
  return out;
}

export function retypeOrganisations(spans: readonly EntitySpan[]): EntitySpan[] {
  return spans.map((s) =>
    s.type === "MISC" && s.text.split(/\s+/).some((w) => ORG_HEADS.has(w.toLowerCase()))
      ? { ...s, type: "ORGANIZATION" }
      : s,
  );
}

/** Lowercase nouns that describe a person and are written right before their name ("soccer legend Pele"). */
const PERSON_DESCRIPTORS = new Set(
  (
    "legend star striker midfielder defender goalkeeper forward winger athlete sprinter runner player actor " +
    "actress singer rapper critic novelist author writer poet artist sculptor painter comedian presenter " +
    "supermodel model footballer cricketer golfer boxer cyclist swimmer"
  ).split(" "),
);

export function retypeDescribedPeople(text: string, spans: readonly EntitySpan[]): EntitySpan[] {
  return spans.map((s) => {
    if ((s.type !== "ORGANIZATION" && s.type !== "MISC") || /\s/.test(s.text) || lookupName(s.text)) return s;
    const before = /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, s.start - 30), s.start));
    return before && PERSON_DESCRIPTORS.has(before[1]) ? { ...s, type: "PERSON" } : s;
  });
}
