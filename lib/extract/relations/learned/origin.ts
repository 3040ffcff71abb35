/**
 * A person's origin read off the words before the name, for parses that miss it: a demonym or a place's
 * possessive, then at most three description words, then the name — "Namibian athlete Frankie Fredericks",
 * "Russian Irina Shevchenko", "another Ethiopian, Berhane Adera", "Kansas' Maurice Greene", "Danish supermodel
 * Helena Christensen" → PERSON FROM place. Description words are lowercase words or title words ("Crown
 * Prince"); anything else (a verb's object, another name) breaks the chain. Pure.
 */
import type { Doc } from "../../syntax";
import type { Sentence } from "../../tokenize";
import type { SentenceCandidate } from "../index";
import type { RelMention } from "../types";
import { isHonorific, isRoleWord } from "../../gazetteer/titles";
import { lookupName } from "../../gazetteer";
import { isPossessive, placeMentions, type PlacedMention } from "./features";
import { sentencesByDocIndex } from "./sentences";

/** The pattern's confidence: below 0.8, since no labelled data measured it apart from the BBC set. */
export const ORIGIN_CONFIDENCE = 0.75;
const MAX_DESCRIPTION_WORDS = 3;

function isCountry(m: RelMention): boolean {
  return lookupName(m.text)?.kind === "country";
}

function isDescriptionWord(doc: Doc, i: number): boolean {
  const f = doc.form[i];
  if (/^\p{Ll}[\p{Ll}-]*$/u.test(f)) return doc.upos[i] !== "VERB" && doc.upos[i] !== "ADP" && doc.upos[i] !== "AUX";
  return isRoleWord(f) || isHonorific(f);
}

export function originRelations(
  doc: Doc,
  sentences: readonly Sentence[],
  mentions: readonly RelMention[],
): SentenceCandidate[] {
  const placed = placeMentions(doc, mentions);
  const endingAt = new Map<number, PlacedMention>();
  for (const p of placed) endingAt.set(p.last, p);
  const bySentence = sentencesByDocIndex(doc, sentences);
  const out: SentenceCandidate[] = [];
  for (const person of placed) {
    if (person.mention.type !== "PERSON") continue;
    const first = doc.sentStart[person.sentence];
    let i = person.first;
    // "another Ethiopian, Berhane Adera": a comma straight after the demonym.
    if (i - 1 >= first && doc.form[i - 1] === "," && endingAt.get(i - 1)?.mention.demonym) i--;
    let words = 0;
    while (i - 1 >= first && words < MAX_DESCRIPTION_WORDS && !endingAt.has(i) && isDescriptionWord(doc, i - 1)) {
      i--;
      words++;
    }
    let place = endingAt.get(i);
    // Right before the name (or its description) only a demonym or a country: "Russian Irina Shevchenko", "US
    // literary critic Harold Bloom" — not any place name ("Van Doren Stern" is no one from Van).
    if (place && !place.mention.demonym && !(words > 0 && isCountry(place.mention))) place = undefined;
    // "Kansas' Maurice Greene", "Brazil's Pele": the possessive ending is its own token.
    if (!place && i - 1 >= first && isPossessive(doc, i - 1)) {
      const owner = endingAt.get(i - 1);
      if (owner && !owner.mention.demonym) place = owner;
    }
    if (!place || place.mention.type !== "LOCATION" || place.mention.ref === person.mention.ref) continue;
    // "BBC Scotland political correspondent X": a place right after an organisation names its branch.
    const at = doc.start[place.first];
    if (mentions.some((m) => m.type === "ORGANIZATION" && m.end <= at && /^\s*$/.test(doc.text.slice(m.end, at))))
      continue;
    const sentence = bySentence.get(person.sentence);
    if (!sentence) continue;
    out.push({
      source: person.mention.ref,
      target: place.mention.ref,
      predicate: "FROM",
      confidence: ORIGIN_CONFIDENCE,
      symmetric: false,
      pattern: "origin-prenominal",
      sentence,
    });
  }
  return out;
}
