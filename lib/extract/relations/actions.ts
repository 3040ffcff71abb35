/**
 * Action patterns without a parser: subject–verb–object between entity mentions of one sentence. For each
 * lexicon verb, the subject is the mention right before it (over auxiliaries, adverbs, a ", who ...," clause,
 * title words and "X and Y" coordination) and the object the first mention after it (over "at the Kremlin"-
 * style phrases, an owner "Iran's President", a preposition the verb takes). Passive voice ("X was received
 * by Y") swaps the roles. Negated statements ("would not sign", "did not meet", "refused to meet") produce
 * nothing; hedged ones ("allegedly", "may") get lower confidence.
 */
import { isRoleWord } from "../gazetteer";
import type { RelationCandidate, RelMention, SentenceContext, Unit } from "./types";
import { RELATABLE } from "./types";
import { isPossessiveUnit, isWord } from "./units";
import { matchVerb, type VerbEntry, type VerbMatch } from "./verbs";

const AUX = new Set(
  "am is are was were be been being has have had do does did will would shall should may might can could must".split(
    " ",
  ),
);
const MODAL = new Set("will would shall should may might can could must".split(" "));
const NEGATION = new Set(["not", "n't", "never", "no", "cannot", "neither", "nor"]);
/** Verbs that deny what follows: "refused to meet", "denied meeting", "failed to sign". */
const DENIAL = new Set(
  "refuse refused refuses declined decline declines failed fail fails denied deny denies rejected reject rejects".split(
    " ",
  ),
);
const HEDGES = new Set(
  "allegedly reportedly reputedly purportedly apparently possibly probably likely supposedly presumably".split(" "),
);
const ADVERBS = new Set(
  (
    "also later then recently previously already personally officially formally jointly usually once again just " +
    "finally eventually subsequently repeatedly frequently publicly privately warmly briefly still even first " +
    "separately secretly quickly immediately directly twice often since now today yesterday overnight earlier " +
    "reportedly allegedly reputedly purportedly apparently possibly probably likely supposedly presumably"
  ).split(" "),
);
/** Prepositions whose phrase ("at the Kremlin", "in Moscow", "on Wednesday") sits between a verb and its object. */
const PP_PREPS = new Set(["at", "in", "on", "during", "near", "inside", "outside", "from"]);
/** Nouns that head a subject phrase owned by a demonym or a mention: "Turkish intelligence agents", "Russia's army". */
const GROUP_HEADS = new Set(
  (
    "forces force troops military army navy air intelligence agents agency police authorities officials government " +
    "security services jets drones missiles warplanes soldiers fighters militants rebels officers prosecutors " +
    "courts court ministry leadership administration regime"
  ).split(" "),
);
/** Nouns naming a place inside an object phrase: "a residential district of Sumy". */
const PLACE_NOUNS = new Set(
  "city town village district region province area capital port suburb neighbourhood neighborhood outskirts centre center".split(
    " ",
  ),
);
const PREPOSITIONS = new Set(
  "in at on of for with to by from about against between among into onto over under near after before during via".split(
    " ",
  ),
);
const DETERMINERS = new Set(["a", "an", "the", "his", "her", "its", "their", "our", "this", "that"]);

interface Agent {
  mentions: RelMention[];
  /** Index of the leftmost unit of the subject phrase. */
  start: number;
  /** Subject is a group phrase ("Turkish intelligence agents"): less sure. */
  group: boolean;
}

function relatable(m: RelMention): boolean {
  return RELATABLE.has(m.type) || m.demonym === true;
}

function word(u: Unit | undefined): string | undefined {
  return u?.kind === "word" ? u.lower : undefined;
}

/** Skips left over title words, demonyms and owner possessives that modify a mention: "Iranian President [X]". */
function skipModifiersLeft(units: Unit[], i: number): number {
  let k = i;
  for (;;) {
    const u = units[k - 1];
    if (u?.kind === "word" && isRoleWord(u.text) && /^\p{Lu}/u.test(u.text)) k--;
    else if (u?.kind === "word" && (u.lower === "counterpart" || u.lower === "his" || u.lower === "her")) k--;
    else if (u?.kind === "mention" && u.mention.demonym) k--;
    else if (isPossessiveUnit(u) && units[k - 2]?.kind === "mention") k -= 2;
    else return k;
  }
}

/** The subject mention(s) ending right before index `v` (exclusive), with coordination. */
function findSubject(units: Unit[], v: number): Agent | undefined {
  let i = v - 1;
  // Auxiliaries, adverbs, negations, dates ("Russia on Monday expressed").
  for (;;) {
    const u = units[i];
    const w = word(u);
    if (w !== undefined && (AUX.has(w) || ADVERBS.has(w) || NEGATION.has(w))) i--;
    // "refused to meet": the denial belongs to the same subject; a bare "to" ("weapons to Ukraine to strike")
    // does not tell whose action it is.
    else if (w === "to" && DENIAL.has(word(units[i - 1]) ?? "")) i -= 2;
    else if (u?.kind === "mention" && u.mention.type === "DATE" && isWord(units[i - 1], "on", "in", "at")) i -= 2;
    else if (u?.kind === "mention" && u.mention.type === "DATE") i--;
    else break;
  }
  // ", who was elected in August," / ", the Iranian president,": skip a parenthetical clause.
  if (isWord(units[i], ",")) {
    let j = i - 1;
    while (j >= 0 && !isWord(units[j], ",") && i - j < 20) j--;
    const first = word(units[j + 1]);
    if (
      j >= 0 &&
      first &&
      ["who", "which", "whose", "the", "a", "an", "along", "together", "accompanied"].includes(first)
    )
      i = j - 1;
    else return undefined;
  }
  const u = units[i];
  if (u?.kind === "mention" && relatable(u.mention) && !u.mention.demonym) {
    const mentions = [u.mention];
    let start = skipModifiersLeft(units, i);
    if (PREPOSITIONS.has(word(units[start - 1]) ?? "")) return undefined;
    // "X and Y", "X, Y and Z" (a comma only once an "and" was seen: "In Ukraine, Russia struck" is no list).
    let sawAnd = false;
    while (isWord(units[start - 1], "and") || (sawAnd && isWord(units[start - 1], ","))) {
      const prev = units[start - 2];
      if (prev?.kind !== "mention" || !relatable(prev.mention) || prev.mention.demonym) break;
      const prevStart = skipModifiersLeft(units, start - 2);
      if (PREPOSITIONS.has(word(units[prevStart - 1]) ?? "")) break;
      sawAnd ||= isWord(units[start - 1], "and");
      mentions.unshift(prev.mention);
      start = prevStart;
    }
    // "the X" is fine; "Iran's X" is fine; anything else before is not our concern (the clause may start there).
    return { mentions, start, group: false };
  }
  // Group phrase: "Turkish intelligence agents", "Russia's army", "Russian forces".
  let h = i;
  while (h >= 0 && units[h].kind === "word" && GROUP_HEADS.has(word(units[h])!) && i - h < 3) h--;
  if (h === i) return undefined;
  const owner = isPossessiveUnit(units[h]) ? units[h - 1] : units[h];
  if (owner?.kind === "mention" && relatable(owner.mention) && owner.mention.type !== "PERSON")
    return { mentions: [owner.mention], start: h, group: true };
  return undefined;
}

interface ObjectHit {
  mentions: RelMention[];
  viaPrep: boolean;
  /** The object is a person described, not named ("a senior member of the group"). */
  unnamed?: boolean;
}

/** Nouns for a person described but not named. */
const PERSON_NOUNS = new Set(
  (
    "member suspect man woman citizen national commander leader militant official journalist activist fighter " +
    "soldier operative figure dissident businessman businesswoman aide student worker tourist"
  ).split(" "),
);

/** Target placeholder of a candidate whose object is an unnamed person; resolved by `nameUnnamedObjects`. */
export const UNNAMED = "?unnamed";

/** Skips right over an owner and title words before a mention: "Iran 's President [X]", "his Iranian counterpart [X]". */
function skipModifiersRight(units: Unit[], i: number): number {
  let k = i;
  for (;;) {
    const u = units[k];
    if (u?.kind === "word" && (DETERMINERS.has(u.lower) || u.lower === "counterpart")) k++;
    else if (u?.kind === "word" && isRoleWord(u.text) && /^\p{Lu}/u.test(u.text)) k++;
    else if (u?.kind === "mention" && u.mention.demonym) k++;
    else if (u?.kind === "mention" && isPossessiveUnit(units[k + 1])) k += 2;
    else return k;
  }
}

/** Words that may follow an object mention: anything else ("a US banker", "the Liberal leader") means the
 * mention only modifies a noun. */
const FOLLOW_OK = new Set(
  (
    "and or but nor on in at to for with who whom whose which that as after before during since until when while " +
    "where because if though although amid over under about against from by into last this next earlier later " +
    "again too also back here there twice once home"
  ).split(" "),
);

function isNounModifier(units: Unit[], i: number): boolean {
  const next = units[i + 1];
  if (next?.kind !== "word" || !/^\p{Ll}/u.test(next.text)) return false;
  return !FOLLOW_OK.has(next.lower) && !ADVERBS.has(next.lower) && !/ly$/.test(next.lower);
}

/** The object mention(s) after the verb at index `v`. */
function findObject(units: Unit[], v: number, entry: VerbEntry): ObjectHit | undefined {
  let i = v + 1;
  let viaPrep = false;
  for (let guard = 0; guard < 30; guard++) {
    const u = units[i];
    const w = word(u);
    if (u === undefined) return undefined;
    if (w !== undefined && ADVERBS.has(w)) {
      i++;
    } else if (w !== undefined && PP_PREPS.has(w) && !(entry.preps ?? []).includes(w)) {
      // "at the Kremlin", "on Wednesday", "in Moscow": skip the phrase (up to its mention).
      let j = i + 1;
      while (units[j]?.kind === "word" && DETERMINERS.has(word(units[j])!)) j++;
      if (units[j]?.kind !== "mention") return undefined;
      i = j + 1;
    } else if (u.kind === "mention" && u.mention.type === "DATE") {
      i++;
    } else if (w !== undefined && entry.objectNouns?.includes(w) && !viaPrep) {
      i++;
    } else if (w !== undefined && (entry.preps ?? []).includes(w) && !viaPrep) {
      viaPrep = true;
      i++;
    } else break;
  }
  // "a residential district of Sumy": the place is the object.
  if (isWord(units[i], "a", "an", "the")) {
    let j = i + 1;
    while (word(units[j]) && /^[a-z-]+$/.test(word(units[j])!) && !PLACE_NOUNS.has(word(units[j])!) && j - i < 4) j++;
    if (PLACE_NOUNS.has(word(units[j]) ?? "") && isWord(units[j + 1], "of") && units[j + 2]?.kind === "mention")
      i = j + 2;
  }
  // "captured a senior member of ...": a person not named yet; the next sentences may name them.
  if (isWord(units[i], "a", "an")) {
    let j = i + 1;
    while (word(units[j]) && /^[a-z-]+$/.test(word(units[j])!) && !PERSON_NOUNS.has(word(units[j])!) && j - i < 4) j++;
    if (PERSON_NOUNS.has(word(units[j]) ?? "")) return { mentions: [], viaPrep, unnamed: true };
  }
  i = skipModifiersRight(units, i);
  const u = units[i];
  if (u?.kind !== "mention" || !relatable(u.mention) || u.mention.demonym || isNounModifier(units, i)) return undefined;
  const mentions = [u.mention];
  let k = i + 1;
  // "met X and Y"
  while (isWord(units[k], "and") || (isWord(units[k], ",") && units[k + 1]?.kind === "mention")) {
    const n = skipModifiersRight(units, k + 1);
    const next = units[n];
    if (next?.kind !== "mention" || !relatable(next.mention) || next.mention.demonym) break;
    mentions.push(next.mention);
    k = n + 1;
  }
  return { mentions, viaPrep };
}

/** Negation / denial / hedging between the subject phrase and the verb, and before the verb. */
function polarity(units: Unit[], from: number, v: number): { negated: boolean; hedged: boolean } {
  let negated = false;
  let hedged = false;
  for (let i = Math.max(0, from); i < v; i++) {
    const w = word(units[i]);
    if (w === undefined) continue;
    if (NEGATION.has(w) || DENIAL.has(w)) negated = true;
    if (HEDGES.has(w) || MODAL.has(w)) hedged = true;
  }
  // A sentence that frames the clause as denied or false: "X denied that ...", "It is not true that ...".
  for (let i = 0; i < from; i++) {
    const w = word(units[i]);
    if (w && (DENIAL.has(w) || w === "false" || w === "untrue") && units.slice(i, from).some((x) => isWord(x, "that")))
      negated = true;
    if (w && HEDGES.has(w)) hedged = true;
  }
  return { negated, hedged };
}

function isVerbal(units: Unit[], v: number, match: VerbMatch): boolean {
  const prev = word(units[v - 1]);
  if (prev && (DETERMINERS.has(prev) || isPossessiveUnit(units[v - 1]))) return false;
  if (match.form === "ing") return prev !== undefined && ["is", "are", "was", "were", "been", "be"].includes(prev);
  if (match.form === "base") {
    // Base form only after an auxiliary, "to" or a negation: "will meet", "refused to meet", "did not meet".
    let k = v - 1;
    while (ADVERBS.has(word(units[k]) ?? "")) k--;
    const w = word(units[k]);
    return w !== undefined && (AUX.has(w) || w === "to" || NEGATION.has(w) || w === "and");
  }
  return true;
}

function makeCandidates(
  subjects: RelMention[],
  objects: RelMention[],
  entry: VerbEntry,
  predicate: string,
  confidence: number,
  hedged: boolean,
): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const s of subjects) {
    for (const o of objects) {
      if (s.ref === o.ref) continue;
      // "told Reuters", "told BBC Radio": attribution to an outlet, so only people count as told.
      if (entry.personObject && (o.media || o.type !== "PERSON")) continue;
      out.push({
        source: s.ref,
        target: o.ref,
        predicate,
        confidence,
        symmetric: entry.symmetric === true,
        hedged,
        pattern: "action-svo",
      });
      if (entry.impliesMet && s.type === "PERSON" && o.type === "PERSON")
        out.push({
          source: s.ref,
          target: o.ref,
          predicate: "MET",
          confidence: confidence * 0.8,
          symmetric: true,
          hedged,
          pattern: "action-implied-met",
        });
    }
  }
  return out;
}

export function actionRelations(ctx: SentenceContext): RelationCandidate[] {
  const { units } = ctx;
  const out: RelationCandidate[] = [];
  units.forEach((u, v) => {
    if (u.kind !== "word") return;
    const match = matchVerb(u.lower);
    if (!match || !isVerbal(units, v, match)) return;
    const { entry } = match;
    const subject = findSubject(units, v);
    if (!subject) return;
    const { negated, hedged } = polarity(units, subject.start, v);
    if (negated) return;
    let confidence = subject.group ? 0.45 : 0.6;
    if (hedged) confidence *= 0.6;

    // Passive: "X was received by Y".
    const prev = word(units[v - 1]);
    const passive =
      match.form === "past" && prev !== undefined && ["was", "were", "been", "being", "is", "are"].includes(prev);
    if (passive) {
      let k = v + 1;
      while (k < units.length && k - v < 8 && !isWord(units[k], "by")) k++;
      if (!isWord(units[k], "by")) return;
      const ai = skipModifiersRight(units, k + 1);
      const agent = units[ai];
      if (agent?.kind !== "mention" || !relatable(agent.mention) || agent.mention.demonym || isNounModifier(units, ai))
        return;
      out.push(...makeCandidates([agent.mention], subject.mentions, entry, entry.predicate, confidence, hedged));
      return;
    }

    const object = findObject(units, v, entry);
    if (object?.unnamed) {
      for (const m of subject.mentions)
        out.push({
          source: m.ref,
          target: UNNAMED,
          predicate: entry.predicate,
          confidence: confidence * 0.75,
          symmetric: false,
          hedged,
          pattern: "action-unnamed-object",
        });
    } else if (object) {
      const predicate = object.viaPrep && entry.prepPredicate ? entry.prepPredicate : entry.predicate;
      out.push(...makeCandidates(subject.mentions, object.mentions, entry, predicate, confidence, hedged));
    } else if (entry.symmetric && subject.mentions.length > 1) {
      // "Putin and Raisi met": reciprocal between the coordinated subjects.
      for (let a = 0; a < subject.mentions.length; a++)
        for (let b = a + 1; b < subject.mentions.length; b++)
          out.push(
            ...makeCandidates([subject.mentions[a]], [subject.mentions[b]], entry, entry.predicate, confidence, hedged),
          );
    }
  });
  return out;
}

/**
 * Names an unnamed object from the sentences that follow: "Turkish intelligence agents have captured a senior
 * member of ISIS ... Anadolu said the suspect was identified as Mehmet Goren." Looks two sentences ahead for
 * "identified / named as PERSON".
 */
export function nameUnnamedObject(following: readonly Unit[][]): RelMention | undefined {
  for (const units of following.slice(0, 2)) {
    for (let i = 0; i + 2 < units.length; i++) {
      if (!isWord(units[i], "identified", "named") || !isWord(units[i + 1], "as")) continue;
      const u = units[i + 2];
      if (u.kind === "mention" && u.mention.type === "PERSON") return u.mention;
    }
  }
  return undefined;
}
