/**
 * Builds a sentence's unit sequence: each token is a word unit, except tokens inside a mention, which collapse
 * into one mention unit. Patterns reason over units so "Ebrahim Raisi" counts as one thing.
 */
import type { Sentence } from "../tokenize";
import type { RelMention, Unit } from "./types";

export function buildUnits(sentence: Sentence, mentions: readonly RelMention[]): Unit[] {
  const inSentence = mentions
    .filter((m) => m.start >= sentence.start && m.end <= sentence.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping mentions: the first (longest at a position) wins.
  const kept: RelMention[] = [];
  for (const m of inSentence) if (kept.length === 0 || m.start >= kept[kept.length - 1].end) kept.push(m);
  const units: Unit[] = [];
  let mi = 0;
  for (const t of sentence.tokens) {
    while (mi < kept.length && kept[mi].end <= t.start) mi++;
    const m = kept[mi];
    if (m && t.start >= m.start && t.end <= m.end) {
      const last = units[units.length - 1];
      if (!(last && last.kind === "mention" && last.mention === m))
        units.push({ kind: "mention", mention: m, start: m.start, end: m.end });
      continue;
    }
    units.push({ kind: "word", text: t.text, lower: t.text.toLowerCase(), start: t.start, end: t.end });
  }
  return units;
}

export function isWord(u: Unit | undefined, ...words: string[]): boolean {
  return u?.kind === "word" && (words.length === 0 || words.includes(u.lower));
}

/** Possessive determiners: after one, a country's name places a post rather than owning it ("its UK chief"). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(["its", "their", "his", "her", "our"]);

export function isPossessiveUnit(u: Unit | undefined): boolean {
  return u?.kind === "word" && /^['’]s?$/.test(u.lower);
}
