/**
 * Relations stated by the words written right before a name, read off the token sequence because the parser
 * often gets these noun compounds wrong (a title phrase parsed as a flat name, a company description hung on
 * the wrong noun). Each rule is a general news idiom; none depends on a particular name. Pure.
 *
 *   owner title      "Tory leader Michael Howard", "IAAF chief Lamine Diack", "Federal Reserve chairman Mr
 *                    Greenspan", "Illinois Gov. James Thompson"                       → LEADER_OF, GOVERNOR_OF …
 *   appositive       "Mr Balls, a prospective Labour MP, said", "Sir Digby Jones, CBI director general"
 *                                                                                  → MEMBER_OF_PARLIAMENT_OF …
 *   place + trade    "US media giant TimeWarner", "UK drinks and food firm Allied Domecq", "German music
 *                    publisher Bertelsmann"                                          → BASED_IN
 *                    "Glenmorangie, one of Scotland's premier whisky firms"          → BASED_IN
 *   owner's unit     "Labour's ruling National Executive Committee", "MIT's Media Labs" → PART_OF
 *   listing          "Allied Domecq shares in London rose"                          → LISTED_IN
 */
import type { Doc } from "../../syntax";
import type { Sentence } from "../../tokenize";
import type { SentenceCandidate } from "../index";
import type { RelMention } from "../types";
import { isHonorific, isRoleHead, isRoleWord, mayOwnRole, roleName } from "../../gazetteer/titles";
import { TITLE_ABBREVIATIONS } from "../../resolve/glued-titles";
import { endsPossessor, isPossessive, type PlacedMention } from "./features";
import { sentencesWithPairs, type RuleCtx } from "./sentences";

export const COMPOUND_CONFIDENCE = {
  /** An organisation or place, a title and a name in one noun phrase: the title is the owner's. */
  ownerTitle: 0.8,
  /** A country or city before a trade noun: where the company is based (a branch is written otherwise). */
  placeTrade: 0.75,
  /** The same title phrase in an apposition after the name. */
  appositive: 0.75,
  ownerUnit: 0.7,
  /** "X shares in London": the market X's shares trade on. */
  listing: 0.7,
};

/** Nouns that describe a company or body by its trade ("media giant", "drinks firm", "music publisher"). */
const TRADE_NOUNS = new Set(
  (
    "firm company giant group publisher bank lender insurer carrier airline maker manufacturer producer retailer " +
    "chain broadcaster network operator conglomerate brewer distiller developer agency club side outfit " +
    "newspaper daily tabloid magazine channel studio label multinational corporation business supplier"
  ).split(" "),
);

/** Last words of a name that make it a part of a larger body ("National Executive Committee", "Media Labs"). */
const UNIT_HEADS = new Set(
  (
    "committee council board commission division unit lab labs laboratory laboratories institute department " +
    "office branch wing arm subsidiary secretariat school faculty centre center directorate"
  ).split(" "),
);

/** A trade noun, singular or plural ("firm", "firms", "companies"). */
function isTradeNoun(word: string): boolean {
  return TRADE_NOUNS.has(word) || TRADE_NOUNS.has(word.replace(/ies$/, "y").replace(/s$/, ""));
}

const CLOSED = new Set(["VERB", "AUX", "ADP", "PRON", "SCONJ", "DET", "NUM", "PUNCT"]);

/** An abbreviated title at token i ("Gov." or "Gov" + "."): its role word and the tokens it takes. */
function abbreviation(doc: Doc, i: number): { role: string; width: number } | undefined {
  const f = doc.form[i] ?? "";
  const role = TITLE_ABBREVIATIONS[f.replace(/\.$/, "").toLowerCase()];
  if (!role || !/^\p{Lu}/u.test(f)) return undefined;
  if (f.endsWith(".")) return { role, width: 1 };
  return doc.form[i + 1] === "." ? { role, width: 2 } : undefined;
}

type Ctx = RuleCtx;

function candidate(
  c: Ctx,
  s: PlacedMention,
  t: PlacedMention,
  predicate: string,
  confidence: number,
  pattern: string,
): SentenceCandidate[] {
  const sentence = c.sentence(s.sentence);
  if (!sentence || s.mention.ref === t.mention.ref || s.mention.demonym) return [];
  return [{ source: s.mention.ref, target: t.mention.ref, predicate, confidence, symmetric: false, pattern, sentence }];
}

/**
 * The title words after an owner ending at token `from`: lowercase description words and role words, ending in a
 * role head or an abbreviated title, then an optional honorific and a person. Returns the role words (the
 * predicate) and the person, or undefined.
 */
function titleThenPerson(c: Ctx, from: number, end: number): { role: string[]; person: PlacedMention } | undefined {
  const { doc } = c;
  const words: string[] = [];
  let i = from;
  let headAt = -1;
  while (i < end && words.length < 5) {
    const abbr = abbreviation(doc, i);
    const f = doc.form[i] ?? "";
    if (abbr) {
      words.push(abbr.role);
      i += abbr.width;
      headAt = words.length;
      continue;
    }
    if (c.startingAt.has(i) || isHonorific(f)) break;
    const describes = /^\p{Ll}[\p{Ll}-]*$/u.test(f) ? !CLOSED.has(doc.upos[i]) : isRoleWord(f);
    if (!describes) return undefined;
    words.push(f.toLowerCase());
    if (isRoleHead(f)) headAt = words.length;
    i++;
  }
  // The head must be the last title word: "IAAF chief Lamine Diack", not "IAAF chief executive officer's …".
  if (headAt !== words.length || words.length === 0) return undefined;
  if (isHonorific(doc.form[i] ?? "")) i += doc.form[i + 1] === "." ? 2 : 1;
  const person = c.startingAt.get(i);
  const holderOk =
    person?.mention.type === "PERSON" ||
    (person?.mention.type === "ORGANIZATION" && ORG_ROLES.has(words[words.length - 1]));
  if (!person || !holderOk) return undefined;
  // The predicate is the role phrase: the role words at the end ("constitutional affairs committee chairman").
  let k = words.length;
  while (k > 0 && isRoleWord(words[k - 1])) k--;
  return { role: words.slice(k), person };
}

/** Roles one organisation holds in another: "Yukos' owner Menatep Group". */
const ORG_ROLES = new Set(["owner", "founder"]);

/** "Tory leader Michael Howard", "Federal Reserve chairman Mr Greenspan", "Illinois Gov. James Thompson". */
function ownerTitle(c: Ctx, owners: PlacedMention[], end: number): SentenceCandidate[] {
  const out: SentenceCandidate[] = [];
  for (const o of owners) {
    const t = o.mention.type;
    if (t !== "ORGANIZATION" && t !== "LOCATION") continue;
    if (t === "LOCATION" && !o.mention.demonym && endsPossessor(c.doc, o.first - 1, c.endingAt)) continue;
    const sentence = c.sentence(o.sentence);
    if (!sentence) continue;
    let from = isPossessive(c.doc, o.last) ? o.last + 1 : o.last;
    // "Denmark's Crown Prince Frederik and Crown Princess Mary": the owner holds every titled name of the list.
    for (let k = 0; k < 4; k++) {
      const found = titleThenPerson(c, from, end);
      if (!found) break;
      const role = roleName(found.role);
      if (
        role &&
        mayOwnRole(found.role[found.role.length - 1], o.mention) &&
        found.person.mention.ref !== o.mention.ref
      )
        out.push({
          source: found.person.mention.ref,
          target: o.mention.ref,
          predicate: `${role}_OF`,
          confidence: COMPOUND_CONFIDENCE.ownerTitle,
          symmetric: false,
          pattern: "owner-title",
          sentence,
        });
      if ((c.doc.form[found.person.last] ?? "") !== "and") break;
      from = found.person.last + 1;
    }
  }
  return out;
}

/** Role words (and abbreviated titles) from token i: the words and the index after them; the last must be a head. */
function roleWordsAt(doc: Doc, i: number, end: number): { role: string[]; next: number } | undefined {
  const role: string[] = [];
  while (i < end && role.length < 4) {
    const abbr = abbreviation(doc, i);
    if (abbr) {
      role.push(abbr.role);
      i += abbr.width;
    } else if (isRoleWord(doc.form[i] ?? "")) role.push((doc.form[i] ?? "").toLowerCase());
    else break;
    if (!abbr) i++;
  }
  if (role.length === 0 || !isRoleHead(role[role.length - 1])) return undefined;
  return { role, next: i };
}

/** Where an apposition ends: a comma, a full stop, a bracket, a dash, or the sentence end. */
const APPOSITION_END = new Set([",", ".", ";", ":", ")", "-", "–", "—"]);

/** "Mr Balls, a prospective Labour MP, said …", "Sir Digby Jones, CBI director general, warned …". */
function appositive(c: Ctx, persons: PlacedMention[], end: number): SentenceCandidate[] {
  const { doc } = c;
  const out: SentenceCandidate[] = [];
  for (const p of persons) {
    let i = p.last;
    if (doc.form[i] !== ",") continue;
    i++;
    if (["a", "an", "the"].includes((doc.form[i] ?? "").toLowerCase())) i++;
    const words: string[] = [];
    for (let n = 0; n < 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(doc.form[i] ?? "") && !CLOSED.has(doc.upos[i]); n++)
      words.push(doc.form[i++]);
    if (doc.form[i] === "of") {
      out.push(...titleOfOwner(c, p, words, i + 1, end));
      continue;
    }
    const owner = c.startingAt.get(i);
    if (!owner || owner.mention.demonym) continue;
    if (owner.mention.type !== "ORGANIZATION" && owner.mention.type !== "LOCATION") continue;
    const found = roleWordsAt(doc, isPossessive(doc, owner.last) ? owner.last + 1 : owner.last, end);
    if (!found || (found.next < end && !APPOSITION_END.has(doc.form[found.next] ?? ""))) continue;
    const role = roleName(found.role);
    if (role) out.push(...candidate(c, p, owner, `${role}_OF`, COMPOUND_CONFIDENCE.appositive, "appositive-title"));
  }
  return out;
}

/**
 * "Nicholas Negroponte, chairman and founder of MIT's Media Labs,": the organisation after "of" (the possessed
 * one when an owner comes first) holds the first role. The phrase must end there, so "X, head of research at Y"
 * is left to the tree rules.
 */
function titleOfOwner(c: Ctx, p: PlacedMention, words: string[], i: number, end: number): SentenceCandidate[] {
  const { doc } = c;
  const head = words.findIndex((w) => isRoleHead(w));
  if (head < 0) return [];
  let start = head;
  while (start > 0 && isRoleWord(words[start - 1])) start--;
  let last = head;
  while (last + 1 < words.length && isRoleHead(words[last + 1])) last++;
  const role = roleName(words.slice(start, last + 1));
  if ((doc.form[i] ?? "").toLowerCase() === "the") i++;
  let owner = c.startingAt.get(i);
  if (owner && isPossessive(doc, owner.last)) {
    const possessed = c.startingAt.get(owner.last + 1);
    if (possessed && (possessed.mention.type === "ORGANIZATION" || possessed.mention.type === "MISC"))
      owner = possessed;
  }
  if (!role || !owner || owner.mention.type === "PERSON" || owner.mention.demonym) return [];
  if (owner.last < end && !APPOSITION_END.has(doc.form[owner.last] ?? "")) return [];
  return candidate(c, p, owner, `${role}_OF`, COMPOUND_CONFIDENCE.appositive, "appositive-title");
}

/** "US media giant TimeWarner", "German music publisher Bertelsmann's purchase". */
function placeTrade(c: Ctx, places: PlacedMention[], end: number): SentenceCandidate[] {
  const { doc } = c;
  const out: SentenceCandidate[] = [];
  for (const p of places) {
    let i = p.last;
    let trade = false;
    for (let n = 0; n < 5 && i < end && !c.startingAt.has(i); n++, i++) {
      const f = doc.form[i] ?? "";
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(f) || (CLOSED.has(doc.upos[i]) && f !== "and")) break;
      trade = TRADE_NOUNS.has(f);
    }
    const org = c.startingAt.get(i);
    if (trade && org?.mention.type === "ORGANIZATION")
      out.push(...candidate(c, org, p, "BASED_IN", COMPOUND_CONFIDENCE.placeTrade, "place-trade"));
    // "Glenmorangie, one of Scotland's premier whisky firms": the company in apposition before the place.
    const before = oneOfBefore(c, p);
    if (before && isPossessive(doc, p.last)) {
      let k = p.last + 1;
      let plural = false;
      for (
        let n = 0;
        n < 4 && k < end && /^\p{Ll}[\p{Ll}-]*$/u.test(doc.form[k] ?? "") && !CLOSED.has(doc.upos[k]);
        n++, k++
      )
        plural = isTradeNoun(doc.form[k]) && /s$/.test(doc.form[k]);
      if (plural) out.push(...candidate(c, before, p, "BASED_IN", COMPOUND_CONFIDENCE.placeTrade, "place-trade"));
    }
  }
  return out;
}

/** The organisation before ", one of <place>": "Glenmorangie, one of Scotland's …". */
function oneOfBefore(c: Ctx, p: PlacedMention): PlacedMention | undefined {
  const { doc } = c;
  const f = p.first;
  if ((doc.form[f - 1] ?? "").toLowerCase() !== "of" || (doc.form[f - 2] ?? "").toLowerCase() !== "one")
    return undefined;
  if (doc.form[f - 3] !== ",") return undefined;
  const org = c.endingAt.get(f - 3);
  return org?.mention.type === "ORGANIZATION" ? org : undefined;
}

/** "Allied Domecq shares in London rose 4%": the company's shares trade on that place's market. */
function listing(c: Ctx, orgs: PlacedMention[]): SentenceCandidate[] {
  const { doc } = c;
  const out: SentenceCandidate[] = [];
  for (const o of orgs) {
    if (o.mention.type !== "ORGANIZATION") continue;
    const i = isPossessive(doc, o.last) ? o.last + 1 : o.last;
    if (!/^(?:shares|stock)$/.test(doc.form[i] ?? "") || doc.form[i + 1] !== "in") continue;
    const place = c.startingAt.get(i + 2);
    if (place?.mention.type !== "LOCATION" || place.mention.demonym) continue;
    out.push(...candidate(c, o, place, "LISTED_IN", COMPOUND_CONFIDENCE.listing, "listing"));
  }
  return out;
}

/** "Labour's ruling National Executive Committee", "the Bank of England's Monetary Policy Committee". */
function ownerUnit(c: Ctx, owners: PlacedMention[]): SentenceCandidate[] {
  const { doc } = c;
  const out: SentenceCandidate[] = [];
  for (const o of owners) {
    if (o.mention.type !== "ORGANIZATION" || !isPossessive(doc, o.last)) continue;
    let i = o.last + 1;
    for (let n = 0; n < 2 && /^\p{Ll}+$/u.test(doc.form[i] ?? "") && !CLOSED.has(doc.upos[i]); n++) i++;
    const unit = c.startingAt.get(i);
    if (unit?.mention.type !== "ORGANIZATION") continue;
    const words = unit.mention.text.split(/\s+/);
    if (words.length < 2 || !UNIT_HEADS.has(words[words.length - 1].toLowerCase())) continue;
    out.push(...candidate(c, unit, o, "PART_OF", COMPOUND_CONFIDENCE.ownerUnit, "owner-unit"));
  }
  return out;
}

export function compoundRelations(
  doc: Doc,
  sentences: readonly Sentence[],
  mentions: readonly RelMention[],
): SentenceCandidate[] {
  const out: SentenceCandidate[] = [];
  for (const { s, inside, c } of sentencesWithPairs(doc, sentences, mentions)) {
    const end = doc.sentEnd[s];
    const places = inside.filter((p) => p.mention.type === "LOCATION");
    const persons = inside.filter((p) => p.mention.type === "PERSON");
    out.push(
      ...ownerTitle(c, inside, end),
      ...appositive(c, persons, end),
      ...placeTrade(c, places, end),
      ...ownerUnit(c, inside),
      ...listing(c, inside),
    );
  }
  return out;
}
