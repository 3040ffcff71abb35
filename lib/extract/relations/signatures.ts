/**
 * Whether a relation's two ends can be what its evidence says, checked on an extractor's output:
 *   - Argument types a predicate admits. Kinship ("BROTHER_OF", "WIFE_OF") joins two people, so "the younger
 *     brother of Reliance Group president Mukesh Ambani" cannot make Mukesh Ambani a brother of Reliance Group,
 *     nor "husband David Arquette" a husband of HBO. A country is never inside a city, so "against England in
 *     Cardiff" places a match, not England (LOCATED_IN and BASED_IN from a known country to a known city).
 *   - Two names written against each other, with only a space between ("White" + "Hart Lane", "Million" +
 *     "Dollar Baby", "St" + "Bernard"), are one name the tagger cut in two, and say nothing about each other.
 *     Known places before an organisation or event are the exception ("US Federal Trade Commission", "Athens
 *     Olympics"), and so is a demonym before any name ("Argentine Chango Spasiuk").
 *   - A name written as another person's owner ("Denmark's Kenneth Carlsen beat Irakli Labadze", "Agassi will
 *     play France's Olivier Patience", "Henry is on the shortlist with Barcelona's Ronaldinho") says where that
 *     person is from or plays, nothing of a third one: no relation joins it to a different person, unless that
 *     person is listed with the owned one ("Israel's Jonathan Erlich and Andy Ram").
 * Such a relation is a misread pair, not a fact. Pure.
 *
 * Applied after the classifier: the rule that read the pair still counts as its vote (the two are related, as
 * president of, if not as kin), so the classifier and its training input are untouched.
 */
import type { EntityType } from "../../graph/types";
import { lookupName } from "../gazetteer";
import type { RelMention } from "./types";
import type { SentenceCandidate } from "./index";

/** Family nouns; a predicate whose last word before "_OF" is one of them relates two people. */
const KINSHIP = new Set([
  "aunt",
  "boyfriend",
  "brother",
  "child",
  "cousin",
  "dad",
  "daughter",
  "father",
  "fiance",
  "fiancee",
  "girlfriend",
  "granddaughter",
  "grandfather",
  "grandmother",
  "grandson",
  "husband",
  "mother",
  "mum",
  "nephew",
  "niece",
  "parent",
  "sibling",
  "sister",
  "son",
  "spouse",
  "stepdaughter",
  "stepfather",
  "stepmother",
  "stepson",
  "uncle",
  "widow",
  "widower",
  "wife",
]);

export function isKinshipPredicate(predicate: string): boolean {
  const m = /(?:^|_)([A-Z]+)_OF$/.exec(predicate);
  return m !== null && KINSHIP.has(m[1].toLowerCase());
}

const CONTAINMENT = new Set(["LOCATED_IN", "BASED_IN"]);

/** Whether a predicate admits a source and a target of these types. */
export function admits(predicate: string, source: EntityType, target: EntityType): boolean {
  if (isKinshipPredicate(predicate)) return source === "PERSON" && target === "PERSON";
  return true;
}

/**
 * A known country or city before an organisation or event names where it is ("US Federal Trade Commission",
 * "Athens Olympics", "Beijing News"); before a person it is part of another name ("Na Li" after "China's").
 */
function leadingPlace(place: RelMention, named: RelMention): boolean {
  if (named.type === "PERSON" || place.type !== "LOCATION") return false;
  const kind = lookupName(place.text)?.kind;
  return kind === "country" || kind === "city";
}

/**
 * Where the mentions of two references stand against each other in `text` (see the module comment): "a|b" and
 * "b|a" → the start offsets of such pairs. `sorted`: the article's mentions in text order.
 */
function cutNames(text: string, sorted: readonly RelMention[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    if (a.demonym || b.start < a.end || b.start - a.end > 1 || !/^ ?$/.test(text.slice(a.end, b.start))) continue;
    if (leadingPlace(a, b)) continue;
    for (const k of [`${a.ref}|${b.ref}`, `${b.ref}|${a.ref}`]) out.set(k, [...(out.get(k) ?? []), a.start]);
  }
  return out;
}

/** "'s", "'" or their curly forms, then a space: a possessive after a name. */
const POSSESSIVE = /^(?:['’]s?)\s/;
/** What may stand between an owner's possessive and the person it owns: up to four title words, no punctuation. */
const OWNED_GAP = /^(?:[\p{L}\p{N}'’-]+\s+){0,4}$/u;
/** Words that make the gap a phrase of its own ("Israel's economy to … George Shultz", "Wasps' try before X"). */
const GAP_FUNCTION_WORDS = new Set(
  "to for with by from at in on of before after the a an and or than as is are was were be has have had".split(" "),
);
/** A person listed after the owned one: "and Andy Ram", "and Crown Princess Mary", "and chief executive X". */
const LISTED_AFTER = /^\s*,?\s*(?:and|&)\s+(?:[\p{L}'’.-]+\s+){0,4}$/u;
/** A person in apposition to the owned phrase: "the SNP's Holyrood leader, Nicola Sturgeon". */
const APPOSED_AFTER = /^\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,2}\p{Ll}[\p{L}'’-]*,\s*$/u;

function ownedGap(gap: string): boolean {
  return OWNED_GAP.test(gap) && !gap.split(/\s+/).some((w) => GAP_FUNCTION_WORDS.has(w));
}

/**
 * The people each name owns in `text` ("Denmark's Kenneth Carlsen": Denmark → Carlsen): per mention of an owner
 * (by start offset), the owned person's mention. Only the nearest person after the possessive counts. `sorted`:
 * the article's mentions in text order.
 */
function ownedPeople(text: string, sorted: readonly RelMention[]): Map<number, RelMention> {
  const out = new Map<number, RelMention>();
  sorted.forEach((owner, i) => {
    const m = POSSESSIVE.exec(text.slice(owner.end, owner.end + 4));
    if (!m) return;
    const after = owner.end + m[0].length;
    const next = sorted.slice(i + 1).find((x) => x.start >= after);
    if (next?.type === "PERSON" && ownedGap(text.slice(after, next.start))) out.set(owner.start, next);
  });
  return out;
}

/**
 * Whether a candidate joins a person to a name that, everywhere in the candidate's sentence, only owns some other
 * person the candidate's person is not listed with (see the module comment).
 */
function ownedByAnother(
  c: SentenceCandidate,
  text: string,
  byRef: Map<string, RelMention[]>,
  owned: Map<number, RelMention>,
  typeOf: Map<string, EntityType>,
): boolean {
  const [person, owner] = typeOf.get(c.source) === "PERSON" ? [c.source, c.target] : [c.target, c.source];
  if (typeOf.get(person) !== "PERSON" || person === owner) return false;
  const inSentence = (m: RelMention) => m.start >= c.sentence.start && m.end <= c.sentence.end;
  const ownerMentions = (byRef.get(owner) ?? []).filter(inSentence);
  if (!ownerMentions.length) return false;
  const personMentions = (byRef.get(person) ?? []).filter(inSentence);
  return ownerMentions.every((o) => {
    const q = owned.get(o.start);
    if (!q || q.ref === person) return false;
    // "Israel's Jonathan Erlich and Andy Ram": a person listed right after the owned one shares the owner, and so
    // does one in apposition to the owned phrase.
    return !personMentions.some((p) => {
      const between = text.slice(q.end, p.start);
      return p.start >= q.end && (LISTED_AFTER.test(between) || APPOSED_AFTER.test(between));
    });
  });
}

/**
 * The candidates whose ends can be what the evidence says (see the module comment); a reference without a
 * mention here is kept.
 */
export function admissible(
  candidates: readonly SentenceCandidate[],
  text: string,
  mentions: readonly RelMention[],
): SentenceCandidate[] {
  const typeOf = new Map<string, EntityType>();
  const placeKind = new Map<string, string>();
  const byRef = new Map<string, RelMention[]>();
  for (const m of mentions) {
    if (!typeOf.has(m.ref)) typeOf.set(m.ref, m.type);
    const kind = m.demonym ? "country" : m.type === "LOCATION" ? lookupName(m.text)?.kind : undefined;
    if (kind && !placeKind.has(m.ref)) placeKind.set(m.ref, kind);
    byRef.set(m.ref, [...(byRef.get(m.ref) ?? []), m]);
  }
  const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const cut = cutNames(text, sorted);
  const owned = ownedPeople(text, sorted);
  return candidates.filter((c) => {
    if (ownedByAnother(c, text, byRef, owned, typeOf)) return false;
    // Cut apart inside this candidate's own sentence, not elsewhere in the article.
    const at = cut.get(`${c.source}|${c.target}`);
    if (at?.some((p) => p >= c.sentence.start && p < c.sentence.end)) return false;
    if (CONTAINMENT.has(c.predicate) && placeKind.get(c.source) === "country" && placeKind.get(c.target) === "city")
      return false;
    const s = typeOf.get(c.source);
    const t = typeOf.get(c.target);
    return s === undefined || t === undefined || admits(c.predicate, s, t);
  });
}
