/**
 * A name followed by a bracketed country or organisation — how line-ups, shortlists and results tables say whom a
 * person represents: "Margaret Atwood (Canada)", "B O'Driscoll (Ireland, capt)", "D Fraser (Croydon Harriers)" →
 * PERSON FROM country, PERSON MEMBER_OF organisation. A bracketed place that is not a country is left alone: in
 * such lists it is mostly a club named after its town ("Aurelien Rougerie (Clermont)"). Pure.
 */
import type { Doc } from "../../syntax";
import type { Sentence } from "../../tokenize";
import type { SentenceCandidate } from "../index";
import type { RelMention } from "../types";
import { lookupName } from "../../gazetteer";
import { initials } from "../../resolve/names";
import { placeMentions, type PlacedMention } from "./features";
import { sentencesByDocIndex } from "./sentences";

/** Below 0.8: a bracket says less than a sentence does (a constituency, a former club). */
export const PARENTHETICAL_CONFIDENCE = 0.7;

/** At least this many brackets make a sentence a list of names, where only a name's own bracket speaks for it. */
export const LIST_ROW_BRACKETS = 3;

export function isListRow(doc: Doc, sentence: number): boolean {
  let n = 0;
  for (let i = doc.sentStart[sentence]; i < doc.sentEnd[sentence]; i++) if (doc.form[i] === "(") n++;
  return n >= LIST_ROW_BRACKETS;
}

function predicateFor(m: RelMention): string | null {
  if (m.type === "ORGANIZATION") return "MEMBER_OF";
  if (m.type === "LOCATION" && (m.demonym || lookupName(m.text)?.kind === "country")) return "FROM";
  return null;
}

export function parentheticalRelations(
  doc: Doc,
  sentences: readonly Sentence[],
  mentions: readonly RelMention[],
): SentenceCandidate[] {
  const placed = placeMentions(doc, mentions);
  const startingAt = new Map<number, PlacedMention>();
  for (const p of placed) if (!startingAt.has(p.first)) startingAt.set(p.first, p);
  const bySentence = sentencesByDocIndex(doc, sentences);
  const out: SentenceCandidate[] = [];
  for (const person of placed) {
    if (person.mention.type !== "PERSON" || doc.form[person.last] !== "(") continue;
    const inner = startingAt.get(person.last + 1);
    // The bracket holds the name alone, or the name then a comma ("Ireland, capt").
    if (!inner || inner.sentence !== person.sentence || ![")", ","].includes(doc.form[inner.last] ?? "")) continue;
    // "Tara (Total Abstract Rendering Architecture)" spells a name out; it says nothing of whom Tara serves.
    // The same for a name the tagger cut short: "Lawyers' Christian Fellowship (LCF)" with "Christian Fellowship".
    const a = person.mention.text.toLowerCase();
    const b = inner.mention.text.toLowerCase();
    const acronym = /^[A-Z]{2,}$/.test(inner.mention.text);
    if (initials(inner.mention.text).toLowerCase() === a) continue;
    if (acronym && b.endsWith(initials(person.mention.text).toLowerCase())) continue;
    const predicate = predicateFor(inner.mention);
    const sentence = bySentence.get(person.sentence);
    if (!predicate || !sentence || inner.mention.ref === person.mention.ref) continue;
    out.push({
      source: person.mention.ref,
      target: inner.mention.ref,
      predicate,
      confidence: PARENTHETICAL_CONFIDENCE,
      symmetric: false,
      pattern: "parenthetical",
      sentence,
    });
  }
  return out;
}
