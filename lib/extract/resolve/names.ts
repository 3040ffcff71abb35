/**
 * Small helpers over names: tokens, keys, acronyms, initials and id slugs. Shared by in-article linking and
 * cross-article merging.
 */
import { normKey } from "../gazetteer";

export { normKey };

/** Name words, lower-cased and without diacritics: "Ebrahim Raisi" → ["ebrahim", "raisi"]. */
export function nameTokens(name: string): string[] {
  const key = normKey(name);
  return key ? key.split(" ") : [];
}

/** "IRGC", "EAEU", "MI5": 2-6 capitals (digits allowed after the first letter). */
export function isAcronym(surface: string): boolean {
  return /^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(surface.replace(/\./g, ""));
}

const INITIALS_SKIP = new Set(["of", "the", "and", "for", "on", "in", "de", "des", "du", "la", "le", "&"]);

/** Initials of a multi-word name, function words skipped: "Eurasian Economic Union" → "EEU". */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !INITIALS_SKIP.has(w.toLowerCase()))
    .map((w) => w[0].toUpperCase())
    .join("");
}

/** Id slug: lower case ASCII letters and digits joined by single hyphens. */
export function slug(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/['’]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "unnamed"
  );
}
