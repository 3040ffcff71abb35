/**
 * Coreference inside one article: which named entity a pronoun ("he", "its", "their") or a definite
 * description ("the president", "the company") stands for. Antecedent sieves, most precise first:
 *   1. exact and alias match is already done by resolution (every mention carries its entity's ref);
 *   2. role nouns matched to a role the article states for a person ("Russian President Vladimir Putin …
 *      the president"), and type nouns ("the company", "the club") to the latest entity of that kind;
 *   3. pronouns by gender (titles, given names, earlier pronouns), number and animacy, preferring subjects and
 *      recent sentences (the current one and up to two before).
 * Pure: reads a Doc (tokens; POS and dependencies used when present) and the article's resolved mentions.
 */
import type { Doc } from "../syntax";
import type { EntityType } from "../../graph/types";
import { ROLE_HEADS, ROLE_MODIFIERS, isHonorific } from "../gazetteer/titles";
import { nameGender, titleGender, type Gender } from "./gender";
import { UK_NATIONS, placesConflict, placesIn } from "./places";
import { lookupName } from "../gazetteer";

export { nameGender, titleGender, type Gender } from "./gender";

/** A resolved entity mention as coreference needs it: character span, type, entity reference and name. */
export interface CorefMention {
  start: number;
  end: number;
  type: EntityType;
  ref: string;
  /** Canonical name of the entity (for given-name gender). */
  name: string;
}

/** A pronoun or description and the entity it stands for. */
export interface Antecedent {
  /** Token index of the pronoun or the description's head noun. */
  token: number;
  start: number;
  end: number;
  text: string;
  ref: string;
  sieve: "role" | "type-noun" | "pronoun" | "pair";
  /** "the pair", "the couple": every person it stands for (`ref` is the first). */
  group?: string[];
}

interface PronounFeatures {
  gender?: Gender;
  plural: boolean;
  animate: boolean;
  possessive?: boolean;
}

const PRONOUNS: Record<string, PronounFeatures> = {
  he: { gender: "m", plural: false, animate: true },
  him: { gender: "m", plural: false, animate: true },
  his: { gender: "m", plural: false, animate: true },
  himself: { gender: "m", plural: false, animate: true },
  she: { gender: "f", plural: false, animate: true },
  her: { gender: "f", plural: false, animate: true },
  hers: { gender: "f", plural: false, animate: true },
  herself: { gender: "f", plural: false, animate: true },
  it: { plural: false, animate: false },
  its: { plural: false, animate: false, possessive: true },
  itself: { plural: false, animate: false },
  they: { plural: true, animate: false },
  them: { plural: true, animate: false },
  their: { plural: true, animate: false, possessive: true },
  themselves: { plural: true, animate: false },
};

/** Reflexives are bound inside their own clause ("help Taiwan defend itself"), not by salience across sentences. */
const REFLEXIVES = new Set(["himself", "herself", "itself", "themselves"]);

/** Definite nouns that stand for the latest entity of a type ("the company" → an organisation). */
const TYPE_NOUNS: Record<string, EntityType | undefined> = {
  company: "ORGANIZATION",
  firm: "ORGANIZATION",
  group: "ORGANIZATION",
  airline: "ORGANIZATION",
  carrier: "ORGANIZATION",
  bank: "ORGANIZATION",
  club: "ORGANIZATION",
  party: "ORGANIZATION",
  team: "ORGANIZATION",
  organisation: "ORGANIZATION",
  organization: "ORGANIZATION",
  agency: "ORGANIZATION",
  gallery: "ORGANIZATION",
  telco: "ORGANIZATION",
  giant: "ORGANIZATION",
  country: "LOCATION",
  city: "LOCATION",
  town: "LOCATION",
  capital: "LOCATION",
  region: "LOCATION",
};

/** Nouns that describe a person by occupation or standing ("the athlete", "the Kansas star"): the latest person. */
const PERSON_NOUNS = (
  "athlete runner sprinter hurdler jumper thrower swimmer cyclist rider jockey golfer boxer fighter wrestler " +
  "skater skier player footballer striker midfielder defender goalkeeper winger batsman bowler " +
  "star superstar singer songwriter rapper musician actor actress comedian presenter broadcaster author writer " +
  "novelist poet playwright artist sculptor painter designer supermodel businessman businesswoman tycoon " +
  "billionaire entrepreneur politician lawmaker veteran champion"
).split(" ");
for (const n of PERSON_NOUNS) TYPE_NOUNS[n] ??= "PERSON";

const MAX_SENTENCE_DISTANCE = 2;

/** Nouns for two people named together: "the pair", "the royal couple". */
const PAIR_NOUNS = new Set(["pair", "couple", "duo"]);
/** Sentences a pair stays "the pair" for: two people named together are rarer than one, so farther than a pronoun. */
const PAIR_WINDOW = 4;

/**
 * Two people named together as a subject: "Crown Prince Frederik and Crown Princess Mary visited …" — only "and"
 * and title words between the two names (read off the words: parsers hang the second name in many ways), and
 * one of the words from the first name to the second a subject in the parse (or, without one, the sentence
 * opening with the first name).
 */
function namedTogether(doc: Doc, a: [number, number], b: [number, number], mentionAt: Int32Array): boolean {
  let ands = 0;
  for (let i = a[1]; i < b[0]; i++) {
    const f = doc.form[i];
    if (f === "and" || f === "&") ands++;
    else if (mentionAt[i] >= 0 || !isTitleWord(f)) return false;
  }
  if (ands !== 1) return false;
  // The titles before the first name belong to the phrase too ("Crown Prince Frederik and …", "Crown" its head).
  const lo = doc.sentStart[doc.sentenceOf(a[0])];
  let start = a[0];
  while (start > lo && isTitleWord(doc.form[start - 1])) start--;
  if (!doc.parsed) return start === lo;
  for (let i = start; i < b[1]; i++) if (doc.deprel[i].startsWith("nsubj")) return true;
  return false;
}

function isTitleWord(f: string): boolean {
  const w = f.toLowerCase();
  return isHonorific(f) || ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w);
}

/**
 * The token of "the" opening a definite description headed by noun i, or -1. Without a parse: "the" right
 * before it. With one: "the" as the noun's determiner, every word between being the noun's own modifiers
 * ("the 35-year-old Cobh runner"), none of them a name that would make it someone else's ("the Labour leader"
 * is not any leader the article named); a place may qualify it ("the Kansas star").
 */
function definiteStart(doc: Doc, i: number, namesOther: (k: number) => boolean): number {
  const lower = (k: number) => doc.form[k].toLowerCase();
  if (i > 0 && lower(i - 1) === "the") return i - 1;
  if (!doc.parsed) return -1;
  const det = doc.children(i).find((c) => c < i && doc.deprel[c] === "det" && lower(c) === "the");
  if (det === undefined) return -1;
  for (let k = det + 1; k < i; k++) {
    let h = k;
    while (h >= 0 && h !== i && h > det && h < i) h = doc.head[h];
    if (h !== i || namesOther(k)) return -1;
  }
  return det;
}

interface Seen {
  ref: string;
  type: EntityType;
  /** Canonical name of the entity (the gazetteer tells a country from a city by it). */
  name: string;
  sentence: number;
  token: number;
  subject: boolean;
  /** Owns the subject's role: "Merck's head of research X said", "a spokesman for Merck said", "Merck spokesman X". */
  ownsSubject?: boolean;
}

/** Token range [a, b) of a character span, or null. */
function tokensOf(doc: Doc, start: number, end: number): [number, number] | null {
  const span = doc.charSpan(start, end);
  return span ? [span.start, span.end] : null;
}

function isSubject(doc: Doc, first: number, last: number, firstInSentence: boolean): boolean {
  // Without a parse: the sentence's first mention, unless it is a possessor ("Frank Capra's movie").
  if (!doc.parsed) return firstInSentence && !/^['’]s?$/.test(doc.form[last] ?? "");
  for (let i = first; i < last; i++) {
    const h = doc.head[i];
    if (h < first || h >= last) return doc.deprel[i].startsWith("nsubj");
  }
  return false;
}

/** Relations through which a name owns the noun above it: "Merck's head", "Merck spokesman", "spokesman for Merck". */
const OWNER_RELATIONS = new Set(["nmod:poss", "compound", "nmod"]);

/**
 * Whether the name at [first, last) owns the role of its clause's subject: "Merck's head of research Peter Kim
 * said that it withdrew Vioxx", "a spokesman for Sony said it would": the company is what "it" then stands for,
 * though it is no subject itself. Up at most three words from the name, through a role noun, to an nsubj.
 */
function ownsSubject(doc: Doc, first: number, last: number): boolean {
  if (!doc.parsed) return false;
  for (let i = first; i < last; i++) {
    const h = doc.head[i];
    if (h >= first && h < last) continue;
    if (!OWNER_RELATIONS.has(doc.deprel[i]) || h < 0) return false;
    // The owned noun must be a person's role ("spokesman", "head"): "its Yugansk unit was sold" owns no speaker.
    let role = false;
    for (let t = h, steps = 0; t >= 0 && steps < 3; t = doc.head[t], steps++) {
      role ||= doc.upos[t] === "NOUN" && ROLE_HEADS.has(doc.form[t].toLowerCase());
      if (doc.deprel[t].startsWith("nsubj")) return role;
      if (!["compound", "flat", "appos", "nmod:desc", "nmod"].includes(doc.deprel[t])) return false;
    }
    return false;
  }
  return false;
}

/** Resolves the pronouns and definite descriptions of an article; the result is in text order. */
export function resolveCoreference(doc: Doc, mentions: readonly CorefMention[]): Antecedent[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const mentionAt = new Int32Array(doc.length).fill(-1);
  const spans: ([number, number] | null)[] = sorted.map((m) => tokensOf(doc, m.start, m.end));
  spans.forEach((s, k) => {
    if (s) for (let i = s[0]; i < s[1]; i++) mentionAt[i] = k;
  });

  const gender = new Map<string, Gender>();
  const roles = new Map<string, string[]>(); // role word → refs of the people the article gave it to, latest last
  const lower = (i: number) => (i >= 0 && i < doc.length ? doc.form[i].toLowerCase() : "");
  // Gender from a title just before a mention, or from the given name; roles from titles and appositions.
  sorted.forEach((m, k) => {
    const s = spans[k];
    if (!s || m.type !== "PERSON") return;
    const g = titleGender(lower(s[0] - 1)) ?? titleGender(doc.form[s[0]]) ?? nameGender(m.name);
    if (g && !gender.has(m.ref)) gender.set(m.ref, g);
  });

  // Places the article ties to each person or organisation by a word before a mention ("Australian Lleyton
  // Hewitt", "US giant General Motors") or inside an organisation's name ("Bank of America"). Only qualified
  // descriptions ask, so it is read on the first question, not for every article.
  let knownPlaces: Map<string, Set<string>> | undefined;
  const placesOf = (ref: string): Set<string> => {
    knownPlaces ??= placesByRef(doc, sorted, spans, mentionAt);
    return knownPlaces.get(ref) ?? new Set();
  };

  const out: Antecedent[] = [];
  const history: Seen[] = [];
  // Two people named together as a subject ("Crown Prince Frederik and Crown Princess Mary visited …"), latest last.
  const pairs: { sentence: number; refs: string[] }[] = [];
  // Inside a quotation "we" and "they" are the speaker's, not the article's: pronouns there stay unresolved.
  let quoted = false;
  for (let si = 0; si < doc.sentenceCount; si++) {
    let firstMention = true;
    let prevPerson: { ref: string; span: [number, number] } | undefined;
    // A paragraph break ends any quotation left open.
    if (si > 0 && doc.text.slice(doc.end[doc.sentEnd[si - 1] - 1], doc.start[doc.sentStart[si]]).includes("\n"))
      quoted = false;
    for (let i = doc.sentStart[si]; i < doc.sentEnd[si]; i++) {
      const f = doc.form[i];
      if (f === '"' || f === "“" || f === "”") {
        quoted = f === "“" ? true : f === "”" ? false : (opensQuote(doc, i) ?? !quoted);
        continue;
      }
      const k = mentionAt[i];
      if (k >= 0) {
        if (i > 0 && mentionAt[i - 1] === k) continue;
        const m = sorted[k];
        const s = spans[k]!;
        history.push({
          ref: m.ref,
          type: m.type,
          name: m.name,
          sentence: si,
          token: i,
          subject: isSubject(doc, s[0], s[1], firstMention),
          ...(m.type === "ORGANIZATION" && ownsSubject(doc, s[0], s[1]) ? { ownsSubject: true } : {}),
        });
        firstMention = false;
        if (m.type === "PERSON") {
          recordRoles(doc, s, m.ref, roles, mentionAt);
          if (prevPerson && prevPerson.ref !== m.ref && namedTogether(doc, prevPerson.span, s, mentionAt))
            pairs.push({ sentence: si, refs: [prevPerson.ref, m.ref] });
          prevPerson = { ref: m.ref, span: s };
        } else prevPerson = undefined;
        continue;
      }
      const w = lower(i);
      if (quoted) continue;
      // Own keys only: a word such as "constructor" must not find Object.prototype's.
      const pron = Object.hasOwn(PRONOUNS, w) ? PRONOUNS[w] : undefined;
      if (pron && (w === "it" || w === "them") && !isPronounSubject(doc, i, w)) continue;
      if (pron) {
        if (w === "it" && isExpletive(doc, i)) continue;
        // "It is directed by Robert Zemeckis" after "The film …", "the club said it would": a subject that is a
        // common noun is what "it" / "they" most likely points back to. Resolved as a description, that noun's
        // entity; otherwise no entity at all.
        let ref: string | undefined;
        if (REFLEXIVES.has(w)) ref = resolveReflexive(pron, history, si, gender);
        else {
          const noun = pron.animate ? FREE : nounSubjectBefore(doc, i, si, pron.plural, mentionAt);
          if (noun >= 0) ref = out.find((x) => x.token === noun)?.ref;
          else if (noun === FREE) {
            const excluded = namedInOwnClause(doc, i, si, sorted, mentionAt);
            ref = resolvePronoun(pron, history, si, gender, excluded, doc.parsed);
          }
        }
        if (ref) {
          out.push({ token: i, start: doc.start[i], end: doc.end[i], text: doc.form[i], ref, sieve: "pronoun" });
          if (pron.gender && !gender.has(ref)) gender.set(ref, pron.gender);
          const seen = history.find((h) => h.ref === ref);
          history.push({
            ref,
            type: seen?.type ?? "PERSON",
            name: seen?.name ?? "",
            sentence: si,
            token: i,
            subject: isPronounSubject(doc, i, w),
          });
        }
        continue;
      }
      // "the president" / "the company" / "the Kansas star": a definite noun that is not the title of a following name.
      if (mentionAt[i + 1] >= 0 || lower(i + 1) === "of") continue;
      if (doc.tagged && doc.upos[i] !== "NOUN") continue;
      const det = definiteStart(doc, i, (k) => {
        const t = mentionAt[k] >= 0 ? sorted[mentionAt[k]].type : undefined;
        return t !== undefined && t !== "LOCATION";
      });
      if (det < 0 || namesItself(doc, i, mentionAt)) continue;
      const phrase = {
        token: i,
        start: doc.start[det],
        end: doc.end[i],
        text: doc.text.slice(doc.start[det], doc.end[i]),
      };
      // A qualifier ("the Italian firm", "the Irish captain") is there to tell entities apart, and the place it
      // names is not checked against what the article says of each: only a single candidate is safe, and never
      // the subject of the same sentence ("Umaga will meet O'Driscoll …, with the Irish captain leading" — a
      // writer meaning Umaga again would say "he").
      const qualified = det !== i - 1;
      const ruledOut = (ref: string) =>
        history.some((h) => h.sentence === si && h.subject && h.token < i && h.ref === ref) ||
        placesConflict(placesIn(doc, det + 1, i), placesOf(ref));
      if (PAIR_NOUNS.has(w)) {
        const group = pairs.findLast((p) => si - p.sentence <= PAIR_WINDOW);
        if (group) {
          out.push({ ...phrase, ref: group.refs[0], group: group.refs, sieve: "pair" });
          pairs.push({ sentence: si, refs: group.refs });
        }
        continue;
      }
      const holders = roles.get(w);
      if (holders) {
        const ref = holders[holders.length - 1];
        if (!qualified || (holders.length === 1 && !ruledOut(ref))) out.push({ ...phrase, ref, sieve: "role" });
        continue;
      }
      const type = Object.hasOwn(TYPE_NOUNS, w) ? TYPE_NOUNS[w] : undefined;
      if (!type) continue;
      // Person nouns ("the actor") are used for anyone in a story about several people: the one subject only.
      const kind = placeKind(w);
      const ref =
        qualified || type === "PERSON"
          ? soleSubjectOfType(history, type, si, kind)
          : latestOfType(history, type, si, kind);
      if (ref && !(qualified && ruledOut(ref))) out.push({ ...phrase, ref, sieve: "type-noun" });
    }
  }
  return out;
}

/** The places the words before each person's or organisation's mentions (and an organisation's own name) name. */
function placesByRef(
  doc: Doc,
  sorted: readonly CorefMention[],
  spans: readonly ([number, number] | null)[],
  mentionAt: Int32Array,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  sorted.forEach((m, k) => {
    const s = spans[k];
    if (!s || (m.type !== "PERSON" && m.type !== "ORGANIZATION")) return;
    let a = s[0];
    const lo = doc.sentStart[doc.sentenceOf(s[0])];
    while (a > lo && a > s[0] - 3 && (mentionAt[a - 1] < 0 || sorted[mentionAt[a - 1]].type === "LOCATION")) a--;
    const found = placesIn(doc, a, m.type === "ORGANIZATION" ? s[1] : s[0]);
    if (!found.size) return;
    const known = out.get(m.ref) ?? new Set<string>();
    for (const p of found) known.add(p);
    out.set(m.ref, known);
  });
  return out;
}

/**
 * Whether a straight quote mark opens or closes a quotation, read from the spaces around it; undefined when
 * they do not tell. News copy often opens a quotation again at each new sentence of a speaker without closing
 * the one before ("… as it comes. "As long as …"), so counting marks would leave the rest of the paragraph
 * "quoted".
 */
function opensQuote(doc: Doc, i: number): boolean | undefined {
  const before = doc.text[doc.start[i] - 1] ?? " ";
  const after = doc.text[doc.end[i]] ?? " ";
  const space = (c: string) => /\s/.test(c);
  if (space(before) && !space(after)) return true;
  if (!space(before) && (space(after) || /[.,;:!?)]/.test(after))) return false;
  return undefined;
}

function giveRole(roles: Map<string, string[]>, word: string, ref: string): void {
  const holders = (roles.get(word) ?? []).filter((r) => r !== ref);
  roles.set(word, [...holders, ref]);
}

/** Role words stated for a person: a title before the name ("President X") or an apposition after it. */
function recordRoles(
  doc: Doc,
  s: [number, number],
  ref: string,
  roles: Map<string, string[]>,
  mentionAt: Int32Array,
): void {
  const sent = doc.sentenceOf(s[0]);
  const lo = doc.sentStart[sent];
  const hi = doc.sentEnd[sent];
  const isRole = (i: number) => ROLE_HEADS.has(doc.form[i].toLowerCase());
  for (let i = s[0] - 1; i >= Math.max(lo, s[0] - 3) && mentionAt[i] < 0; i--) {
    const w = doc.form[i].toLowerCase();
    if (isRole(i)) giveRole(roles, w, ref);
    else if (!ROLE_MODIFIERS.has(w)) break;
  }
  if (doc.form[s[1]] === ",") {
    for (let i = s[1] + 1; i < Math.min(hi, s[1] + 6) && mentionAt[i] < 0; i++) {
      if (isRole(i)) {
        giveRole(roles, doc.form[i].toLowerCase(), ref);
        break;
      }
      if (doc.form[i] === ",") break;
    }
  }
}

/** nounSubjectBefore's answers besides a token: look among the named entities, or resolve to nothing. */
const FREE = -1;
const BLOCKED = -2;

/**
 * What a non-personal pronoun at i most likely stands for, read off the nearest subject before it: that subject
 * in its own sentence, else the subject of the previous sentence's main clause. A noun that names no entity
 * and agrees in number ("the film" for "it", "the players" for "they") is the answer (its token). A subject the
 * writer could mean that is no entity — a noun owned by a name ("Brazil's biggest city is … Once it …"), a
 * capitalised word the tagger left unnamed ("Yili has been … over its finances") — means no entity: BLOCKED.
 * Otherwise (a name, a pronoun, a noun of the other number, a noun owned by a pronoun: "its downfall" points
 * back with its owner) the entity history decides: FREE. Needs a parse (FREE without one).
 */
function nounSubjectBefore(doc: Doc, i: number, si: number, plural: boolean, mentionAt: Int32Array): number {
  if (!doc.parsed) return FREE;
  const answer = (j: number): number => {
    if (mentionAt[j] >= 0) return FREE;
    if (doc.upos[j] === "PROPN") return BLOCKED;
    if (doc.upos[j] !== "NOUN" || (doc.xpos[j] === "NNS") !== plural) return FREE;
    // A person's role ("a spokesman for Merck said it …") is never what "it" stands for.
    if (ROLE_HEADS.has(doc.form[j].toLowerCase())) return FREE;
    const owners = doc.children(j).filter((c) => doc.deprel[c] === "nmod:poss");
    if (owners.some((c) => mentionAt[c] >= 0)) return BLOCKED;
    return owners.some((c) => doc.upos[c] === "PRON") ? FREE : j;
  };
  let latest = -1;
  for (let j = doc.sentStart[si]; j < i; j++) if (doc.deprel[j].startsWith("nsubj")) latest = j;
  if (latest >= 0) return answer(latest);
  if (si === 0) return FREE;
  for (let j = doc.sentStart[si - 1]; j < doc.sentEnd[si - 1]; j++) {
    const h = doc.head[j];
    if (h >= 0 && doc.head[h] < 0 && doc.deprel[j].startsWith("nsubj")) return answer(j);
  }
  return FREE;
}

/** Verbs whose subject "it" is a placeholder for a clause: "It will take six years to digitise …". */
const EXPLETIVE_VERBS = new Set(["be", "take", "seem", "appear", "emerge", "remain", "become", "cost", "matter"]);

/**
 * Verbs of feeling whose "it" is a clause later in the sentence, wherever the parser hung it: "it would worry
 * her a great deal if ministers were …", "it surprised us that …".
 */
const FEELING_VERBS = new Set(
  "worry surprise concern please delight shock upset bother disappoint amaze frustrate".split(" "),
);

/**
 * "It" that stands for a clause after it, not for anything named: the subject of a copula or of a verb above
 * whose predicate has a to-, that-, whether- or if-clause ("It is unclear whether …", "It will take six years
 * to …", "It emerged that …"). Needs a parse.
 */
function isExpletive(doc: Doc, i: number): boolean {
  // Only subjects get here: an "it" that is not a subject is never resolved.
  if (!doc.parsed) return false;
  const h = doc.head[i];
  if (h < 0) return false;
  if (FEELING_VERBS.has(doc.lemma[h])) {
    const end = doc.sentEnd[doc.sentenceOf(h)];
    for (let k = h + 1; k < end; k++)
      if (doc.upos[k] === "SCONJ" && /^(that|whether|if)$/i.test(doc.form[k])) return true;
  }
  const copular = doc.children(h).some((c) => doc.deprel[c] === "cop");
  if (!copular && !EXPLETIVE_VERBS.has(doc.lemma[h])) return false;
  return doc.children(h).some((c) => {
    if (c < i || !/^(csubj|ccomp|xcomp|advcl)/.test(doc.deprel[c])) return false;
    const mark = doc.children(c).find((m) => m < c && (doc.deprel[m] === "mark" || doc.deprel[m] === "advmod"));
    return mark !== undefined && /^(to|that|whether|if)$/i.test(doc.form[mark]);
  });
}

/** Without a parse, "it" counts as a subject only where a clause starts ("that it", ", it"), not as an object. */
const CLAUSE_OPENERS = new Set(["", ",", "that", "and", "but", "because", "while", "when", "as", "said", "says"]);

function isPronounSubject(doc: Doc, i: number, w: string): boolean {
  if (doc.parsed) return doc.deprel[i].startsWith("nsubj") && doc.deprel[i] !== "expl";
  if (w === "it" || w === "them") {
    const prev = i > doc.sentStart[doc.sentenceOf(i)] ? doc.form[i - 1].toLowerCase() : "";
    return w === "it" && CLAUSE_OPENERS.has(prev);
  }
  return w === "he" || w === "she" || w === "they";
}

/**
 * The entities named later inside the clause a subject pronoun governs: "It opens in the UK and US" cannot mean
 * the US, nor "He said Blair would go" Blair (binding theory's Principle C: a pronoun does not c-command a name
 * it stands for). Empty without a parse or for a pronoun that is not a subject.
 */
function namedInOwnClause(
  doc: Doc,
  i: number,
  si: number,
  sorted: readonly CorefMention[],
  mentionAt: Int32Array,
): ReadonlySet<string> {
  const refs = new Set<string>();
  if (!doc.parsed || !doc.deprel[i].startsWith("nsubj")) return refs;
  const clause = doc.head[i];
  if (clause < 0) return refs;
  for (let t = i + 1; t < doc.sentEnd[si]; t++) {
    const k = mentionAt[t];
    if (k < 0 || mentionAt[t - 1] === k) continue;
    // Inside the clause: the head chain from the mention reaches the pronoun's head.
    for (let h = t, steps = 0; h >= 0 && steps < 64; h = doc.head[h], steps++) {
      if (h === clause) {
        refs.add(sorted[k].ref);
        break;
      }
    }
  }
  return refs;
}

function resolvePronoun(
  p: PronounFeatures,
  history: readonly Seen[],
  sentence: number,
  gender: Map<string, Gender>,
  excluded: ReadonlySet<string>,
  parsed: boolean,
): string | undefined {
  let best: { ref: string; score: number } | undefined;
  for (let h = history.length - 1; h >= 0; h--) {
    const c = history[h];
    const distance = sentence - c.sentence;
    if (distance > MAX_SENTENCE_DISTANCE) break;
    if (excluded.has(c.ref) || !agrees(p, c, gender)) continue;
    // "it" and "they" stand for many things a tagger does not name (a film, an album, the power adaptors): only
    // an entity the writer made a subject is safe to point back to, or for a possessive one named earlier in
    // the same sentence ("report to the IAAF Council, at its April meeting"). Measured on the BBC corpus (s15):
    // half of the relations found through "it" / "they" were wrong before this check. Without a parse the
    // subject is only guessed (the sentence's first name), so the check needs one.
    const ownsRole = c.ownsSubject === true && distance === 0;
    if (!p.animate && parsed && !c.subject && !ownsRole && !(p.possessive && distance === 0)) continue;
    let score = -10 * distance + (c.subject || ownsRole ? 4 : 0) + h / 1000;
    if (p.gender && gender.get(c.ref) === p.gender) score += 2;
    if (!best || score > best.score) best = { ref: c.ref, score };
  }
  return best?.ref;
}

/**
 * Whether an entity can be what a pronoun stands for: a person of a compatible gender for "he" / "she"; an
 * organisation for "they" (in news mostly an organisation or a team; several people are not one entity); for
 * "it" anything but a person, a date or a sum.
 */
function agrees(p: PronounFeatures, c: Seen, gender: Map<string, Gender>): boolean {
  if (p.animate) {
    const g = gender.get(c.ref);
    return c.type === "PERSON" && !(g && p.gender && g !== p.gender);
  }
  if (p.plural) return c.type === "ORGANIZATION";
  return c.type !== "PERSON" && c.type !== "DATE" && c.type !== "MONEY";
}

/**
 * A reflexive's antecedent: the nearest compatible entity before it in its own sentence ("Bharti Televentures,
 * which has allied itself with …", "help Taiwan defend itself"); never one from an earlier sentence.
 */
function resolveReflexive(
  p: PronounFeatures,
  history: readonly Seen[],
  sentence: number,
  gender: Map<string, Gender>,
): string | undefined {
  for (let h = history.length - 1; h >= 0 && history[h].sentence === sentence; h--) {
    const c = history[h];
    // "itself" is an organisation's or a place's ("Taiwan defend itself"), not an event's or a work's.
    const kindFits = p.animate || p.plural || c.type === "ORGANIZATION" || c.type === "LOCATION";
    if (kindFits && agrees(p, c, gender)) return c.ref;
  }
  return undefined;
}

/** Which places a place noun can stand for: "the country" only a country, "the city" never one. */
type PlaceKind = "country" | "not-country" | undefined;

function placeKind(noun: string): PlaceKind {
  if (noun === "country") return "country";
  return noun === "city" || noun === "town" || noun === "capital" ? "not-country" : undefined;
}

function fitsPlaceKind(c: Seen, kind: PlaceKind): boolean {
  if (!kind) return true;
  const country = lookupName(c.name)?.kind === "country" || UK_NATIONS.has(c.name.toLowerCase());
  return kind === "country" ? country : !country;
}

/**
 * A description that introduces a name or picks someone out rather than pointing back: "the Palestinian
 * leader, Mahmoud Abbas" (a name in apposition or after a comma), "The only Ireland player offering a threat
 * was O'Driscoll" (the subject of a copula whose predicate is a name), restrictive modifiers (below).
 */
function namesItself(doc: Doc, i: number, mentionAt: Int32Array): boolean {
  if (doc.form[i + 1] === "," && mentionAt[i + 2] >= 0) return true;
  if (!doc.parsed) return false;
  // Restrictive: "the actor who will voice Wilbur", "the best actor", "the second England player" pick someone
  // out by what follows or by rank, rather than pointing back.
  for (const c of doc.children(i)) {
    const rel = doc.deprel[c];
    if (c > i && (rel === "acl:relcl" || rel === "acl")) return true;
    if (c < i && (doc.xpos[c] === "JJS" || /^(first|second|third|last|next|only)$/i.test(doc.form[c]))) return true;
  }
  if (doc.children(i).some((c) => doc.deprel[c] === "appos" && mentionAt[c] >= 0)) return true;
  const h = doc.head[i];
  return (
    doc.deprel[i].startsWith("nsubj") &&
    h >= 0 &&
    mentionAt[h] >= 0 &&
    doc.children(h).some((c) => doc.deprel[c] === "cop")
  );
}

/**
 * The one entity of a type that is a subject in the nearest earlier sentence having such a subject; undefined
 * when that sentence has two ("Claxton left Shevchenko trailing. The Scotland-born athlete …" → Claxton; the
 * object Shevchenko is no candidate). Never the current sentence: a writer who names someone and means them again
 * in the same sentence says "he" or "his", so "Roche is happy to work with the Swiss star" is someone else.
 */
function soleSubjectOfType(
  history: readonly Seen[],
  type: EntityType,
  sentence: number,
  kind: PlaceKind,
): string | undefined {
  for (let d = 1; d <= MAX_SENTENCE_DISTANCE; d++) {
    const refs = new Set(
      history
        .filter((h) => h.sentence === sentence - d && h.type === type && h.subject && fitsPlaceKind(h, kind))
        .map((h) => h.ref),
    );
    if (refs.size === 1) return [...refs][0];
    if (refs.size > 1) return undefined;
  }
  return undefined;
}

function latestOfType(
  history: readonly Seen[],
  type: EntityType,
  sentence: number,
  kind: PlaceKind,
): string | undefined {
  let best: { ref: string; score: number } | undefined;
  for (let h = history.length - 1; h >= 0; h--) {
    const c = history[h];
    const distance = sentence - c.sentence;
    if (distance > MAX_SENTENCE_DISTANCE + 1) break;
    if (c.type !== type || !fitsPlaceKind(c, kind)) continue;
    const score = -10 * distance + (c.subject ? 4 : 0) + h / 1000;
    if (!best || score > best.score) best = { ref: c.ref, score };
  }
  return best?.ref;
}
