/**
 * The country of a head-of-state or government title written without one: "President Volodymyr Zelenskyy's
 * office …" in a passage about Ukraine. News drops the owner when the passage has already made the country
 * plain, so the owner is the country the passage names most — its name, capital or demonym — in this sentence
 * and the three before it, when it clearly dominates (at least two mentions, at least twice the next country).
 * Only when no rule found the same role for the person in the sentence. Pure.
 */
import type { Doc } from "../../syntax";
import type { Sentence } from "../../tokenize";
import type { SentenceCandidate } from "../index";
import type { RelMention } from "../types";
import { isRoleWord, roleName } from "../../gazetteer/titles";
import { lookupName } from "../../gazetteer";
import { isPossessive, placeMentions, type PlacedMention } from "./features";
import { sentencesByDocIndex } from "./sentences";

/** Below 0.8: the owner is inferred from the passage, not stated. */
export const IMPLIED_OWNER_CONFIDENCE = 0.6;
/** Sentences before the title's own that the passage spans. */
const WINDOW = 3;
/** Titles whose owner is a country. */
const COUNTRY_TITLES = new Set(["president", "premier", "chancellor", "king", "queen", "minister"]);
const MIN_COUNT = 2;
const DOMINANCE = 2;

/** The country a mention names: a country, a capital or city of one, or a demonym ("C:Ukraine"). */
function countryOf(m: RelMention): string | undefined {
  if (m.demonym) {
    const names = m.ref.slice(2).split("|");
    return names.length === 1 ? names[0] : undefined;
  }
  if (m.type !== "LOCATION") return undefined;
  const hit = lookupName(m.text);
  if (hit?.kind === "country") return hit.name;
  if (hit?.kind === "city") return hit.country;
  return undefined;
}

export function impliedOwnerRelations(
  doc: Doc,
  sentences: readonly Sentence[],
  mentions: readonly RelMention[],
  stated: readonly SentenceCandidate[],
): SentenceCandidate[] {
  const placed = placeMentions(doc, mentions);
  const bySentence = sentencesByDocIndex(doc, sentences);
  const endingAt = new Map<number, PlacedMention>();
  for (const p of placed) endingAt.set(p.last, p);
  const statedKeys = new Set(stated.map((c) => `${c.sentence.start}|${c.source}|${c.predicate}`));
  const out: SentenceCandidate[] = [];
  for (const person of placed) {
    if (person.mention.type !== "PERSON") continue;
    const first = doc.sentStart[person.sentence];
    const words: string[] = [];
    let i = person.first - 1;
    for (; i >= first && words.length < 3 && isRoleWord(doc.form[i]) && !endingAt.has(i + 1); i--)
      words.unshift(doc.form[i]);
    const role = roleName(words);
    if (!role || !COUNTRY_TITLES.has(words[words.length - 1].toLowerCase())) continue;
    // An owner written before the title ("Iran's President", "Russian President", "the US President") is the
    // role family's; so is "President X of Y".
    if (i >= first && (endingAt.has(i + 1) || isPossessive(doc, i))) continue;
    if ((doc.form[person.last] ?? "").toLowerCase() === "of") continue;
    const sentence = bySentence.get(person.sentence);
    if (!sentence) continue;
    if (statedKeys.has(`${sentence.start}|${person.mention.ref}|${role}_OF`)) continue;
    const counts = new Map<string, { n: number; mention?: RelMention }>();
    for (const p of placed) {
      if (p.sentence < person.sentence - WINDOW || p.sentence > person.sentence) continue;
      const country = countryOf(p.mention);
      if (!country) continue;
      const c = counts.get(country) ?? { n: 0 };
      c.n++;
      // The relation points at the country's own mention when the passage names it, else at its demonym's ref.
      if (!c.mention || (c.mention.demonym && !p.mention.demonym && lookupName(p.mention.text)?.kind === "country"))
        c.mention = p.mention;
      counts.set(country, c);
    }
    const ranked = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1));
    if (!ranked.length) continue;
    const [, top] = ranked[0];
    const second = ranked[1]?.[1].n ?? 0;
    if (top.n < MIN_COUNT || top.n < DOMINANCE * second || !top.mention) continue;
    // A city stands for its country only through the country's own mention or demonym.
    if (!top.mention.demonym && lookupName(top.mention.text)?.kind !== "country") continue;
    out.push({
      source: person.mention.ref,
      target: top.mention.ref,
      predicate: `${role}_OF`,
      confidence: IMPLIED_OWNER_CONFIDENCE,
      symmetric: false,
      pattern: "implied-owner",
      sentence,
    });
  }
  return out;
}
