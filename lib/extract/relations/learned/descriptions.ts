/**
 * Relations stated by a description written next to a name, read off the token sequence because the parser
 * often attaches these phrases elsewhere (an age apposition, a noun compound of two names, a participle at the
 * end of a clause). Each rule is a fixed, general news idiom; none depends on a particular name. Pure.
 *
 *   killer nouns     "Kennedy's assassin, Lee Harvey Oswald", "King assassin James Earl Ray", "X, convicted of
 *                    murdering reporter Y", "X, suspected of the assassination of Y"           → X KILLED Y
 *   age apposition   "Daniel Urquhart, 8, of Aumsville", "Ulf Merbold, 47, of the European Space Agency"
 *                                                                                  → FROM / MEMBER_OF
 *   title … of       "Prime Minister Felipe Gonzalez of Spain"                     → PRIME_MINISTER_OF
 *   headquarters     "NRC headquarters in Rockville", "X, headquartered in Y"      → BASED_IN
 *   place owner      "Bosnia's capital, Sarajevo", "Sarajevo, the capital of Bosnia" → LOCATED_IN
 *   hometown         "Andersen's hometown of Odense", "Smith's home in Larchmont"   → FROM / LIVES_IN
 *   organisation in  "head of strategy at Bank of America in New York"             → BASED_IN
 */
import type { Doc } from "../../syntax";
import type { Sentence } from "../../tokenize";
import type { SentenceCandidate } from "../index";
import type { RelMention } from "../types";
import { isRoleWord, isHonorific, roleName } from "../../gazetteer/titles";
import { isPossessive, type PlacedMention } from "./features";
import { sentencesWithPairs, type RuleCtx } from "./sentences";

/**
 * Confidences per rule. Below 0.8 unless the idiom leaves no other reading: a killer noun naming both people,
 * a title with "of" and a country. The classifier may raise them (it sees these patterns as votes).
 */
export const DESCRIPTION_CONFIDENCE = {
  killerNoun: 0.85,
  convictedOf: 0.8,
  /** "suspected of", "accused of", "charged with": a claim, kept hedged. */
  suspectedOf: 0.6,
  ageOf: 0.75,
  titleOf: 0.85,
  headquarters: 0.85,
  placeOwner: 0.8,
  hometown: 0.8,
  /** "an economist with Drexel in New York": the office's place, often a branch rather than the seat. */
  orgIn: 0.65,
};

/** Nouns naming the one who killed someone. */
const KILLER_NOUNS = new Set(["assassin", "killer", "murderer", "slayer"]);
/** Verbs and event nouns of killing, as written after "convicted of". */
const KILLING_FORMS = new Set([
  "murdering",
  "killing",
  "assassinating",
  "slaying",
  "shooting",
  "murder",
  "assassination",
  "slaying",
  "killing",
]);
/** Participles that state guilt ("convicted of") or only a suspicion ("accused of"). */
const GUILT = new Set(["convicted", "found guilty"]);
const SUSPICION = new Set(["suspected", "accused", "charged", "arrested", "indicted", "tried"]);
/** Place nouns a place may own: "Bosnia's capital", "the province of X". */
const PLACE_NOUNS = new Set([
  "capital",
  "city",
  "town",
  "province",
  "region",
  "state",
  "county",
  "village",
  "district",
]);

type Ctx = RuleCtx;

const lower = (doc: Doc, i: number) => (doc.form[i] ?? "").toLowerCase();
const isDeterminer = (doc: Doc, i: number) => ["the", "a", "an"].includes(lower(doc, i));

/** Description words a role phrase may carry before a name: lowercase nouns/adjectives, role words ("reporter"). */
function isDescriptionWord(doc: Doc, i: number): boolean {
  const f = doc.form[i] ?? "";
  if (/^\p{Ll}[\p{Ll}-]*$/u.test(f))
    return !["VERB", "ADP", "AUX", "PRON", "CCONJ", "SCONJ", "DET"].includes(doc.upos[i]);
  return isRoleWord(f) || isHonorific(f);
}

/** The person mention starting at i, after at most four description words ("reporter Don Bolles"). */
function personAfter(c: Ctx, i: number, end: number): PlacedMention | undefined {
  for (let k = 0; k <= 4 && i < end; k++, i++) {
    const m = c.startingAt.get(i);
    if (m) return m.mention.type === "PERSON" ? m : undefined;
    if (!isDescriptionWord(c.doc, i)) return undefined;
  }
  return undefined;
}

function candidate(
  c: Ctx,
  s: PlacedMention,
  t: PlacedMention,
  predicate: string,
  confidence: number,
  pattern: string,
  hedged = false,
): SentenceCandidate[] {
  const sentence = c.sentence(s.sentence);
  if (!sentence || s.mention.ref === t.mention.ref || s.mention.demonym || t.mention.demonym) return [];
  return [
    {
      source: s.mention.ref,
      target: t.mention.ref,
      predicate,
      confidence,
      symmetric: false,
      pattern,
      sentence,
      ...(hedged ? { hedged: true } : {}),
    },
  ];
}

/** "V's assassin, K" / "V assassin K" (victim first), and "K, V's assassin" / "K, the assassin of V". */
function killerNouns(c: Ctx, first: number, end: number): SentenceCandidate[] {
  const { doc } = c;
  const out: SentenceCandidate[] = [];
  for (let n = first; n < end; n++) {
    if (!KILLER_NOUNS.has(lower(doc, n))) continue;
    // The victim right before the noun ("Kennedy's assassin", "King assassin").
    let v = c.endingAt.get(n);
    if (!v && isPossessive(doc, n - 1)) v = c.endingAt.get(n - 1);
    // ... or after it with "of" ("the assassin of Kennedy").
    let ofVictim: PlacedMention | undefined;
    if (lower(doc, n + 1) === "of") ofVictim = personAfter(c, n + 2 + (isDeterminer(doc, n + 2) ? 1 : 0), end);
    const victim = v?.mention.type === "PERSON" ? v : ofVictim;
    if (!victim) continue;
    const after = (ofVictim ? ofVictim.last : n + 1) + (doc.form[ofVictim ? ofVictim.last : n + 1] === "," ? 1 : 0);
    let killer = c.startingAt.get(after);
    if (killer?.mention.type !== "PERSON") killer = undefined;
    // "K, Kennedy's assassin": the name before, across a comma and an optional article.
    if (!killer) {
      let b = (v && v === victim ? victim.first : n) - 1;
      if (isDeterminer(doc, b)) b--;
      if (doc.form[b] === ",") {
        const k = c.endingAt.get(b);
        if (k?.mention.type === "PERSON") killer = k;
      }
    }
    if (killer) out.push(...candidate(c, killer, victim, "KILLED", DESCRIPTION_CONFIDENCE.killerNoun, "killer-noun"));
  }
  return out;
}

/** "K, convicted of murdering (reporter) V", "K, suspected of the assassination of V". */
function convictedOf(c: Ctx, first: number, end: number): SentenceCandidate[] {
  const { doc } = c;
  const out: SentenceCandidate[] = [];
  for (let p = first + 1; p < end; p++) {
    const w = lower(doc, p);
    const guilt = GUILT.has(w);
    if (!guilt && !SUSPICION.has(w)) continue;
    // The person the participle describes: right before it, across a comma ("John Harvey Adamson, convicted").
    const k = c.endingAt.get(doc.form[p - 1] === "," ? p - 1 : p);
    if (k?.mention.type !== "PERSON") continue;
    let i = p + 1;
    if (!["of", "with", "in"].includes(lower(doc, i))) continue;
    i++;
    if (isDeterminer(doc, i)) i++;
    if (!KILLING_FORMS.has(lower(doc, i))) continue;
    i++;
    if (lower(doc, i) === "of") i++;
    const victim = personAfter(c, i, end);
    if (!victim) continue;
    out.push(
      ...candidate(
        c,
        k,
        victim,
        "KILLED",
        guilt ? DESCRIPTION_CONFIDENCE.convictedOf : DESCRIPTION_CONFIDENCE.suspectedOf,
        "killer-convicted",
        !guilt,
      ),
    );
  }
  return out;
}

/** "P, 47, of X" (and "P, 50, of X, Y"): where a person is from, or the organisation they are with. */
function ageOf(c: Ctx, persons: PlacedMention[], end: number): SentenceCandidate[] {
  const { doc } = c;
  const out: SentenceCandidate[] = [];
  for (const p of persons) {
    let i = p.last;
    if (doc.form[i] !== "," || !/^\d{1,3}$/.test(doc.form[i + 1] ?? "") || doc.form[i + 2] !== ",") continue;
    i += 3;
    if (lower(doc, i) !== "of") continue;
    i++;
    if (isDeterminer(doc, i)) i++;
    const x = c.startingAt.get(i);
    if (!x || x.last > end) continue;
    if (x.mention.type === "LOCATION") {
      out.push(...candidate(c, p, x, "FROM", DESCRIPTION_CONFIDENCE.ageOf, "age-of"));
      // "of Bethany, Conn.": the place's own place is also where they are from.
      const y = doc.form[x.last] === "," ? c.startingAt.get(x.last + 1) : undefined;
      if (y?.mention.type === "LOCATION")
        out.push(...candidate(c, p, y, "FROM", DESCRIPTION_CONFIDENCE.ageOf, "age-of"));
    } else if (x.mention.type === "ORGANIZATION")
      out.push(...candidate(c, p, x, "MEMBER_OF", DESCRIPTION_CONFIDENCE.ageOf, "age-of"));
  }
  return out;
}

/** "Prime Minister Felipe Gonzalez of Spain": a title right before the name, "of" and a place right after it. */
function titleOf(c: Ctx, persons: PlacedMention[], first: number): SentenceCandidate[] {
  const { doc } = c;
  const out: SentenceCandidate[] = [];
  for (const p of persons) {
    const words: string[] = [];
    for (let i = p.first - 1; i >= first && words.length < 3 && isRoleWord(doc.form[i]); i--)
      words.unshift(doc.form[i]);
    const role = roleName(words);
    if (!role || lower(doc, p.last) !== "of") continue;
    const x = c.startingAt.get(p.last + 1 + (isDeterminer(doc, p.last + 1) ? 1 : 0));
    if (!x || (x.mention.type !== "LOCATION" && x.mention.type !== "ORGANIZATION")) continue;
    out.push(...candidate(c, p, x, `${role}_OF`, DESCRIPTION_CONFIDENCE.titleOf, "title-of"));
  }
  return out;
}

/** "X headquarters in Y", "X's headquarters in Y", "X, headquartered in Y". */
function headquarters(c: Ctx, first: number, end: number): SentenceCandidate[] {
  const { doc } = c;
  const out: SentenceCandidate[] = [];
  for (let h = first + 1; h < end; h++) {
    const w = lower(doc, h);
    if (w !== "headquarters" && w !== "headquartered" && w !== "hq") continue;
    let o = h - 1;
    if (w === "headquartered" && doc.form[o] === ",") o--;
    else if (isPossessive(doc, o)) o--;
    const org = c.endingAt.get(o + 1);
    if (org?.mention.type !== "ORGANIZATION") continue;
    let i = h + 1;
    if (lower(doc, i) !== "in") continue;
    i++;
    // "in nearby Rockville", "in suburban Larchmont": one lowercase modifier before the place.
    if (/^\p{Ll}+$/u.test(doc.form[i] ?? "") && !isDeterminer(doc, i)) i++;
    const y = c.startingAt.get(i);
    if (y?.mention.type !== "LOCATION") continue;
    out.push(...candidate(c, org, y, "BASED_IN", DESCRIPTION_CONFIDENCE.headquarters, "headquarters"));
    const z = doc.form[y.last] === "," ? c.startingAt.get(y.last + 1) : undefined;
    if (z?.mention.type === "LOCATION")
      out.push(...candidate(c, org, z, "BASED_IN", DESCRIPTION_CONFIDENCE.headquarters, "headquarters"));
  }
  return out;
}

/** "Bosnia's capital, Sarajevo" and "Sarajevo, the capital of Bosnia" (also city, province, region…). */
function placeOwner(c: Ctx, first: number, end: number): SentenceCandidate[] {
  const { doc } = c;
  const out: SentenceCandidate[] = [];
  for (let n = first + 2; n < end; n++) {
    if (!PLACE_NOUNS.has(lower(doc, n)) || doc.upos[n] !== "NOUN") continue;
    // Owner before: "Bosnia's capital, Sarajevo".
    const owner = isPossessive(doc, n - 1) ? c.endingAt.get(n - 1) : undefined;
    if (owner?.mention.type === "LOCATION" && doc.form[n + 1] === ",") {
      const x = c.startingAt.get(n + 2);
      if (x?.mention.type === "LOCATION")
        out.push(...candidate(c, x, owner, "LOCATED_IN", DESCRIPTION_CONFIDENCE.placeOwner, "place-owner"));
    }
    // Owner after: "Sarajevo, the capital of Bosnia".
    if (lower(doc, n + 1) === "of" && isDeterminer(doc, n - 1) && doc.form[n - 2] === ",") {
      const x = c.endingAt.get(n - 2);
      const y = c.startingAt.get(n + 2 + (isDeterminer(doc, n + 2) ? 1 : 0));
      if (x?.mention.type === "LOCATION" && y?.mention.type === "LOCATION")
        out.push(...candidate(c, x, y, "LOCATED_IN", DESCRIPTION_CONFIDENCE.placeOwner, "place-owner"));
    }
  }
  return out;
}

/** "P's hometown (of) Y", "P's home town, Y" → FROM; "P's home in Y" → LIVES_IN. */
function hometown(c: Ctx, first: number, end: number): SentenceCandidate[] {
  const { doc } = c;
  const out: SentenceCandidate[] = [];
  for (let n = first + 2; n < end; n++) {
    const w = lower(doc, n);
    const town = w === "hometown" || (w === "town" && lower(doc, n - 1) === "home");
    if (!town && w !== "home") continue;
    const o = town && w === "town" ? n - 2 : n - 1;
    const p = isPossessive(doc, o) ? c.endingAt.get(o) : undefined;
    if (p?.mention.type !== "PERSON") continue;
    let i = n + 1;
    if (town && (lower(doc, i) === "of" || doc.form[i] === ",")) i++;
    else if (!town && lower(doc, i) === "in") i++;
    else continue;
    // "in suburban Larchmont": one lowercase modifier before the place.
    if (/^\p{Ll}+$/u.test(doc.form[i] ?? "") && !isDeterminer(doc, i) && !c.startingAt.has(i)) i++;
    const y = c.startingAt.get(i);
    if (y?.mention.type === "LOCATION")
      out.push(...candidate(c, p, y, town ? "FROM" : "LIVES_IN", DESCRIPTION_CONFIDENCE.hometown, "hometown"));
  }
  return out;
}

/**
 * "an economist with Drexel Burnham Lambert Inc. in New York", "a company of the Special Operations Group in
 * Alicante": an organisation named inside a prepositional phrase and placed right after with "in". Not an
 * organisation acting ("Google in China has …"): the organisation must follow a preposition itself.
 */
function orgIn(c: Ctx, first: number): SentenceCandidate[] {
  const { doc } = c;
  const out: SentenceCandidate[] = [];
  for (const org of c.startingAt.values()) {
    // "Drexel Burnham Lambert Inc. in New York": the abbreviation's dot is not part of the name.
    const at = doc.form[org.last] === "." ? org.last + 1 : org.last;
    if (org.mention.type !== "ORGANIZATION" || lower(doc, at) !== "in") continue;
    let b = org.first - 1;
    if (isDeterminer(doc, b)) b--;
    if (b < first || !["at", "with", "of", "for", "from"].includes(lower(doc, b))) continue;
    const y = c.startingAt.get(at + 1);
    if (y?.mention.type !== "LOCATION") continue;
    out.push(...candidate(c, org, y, "BASED_IN", DESCRIPTION_CONFIDENCE.orgIn, "org-in"));
  }
  return out;
}

export function descriptionRelations(
  doc: Doc,
  sentences: readonly Sentence[],
  mentions: readonly RelMention[],
): SentenceCandidate[] {
  const out: SentenceCandidate[] = [];
  for (const { s, inside, c } of sentencesWithPairs(doc, sentences, mentions)) {
    const first = doc.sentStart[s];
    const end = doc.sentEnd[s];
    const persons = inside.filter((p) => p.mention.type === "PERSON");
    out.push(
      ...killerNouns(c, first, end),
      ...convictedOf(c, first, end),
      ...ageOf(c, persons, end),
      ...titleOf(c, persons, first),
      ...headquarters(c, first, end),
      ...placeOwner(c, first, end),
      ...hometown(c, first, end),
      ...orgIn(c, first),
    );
  }
  return out;
}
