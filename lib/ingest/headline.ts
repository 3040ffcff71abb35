/**
 * Headline heuristics: does a line read like a headline (short, no closing full stop, capitalised), is it title
 * case, and a fallback title from the first sentence when a file has no headline line.
 */
import { isMarker, photoCredit } from "./captions";
import { matchBoilerplate } from "./boilerplate";

const SMALL_WORDS = new Set(
  "a an and as at but by for from in into nor of on onto or over per the to up via vs with amid after than off out".split(
    " ",
  ),
);

/** Short, capitalised, not ending like a sentence, and not a caption, counter or footer. */
export function looksLikeHeadline(line: string): boolean {
  const s = line.trim();
  if (s.length < 3 || s.length > 200) return false;
  const words = s.split(/\s+/);
  if (words.length < 2 || words.length > 30) return false;
  // Capital or digit first; also currency ("$1m payoff"), "&", and brand names like "iTunes" or "eBay".
  if (!/^["'“‘«(]?(?:[\p{Lu}\p{N}$£€¥&#]|\p{Ll}\p{Lu})/u.test(s)) return false;
  if (/[.,;:]$/.test(s) && !/\.\.\.$|…$/.test(s)) return false;
  if (/https?:\/\/|www\./i.test(s)) return false;
  if (isMarker(s) || photoCredit(s) || matchBoilerplate(s)) return false;
  return true;
}

/** Most content words capitalised ("EU Toughens Visa Rules for Russians"); all-caps lines count too. */
export function isTitleCase(line: string): boolean {
  const words = line
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((w) => w.length > 0 && !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length < 2) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalised / words.length >= 0.75;
}

/** Title for a text without a headline line: first sentence of the first paragraph, cut near 120 characters. */
export function firstSentenceTitle(text: string, max = 120): string {
  // Only the head of the text can hold the title: regexes over a whole 10 MB line overflowed the stack.
  const head = text.trimStart().slice(0, max * 20);
  const flat = (head.split(/\n[^\S\n]*\n/)[0] ?? "").replace(/\s+/g, " ").trim();
  if (flat === "") return "";
  const m = /^(.{10,}?[.!?])(?=\s+["'“‘(]?[\p{Lu}\p{N}]|$)/u.exec(flat.slice(0, max * 10));
  let sentence = m ? m[1] : flat;
  if (sentence.length > max) {
    const cut = sentence.slice(0, max);
    const space = cut.lastIndexOf(" ");
    sentence = (space > max / 2 ? cut.slice(0, space) : cut) + "…";
  }
  return sentence;
}
