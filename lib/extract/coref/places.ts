/**
 * Places a run of tokens names, as the coreference of qualified descriptions compares them: "the Swiss star"
 * cannot be a person the article introduced as "Australian Lleyton Hewitt". Countries, demonyms and cities from
 * the general gazetteer; a city also stands for its country, and England, Scotland, Wales and Northern Ireland
 * for the United Kingdom (a "Scotland-born" athlete may be "British"). Pure.
 */
import type { Doc } from "../syntax";
import { demonymCountries, lookupName } from "../gazetteer";

export const UK_NATIONS: ReadonlySet<string> = new Set(["england", "scotland", "wales", "northern ireland"]);

function addPlace(out: Set<string>, name: string, country?: string): void {
  const n = name.toLowerCase();
  out.add(n);
  if (country) out.add(country.toLowerCase());
  if (UK_NATIONS.has(n)) out.add("united kingdom");
}

/** Lower-case names of the places tokens [a, b) name (single words and two-word names such as "New Zealand"). */
export function placesIn(doc: Doc, a: number, b: number): Set<string> {
  const out = new Set<string>();
  for (let k = a; k < b; k++) {
    for (const c of demonymCountries(doc.form[k])) addPlace(out, c);
    const forms = k + 1 < b ? [doc.form[k], `${doc.form[k]} ${doc.form[k + 1]}`] : [doc.form[k]];
    for (const f of forms) {
      const hit = lookupName(f);
      if (hit && (hit.kind === "country" || hit.kind === "city")) addPlace(out, hit.name, hit.country);
    }
  }
  return out;
}

/** Whether two place sets say different things: both known and sharing no place. */
export function placesConflict(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}
