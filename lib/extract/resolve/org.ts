/**
 * Name variants of organisations and places, for cross-article merging. Each rule is general and precise:
 * function words dropped ("Institute for Fiscal Studies" = "Institute of Fiscal Studies"), a plural ending
 * ("Lib Dem" = "Lib Dems"), a leading country before a long name ("US Securities and Exchange Commission" =
 * "Securities and Exchange Commission"), word-by-word short forms ("Man Utd" = "Manchester United", "Lib Dems" =
 * "Liberal Democrats"), one typo in a long name, and acronyms from initials ("WADA"). The merge step accepts a
 * variant only when it points at exactly one other name.
 */
import { countryName, demonymCountry } from "../gazetteer";
import { nameTokens } from "./names";
import { editDistance } from "./person";

const FUNCTION_WORDS = new Set(["of", "for", "the", "and", "on", "in", "at", "to", "de", "du", "des", "la", "le"]);

/** Tokens without function words: "institute for fiscal studies" → institute fiscal studies. */
export function contentTokens(tokens: readonly string[]): string[] {
  return tokens.filter((t) => !FUNCTION_WORDS.has(t));
}

/**
 * Tokens with the last one singular: "lib dems" → lib dem, "phonographic industries" → phonographic industry.
 * Short words and "-ss" endings are left alone.
 */
export function singularTokens(tokens: readonly string[]): string[] {
  const out = [...tokens];
  const last = out[out.length - 1];
  if (last && last.length > 5 && last.endsWith("ies")) out[out.length - 1] = last.slice(0, -3) + "y";
  else if (last && last.length > 3 && last.endsWith("s") && !last.endsWith("ss"))
    out[out.length - 1] = last.slice(0, -1);
  return out;
}

/** Keys under which two spellings of one organisation meet, each with the rule that makes them meet. */
export function orgVariantKeys(surface: string): { key: string; rule: string }[] {
  const tokens = nameTokens(surface);
  if (tokens.length < 2) return [];
  const out: { key: string; rule: string }[] = [];
  const content = contentTokens(tokens);
  if (content.length >= 2 && content.length < tokens.length) {
    out.push({ key: content.join(" "), rule: "org-function-words" });
  }
  const sing = singularTokens(content);
  if (sing.length >= 2 && sing.join(" ") !== content.join(" ")) out.push({ key: sing.join(" "), rule: "org-plural" });
  // A leading country or demonym before a long, specific name. Short remainders ("Foreign Ministry") are
  // shared by many countries and never lose their country.
  const words = surface.split(/\s+/);
  const lead = words[0] ?? "";
  if ((countryName(lead) || demonymCountry(lead)) && contentTokens(nameTokens(words.slice(1).join(" "))).length >= 3) {
    out.push({
      key: singularTokens(contentTokens(nameTokens(words.slice(1).join(" ")))).join(" "),
      rule: "org-leading-country",
    });
  }
  return out;
}

/** One word abbreviates another: a prefix of ≥ 3 letters ("man", "lib") or its letters in order with the same first and last letter ("utd", "dems"). */
export function abbreviates(short: string, long: string): boolean {
  if (short === long) return true;
  if (short.length >= long.length || short.length < 2) return false;
  if (short.length >= 3 && long.startsWith(short)) return true;
  if (short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) return false;
  let j = 0;
  for (const c of long) if (c === short[j]) j++;
  return j === short.length && short.length >= 3;
}

/** A short form written word by word ("Man Utd" → "Manchester United"); at least one word actually shortened. */
export function isShortForm(short: readonly string[], long: readonly string[]): boolean {
  if (short.length !== long.length || short.length < 2) return false;
  let shortened = 0;
  for (let i = 0; i < short.length; i++) {
    if (short[i] === long[i]) continue;
    if (!abbreviates(short[i], long[i])) return false;
    shortened++;
  }
  return shortened > 0 && short.join("").length <= long.join("").length - 3;
}

/** Long multi-word names one typo apart ("Brittish Airways"); digits must agree ("G7" ≠ "G8"). */
export function isLongNameTypo(a: string, b: string): boolean {
  if (a.length < 12 || b.length < 12 || a === b) return false;
  if (a.split(" ").length !== b.split(" ").length || a.split(" ").length < 2) return false;
  if (a.replace(/\D/g, "") !== b.replace(/\D/g, "")) return false;
  return editDistance(a, b) === 1;
}

/** Upper-case initials of a name, with and without its function words: "Ministry of Defence" → MD, MOD. */
export function initialsVariants(surface: string): string[] {
  const tokens = nameTokens(surface.replace(/-/g, " "));
  if (tokens.length < 2) return [];
  const all = tokens
    .map((t) => t[0])
    .join("")
    .toUpperCase();
  const content = contentTokens(tokens)
    .map((t) => t[0])
    .join("")
    .toUpperCase();
  return all === content ? [all] : [content, all];
}
