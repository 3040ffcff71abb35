/**
 * The project's one source of world knowledge, and lookups over it: countries (countries.ts), organisations
 * (organizations.ts), news outlets (outlets.ts, also behind lib/ingest/outlets.ts), titles (titles.ts), and the
 * tagger's feature lists (lists/: places, organisations, given names; read by lib/extract/ner/gazetteer). This
 * file builds the resolver's indexes: normalised keys, alias → canonical name, demonym → country.
 */
import { COUNTRIES } from "./countries";
import { ORGANIZATIONS } from "./organizations";
import { OUTLETS } from "./outlets";
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, NEUTRAL_GIVEN_NAMES, TAGGER_GIVEN_NAMES } from "./lists/given-names";
import type { EntityType } from "../../graph/types";

export { COUNTRIES } from "./countries";
export { OUTLETS, type Outlet } from "./outlets";

const words = (list: string) => list.split(/\s+/).filter(Boolean);

/** The gender a given name signals ("m" or "f"), lower case; names without one are absent (coreference). */
export const GIVEN_NAME_GENDER: ReadonlyMap<string, "m" | "f"> = new Map([
  ...words(MALE_GIVEN_NAMES).map((n): [string, "m"] => [n, "m"]),
  ...words(FEMALE_GIVEN_NAMES).map((n): [string, "f"] => [n, "f"]),
]);

/** Common given names, lower case: a bare given name stays in its article (merge.ts); gender (coreference). */
export const FIRST_NAME_SET: ReadonlySet<string> = new Set([
  ...GIVEN_NAME_GENDER.keys(),
  ...words(NEUTRAL_GIVEN_NAMES),
]);

/**
 * The given names the NER model's feature was trained with (lists/given-names.ts says why it is a subset). The
 * rules tuned beside that model read it too: the span repairs on the tagger's output (name-pieces, link,
 * place-chains, glued-titles) and the given-name typo tests (person.ts). With the full set the relation
 * extractor lost on CoNLL04 dev (0.353 to 0.338) and one labelled same-person pair stayed apart.
 */
export const TAGGER_FIRST_NAME_SET: ReadonlySet<string> = new Set(words(TAGGER_GIVEN_NAMES));
export { ORGANIZATIONS } from "./organizations";
export {
  ROLE_HEADS,
  ROLE_MODIFIERS,
  HONORIFICS,
  isRoleHead,
  isRoleWord,
  isHonorific,
  roleName,
  typeFromNameHead,
  isOrgHeadWord,
  isStateRole,
  mayOwnRole,
} from "./titles";

export interface GazetteerHit {
  /** Canonical name ("United States", "European Union"). */
  name: string;
  type: EntityType;
  kind: "country" | "city" | "org" | "media" | "event";
  /** For cities: the country they are in. */
  country?: string;
}

/**
 * Case-, diacritic- and punctuation-insensitive key: "U.S." → "us", "Türkiye" → "turkiye", "Zelenskyy’s" is
 * not handled here (possessives are stripped earlier).
 */
export function normKey(s: string): string {
  // Memoised: resolution asks for the same few thousand names over and over.
  let key = keyCache.get(s);
  if (key === undefined) {
    if (keyCache.size > 200_000) keyCache.clear();
    key = computeKey(s);
    keyCache.set(s, key);
  }
  return key;
}

const keyCache = new Map<string, string>();

function computeKey(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

const byKey = new Map<string, GazetteerHit>();
/**
 * Short aliases ("US", "EU", "WHO", "Fed") only match when written as listed, letters-wise: never "us", "un",
 * nor the band "The Who".
 */
const caseSensitive = new Map<string, Set<string>>();
const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, "");

function add(alias: string, hit: GazetteerHit): void {
  const key = normKey(alias);
  if (!key) return;
  if (key.length <= 3) {
    const spellings = caseSensitive.get(key) ?? new Set<string>();
    if (!caseSensitive.has(key)) caseSensitive.set(key, spellings);
    if (byKey.get(key) === undefined || byKey.get(key) === hit || byKey.get(key)!.name === hit.name) {
      spellings.add(letters(alias));
    }
  }
  if (byKey.has(key)) return;
  byKey.set(key, hit);
}

for (const c of COUNTRIES) {
  const hit: GazetteerHit = { name: c.name, type: "LOCATION", kind: "country" };
  add(c.name, hit);
  for (const a of c.aliases) add(a, hit);
}
for (const o of ORGANIZATIONS) {
  const hit: GazetteerHit = { name: o.name, type: "ORGANIZATION", kind: o.kind };
  add(o.name, hit);
  for (const a of o.aliases) add(a, hit);
}
for (const o of OUTLETS) {
  const name = o.entity ?? o.name;
  const hit: GazetteerHit = { name, type: "ORGANIZATION", kind: "media" };
  add(name, hit);
  for (const a of [o.name, ...o.aliases, ...(o.entityAliases ?? [])]) add(a, hit);
}
/** Holidays and recurring events: the tagger often takes them for people ("Christmas"). */
const EVENTS =
  "Christmas;Easter;Ramadan;Eid;Eid al-Fitr;Eid al-Adha;Hanukkah;Diwali;Thanksgiving;New Year;Passover;Yom Kippur;Lent;Halloween;Olympics;Olympic Games;Paralympics;World Cup".split(
    ";",
  );
for (const e of EVENTS) add(e, { name: e, type: "EVENT", kind: "event" });

for (const c of COUNTRIES) {
  for (const city of c.cities) add(city, { name: city, type: "LOCATION", kind: "city", country: c.name });
}

const demonyms = new Map<string, string>();
for (const c of COUNTRIES) for (const d of c.demonyms) demonyms.set(normKey(d), c.name);

/** Looks a surface form up among countries, organisations and cities. */
export function lookupName(surface: string): GazetteerHit | undefined {
  const key = normKey(surface);
  const hit = byKey.get(key);
  if (!hit) return undefined;
  const spellings = caseSensitive.get(key);
  if (spellings && !spellings.has(letters(surface))) return undefined;
  return hit;
}

/** "Iranian" → "Iran", "Norwegian-Iranian" → undefined (use demonymCountries). Needs an initial capital. */
export function demonymCountry(word: string): string | undefined {
  if (!/^\p{Lu}/u.test(word)) return undefined;
  return demonyms.get(normKey(word));
}

/** Countries named by a demonym or a hyphenated pair of them ("Norwegian-Iranian" → Norway, Iran). */
export function demonymCountries(word: string): string[] {
  const whole = demonymCountry(word);
  if (whole) return [whole];
  const parts = word.split(/[-‐]/);
  if (parts.length < 2) return [];
  const out = parts.map((p) => demonymCountry(p));
  return out.every((c): c is string => c !== undefined) ? out : [];
}

/** Canonical country for a country name or alias ("Türkiye" → "Turkey"), else undefined. */
export function countryName(surface: string): string | undefined {
  const hit = lookupName(surface);
  return hit?.kind === "country" ? hit.name : undefined;
}

/** News outlets: "X told Reuters" is attribution, so relations never point at them. */
export function isMediaOutlet(name: string): boolean {
  return lookupName(name)?.kind === "media";
}
