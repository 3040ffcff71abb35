/**
 * The pattern families of the tree extractor, each a pure function over a parsed article (TreeContext) that
 * reports relation candidates between entity mentions. Registry order does not matter; duplicates within a
 * sentence are merged by the caller, keeping the most confident.
 *
 *   verbal       subject–verb–object/oblique, passive agents, xcomp chains, conj sharing, relative clauses,
 *                participial modifiers, light verbs ("held talks with")
 *   role         titles before a name, appositions and copulas ("Iran's President X", "X, the chairman of Y",
 *                "X is the president of Y") → ROLE_OF
 *   modifier     "X of Y", "X in Y", "X from Y", "London's Tate", "US media giant TimeWarner", demonyms →
 *                MEMBER_OF / FROM / BASED_IN / LOCATED_IN / PART_OF
 *   based        "Moscow-based X", "X, based in Y" → BASED_IN
 */
import { isHonorific, isRoleHead, mayOwnRole, roleName } from "../../gazetteer/titles";
import { lookupName } from "../../gazetteer";
import { usState } from "../../gazetteer/us-states";
import type { RelMention } from "../types";
import type { EntityType } from "../../../graph/types";
import type { Doc } from "../../syntax";
import {
  argsOf,
  caseOf,
  childrenWith,
  claimStatus,
  lemmaOf,
  mentionHeadedBy,
  mentionOf,
  namedLater,
  nounModifiers,
  phraseStart,
  type Arg,
  type ClaimStatus,
  type TreeContext,
} from "./context";
import { frontedObject } from "./fronted-oblique";
import { dateline, placeChain } from "./surface";
import {
  canonicalPredicate,
  EMPTY_VERBS,
  isIrregular,
  isPastForm,
  pastFromIngStem,
  LIGHT_VERBS,
  NOUN_PREDICATES,
  pastParticiple,
  pastTense,
  snake,
  SPEECH_VERBS,
} from "./predicates";

/** One relation a family read, before confidence is computed. */
export interface TreeCandidate {
  source: Arg;
  target: Arg;
  predicate: string;
  family: string;
  /** Tokens whose attachment the relation depends on (for the parse margin). */
  tokens: number[];
  status?: ClaimStatus;
}

export interface TreeFamily {
  id: string;
  description: string;
  /** Prior precision of the family (calibrated on the labelled BBC set). */
  prior: number;
  fn: (ctx: TreeContext) => TreeCandidate[];
  /** News outlets may be endpoints (elsewhere "X told Reuters" is attribution, not a relation). */
  relatesOutlets?: boolean;
}

const RELATIVE = new Set(["who", "which", "that", "whom"]);
/** Verbs that relate their conjoined subjects to each other ("X and Y met"). */
const RECIPROCAL_VERBS = new Set(["meet", "talk", "negotiate", "clash", "marry", "fight", "agree", "speak"]);
/** Time nouns a parser may take for objects ("met Wednesday evening"). */
const TEMPORAL = new Set(
  "morning afternoon evening night day week weekend month year time hour minute season spring summer autumn winter".split(
    " ",
  ),
);
/** Verbs of receiving a visitor: they imply MET between two people. */
const MEETING_VERBS = new Set(["receive", "host", "welcome", "greet"]);
/** Obliques that compare or describe rather than relate ("speaking as X", "more than Y"). */
const NOT_RELATIONAL_PREPS = new Set(["as", "than", "like", "according_to", "despite", "unlike", "including"]);
/** Nouns for a part of a company: "its internet business, AOL", "AOL, the online unit of Time Warner". */
const PART_NOUNS = new Set("business unit subsidiary division arm affiliate offshoot".split(" "));
/** Nouns for a place: "filed in a US court", "treated at a London hospital" place the act in the named place. */
const PLACE_LIKE_NOUNS = new Set(
  (
    "court courthouse hospital clinic hotel prison jail airport stadium studio school university college church " +
    "mosque cathedral embassy consulate headquarters factory plant mine port base camp station museum theatre " +
    "theater arena venue complex building site offices premises campus"
  ).split(" "),
);
/** Prepositions that place an act: "in a US court", "at a London hospital", "from a Paris studio". */
const PLACING_PREPS = new Set(["in", "at", "from", "to", "near", "outside", "inside"]);
/** Nouns for a place inside another: "the US state of Maine", "the Ukrainian city of Dnipro". */
const PLACE_NOUNS = new Set(
  "state province region city town village county district capital republic island country area port".split(" "),
);
/** Nouns for a part of a place: an act on "a district of Y" or "Y's outskirts" is an act on Y. */
const PLACE_PART_NOUNS = new Set(
  "district part outskirts centre center suburb border coast heart area zone territory quarter neighbourhood".split(
    " ",
  ),
);
/** Prepositions that relate an event to a participant, never a place to something it contains ("behind X"). */
const VERB_ONLY_PREPS = new Set(["behind", "ahead_of", "against", "alongside", "beside", "with"]);
const PARTICLE = "compound:prt";
/** Heads of an xcomp that make it an attempt or an intention ("plotted to assassinate", "tried to buy"). */
const ATTEMPT_HEADS = new Set("plot plan try attempt seek conspire scheme threaten intend".split(" "));

/** Endings of agent and member nouns ("midfielder", "decathlete", "nominee", "guitarist", "comedian"). */
const NOUN_ENDING = /(?:er|or|ist|ee|ete|ian)$/;

/**
 * A noun the tagger read as a bare verb: a base form with no auxiliary or "to" of its own ("games giant
 * Electronic Arts", "parts maker Robert Bosch", "former Rangers midfielder Mikel Arteta") that the tagger's
 * training data never used as a verb, or, for a word it never saw, one with an agent-noun ending. Inflected
 * forms and verbs with "to" / "will" are left alone: news verbs a word the treebank has only as a noun ("will
 * captain Wales", "to partner Gudjohnsen", "shocked Ireland").
 */
function nounReadAsVerb(doc: Doc, i: number): boolean {
  if (!doc.lexicon || (doc.xpos[i] !== "VB" && doc.xpos[i] !== "VBP")) return false;
  if (doc.children(i).some((c) => doc.deprel[c].startsWith("aux") || doc.deprel[c] === "mark")) return false;
  const use = doc.lexicon.verbUse(doc.form[i]);
  return use === undefined ? NOUN_ENDING.test(doc.form[i].toLowerCase()) : use === "other";
}

function isVerb(ctx: TreeContext, i: number): boolean {
  const { doc } = ctx;
  if (doc.upos[i] !== "VERB" || nounReadAsVerb(doc, i)) return false;
  // A word of a name is no predicate, whatever its tag: "chief executive Fred Goodwin" ("Fred" read as a verb).
  if (ctx.mentionAt[i] >= 0) return false;
  // A "verb" with a name or noun compounded before it and no subject of its own is a noun the tagger read as a
  // verb ("while Gloucester centre Henry Paul …"); a hyphenated prefix is not one ("co-hosted").
  const kids = doc.children(i);
  if (kids.some((c) => doc.deprel[c].startsWith("nsubj") || doc.deprel[c].startsWith("csubj"))) return true;
  return !kids.some((c) => c < i && doc.deprel[c] === "compound" && doc.form[c + 1] !== "-");
}

/**
 * An oblique right after its verb (or its particle) whose only case word is a title: "Mr" tagged as a
 * preposition, so the phrase is the verb's object.
 */
function titledObject(doc: Doc, v: number, c: number): boolean {
  const marks = doc.children(c).filter((k) => doc.deprel[k] === "case" && k < c);
  if (!marks.length || !marks.every((k) => isHonorific(doc.form[k]))) return false;
  let next = v + 1;
  while (next < marks[0] && doc.head[next] === v && doc.deprel[next] === PARTICLE) next++;
  return next === marks[0];
}

/** Subjects of a verb, inherited through xcomp, conj and participial/relative clauses. */
function subjectsOf(ctx: TreeContext, v: number, depth = 0): Arg[] {
  const { doc } = ctx;
  const out: Arg[] = [];
  let ownSubject = false;
  for (const s of childrenWith(doc, v, "nsubj")) {
    if (doc.deprel[s] === "nsubj:pass") continue;
    ownSubject = true;
    if (RELATIVE.has(lemmaOf(doc, s)) && doc.deprel[v] === "acl:relcl" && doc.head[v] >= 0)
      out.push(...argsOf(ctx, doc.head[v]));
    else out.push(...argsOf(ctx, s));
  }
  // A clause with a subject of its own that names no entity ("… since arriving at Liverpool, when they play
  // Chelsea": "they" unresolved) does not take the subject of the clause above instead.
  if (out.length || ownSubject || depth > 3) return out;
  const rel = doc.deprel[v];
  const h = doc.head[v];
  if (h < 0) return out;
  // Object control: "supporting Iran in becoming a member", "persuaded X to sign" — the head's object acts.
  const controlled =
    rel === "xcomp" ||
    (rel === "advcl" && childrenWith(doc, v, "mark").some((m) => ["in", "into"].includes(lemmaOf(doc, m))));
  if (controlled) {
    const objects = childrenWith(doc, h, "obj").flatMap((o) => argsOf(ctx, o));
    if (objects.length) return objects;
  }
  if (rel === "xcomp" || rel === "advcl" || (rel === "conj" && isVerb(ctx, h))) {
    const inherited = subjectsOf(ctx, h, depth + 1);
    // Raising through a passive: "Microsoft is expected to buy X".
    if (!inherited.length && rel === "xcomp")
      for (const s of childrenWith(doc, h, "nsubj"))
        if (doc.deprel[s] === "nsubj:pass") inherited.push(...argsOf(ctx, s));
    return inherited;
  }
  if (rel === "acl" && doc.xpos[v] === "VBG") return argsOf(ctx, h);
  return out;
}

function isPassive(ctx: TreeContext, v: number): boolean {
  const { doc } = ctx;
  if (doc.children(v).some((c) => doc.deprel[c] === "nsubj:pass" || doc.deprel[c] === "aux:pass")) return true;
  return doc.deprel[v] === "acl" && doc.xpos[v] === "VBN";
}

/** Patients of a passive verb: its nsubj:pass, or the noun a participle modifies ("troops led by X"). */
function patientsOf(ctx: TreeContext, v: number): Arg[] {
  const { doc } = ctx;
  const out: Arg[] = [];
  for (const s of childrenWith(doc, v, "nsubj")) {
    if (doc.deprel[s] !== "nsubj:pass") continue;
    // "Siemens, which is based in Munich": the relative pronoun stands for the noun the clause modifies.
    if (RELATIVE.has(lemmaOf(doc, s)) && doc.deprel[v] === "acl:relcl" && doc.head[v] >= 0)
      out.push(...argsOf(ctx, doc.head[v]));
    else out.push(...argsOf(ctx, s));
  }
  if (doc.deprel[v] === "acl" && doc.head[v] >= 0) out.push(...argsOf(ctx, doc.head[v]));
  if (!out.length && doc.deprel[v] === "conj" && doc.head[v] >= 0 && isPassive(ctx, doc.head[v]))
    return patientsOf(ctx, doc.head[v]);
  return out;
}

function agentsOf(ctx: TreeContext, v: number): Arg[] {
  const { doc } = ctx;
  const out: Arg[] = [];
  for (const c of childrenWith(doc, v, "obl")) {
    if (doc.deprel[c] === "obl:agent" || caseOf(doc, c) === "by") out.push(...argsOf(ctx, c));
  }
  return out;
}

/** The verb's predicate stem: its past tense plus a meaning-changing particle ("carried out"). */
function verbStem(ctx: TreeContext, v: number): string {
  const prt = childrenWith(ctx.doc, v, PARTICLE).map((c) => lemmaOf(ctx.doc, c));
  return snake(pastOf(ctx.doc, v), ...prt);
}

/**
 * Past tense of verb v. A past form in the text is its own past tense ("won", "scored"; a regular participle
 * too): spelling it from the lemma would carry the lemmatiser's guesses for unseen words along ("rul" →
 * "rulled"). An irregular participle is not a past tense ("taken" → "took").
 */
function pastOf(doc: Doc, v: number): string {
  const form = doc.form[v].toLowerCase();
  const lemma = lemmaOf(doc, v);
  if (doc.xpos[v] === "VBD" || doc.xpos[v] === "VBN") {
    if (form === lemma + "d" || (/ed$/.test(form) && isPastForm(form))) return form;
    // An irregular past ("won", "outsold"), not a participle ("taken") nor a noun read as a verb ("seed"); a
    // participle spelt like the past ("was won by Spain") is one too, whatever the lemmatiser made of it ("w").
    if (isPastForm(form)) return form;
  }
  // An -ing form whose lemma is its stem ("lining" → "lin", "voting" → "vot"): spelt from the stem, not by
  // doubling a consonant the text does not double ("linned").
  if (doc.xpos[v] === "VBG" && form === lemma + "ing" && !isIrregular(lemma)) return pastFromIngStem(lemma);
  // A regular past form under another verb tag ("scored" read as VBP).
  if (/ed$/.test(form) && isPastForm(form) && doc.xpos[v].startsWith("VB")) return form;
  return pastTense(lemma);
}

interface Slot {
  args: Arg[];
  predicate: string;
  tokens: number[];
}

/** What a verb does to: objects, obliques with their preposition, and entities reached through object nouns. */
function objectSlots(ctx: TreeContext, v: number, stem: string, passive: boolean): Slot[] {
  const { doc } = ctx;
  const lemma = lemmaOf(doc, v);
  const slots: Slot[] = [];
  const light = LIGHT_VERBS.has(lemma);
  let eventNoun: string | undefined;
  let objectNoun: string | undefined;
  for (const o of childrenWith(doc, v, "obj", "iobj")) {
    const direct = argsOf(ctx, o);
    if (direct.length) {
      if (!passive) slots.push({ args: direct, predicate: stem, tokens: [o] });
      continue;
    }
    // "assassinate Israel's ambassador to Mexico" names no one here, but may name them soon after ("the
    // ambassador, Einat Kranz Neiger"); "met Wednesday evening in Moscow" is a time.
    if (doc.upos[o] === "NOUN" && isRoleHead(doc.form[o])) {
      const later = passive ? undefined : namedLater(ctx, o);
      if (later) slots.push({ args: [later], predicate: stem, tokens: [o] });
      continue;
    }
    if (doc.upos[o] !== "NOUN" || TEMPORAL.has(lemmaOf(doc, o))) continue;
    const noun = lemmaOf(doc, o);
    objectNoun ??= noun;
    const nounPred = NOUN_PREDICATES[noun];
    if (light && nounPred) eventNoun = nounPred;
    // "struck a district of Dnipro", "visited Iran's capital" act on the place itself; "announced France's
    // line-up", "stop the auction of Yugansk" do not: the noun stays in the predicate.
    const onThePlace = PLACE_PART_NOUNS.has(noun) || PLACE_NOUNS.has(noun) || PLACE_LIKE_NOUNS.has(noun);
    for (const { prep, args } of nounModifiers(ctx, o)) {
      const predicate =
        light && nounPred
          ? nounPred
          : (prep === "of" || prep === "") && onThePlace
            ? stem
            : snake(stem, noun, prep || "of");
      slots.push({ args, predicate, tokens: [o] });
    }
    // "visited the Hans Christian Anderson School complex": a place noun stands for the name before it.
    if (PLACE_LIKE_NOUNS.has(noun))
      for (const { k, args } of namedBefore(ctx, o, ["compound"], ["ORGANIZATION", "LOCATION"]))
        slots.push({ args, predicate: stem, tokens: [o, k] });
  }
  // A participle after its noun takes its phrases after it ("the £7.4m from the Treasury announced by Brown": the
  // money is from the Treasury; the parser may hang "from the Treasury" on "announced").
  const postnominal = doc.deprel[v] === "acl";
  for (const c of childrenWith(doc, v, "obl")) {
    const rel = doc.deprel[c];
    if (rel === "obl:agent" || rel === "obl:tmod" || rel === "obl:npmod") continue;
    if (postnominal && c < v) continue;
    const prep = caseOf(doc, c) || strandedPreposition(ctx, v, c);
    // "replace Mr Camus", "tracked down Mr Pound": a title the tagger read as a preposition leaves an object (not
    // after a verb of saying: "…, writes Mr Peston" names the writer).
    if (!prep && !passive && titledObject(doc, v, c) && !SPEECH_VERBS.has(lemma)) {
      const args = argsOf(ctx, c);
      if (args.length) slots.push({ args, predicate: stem, tokens: [c] });
      continue;
    }
    if (prep === "by" && passive) continue;
    if (prep === "" || NOT_RELATIONAL_PREPS.has(prep)) continue;
    // "received at the Kremlin Iran's President X": the object the parser folded into the oblique.
    const fronted = passive || childrenWith(doc, v, "obj").length ? undefined : frontedObject(ctx, c);
    if (fronted) {
      slots.push({ args: [fronted.object], predicate: stem, tokens: [c] });
      slots.push({ args: [fronted.place], predicate: snake(stem, prep), tokens: [c] });
      continue;
    }
    const args = argsOf(ctx, c);
    if (!args.length) {
      // "struck a district of Dnipro" attached as an oblique noun ("in a district of Y").
      for (const m of nounModifiers(ctx, c))
        if (m.prep === "of") slots.push({ args: m.args, predicate: snake(stem, prep), tokens: [c] });
      // "filed for bankruptcy in a US court": a place noun named by a place before it.
      if (PLACING_PREPS.has(prep) && doc.upos[c] === "NOUN" && PLACE_LIKE_NOUNS.has(lemmaOf(doc, c)))
        for (const { k, args } of namedBefore(ctx, c, ["compound", "amod"], ["LOCATION"]))
          slots.push({ args, predicate: snake(stem, prep), tokens: [c, k] });
      continue;
    }
    const predicate = eventNoun ?? (light && objectNoun ? snake(stem, objectNoun, prep) : snake(stem, prep));
    slots.push({ args, predicate, tokens: [c] });
    // "settle for bronze in Greece behind Justin Gatlin": a place or an organisation does not stand behind or
    // against anyone, so such a phrase under a named oblique belongs to the verb (a common misattachment).
    for (const d of childrenWith(doc, c, "nmod")) {
      const dprep = caseOf(doc, d);
      if (!VERB_ONLY_PREPS.has(dprep)) continue;
      const raised = argsOf(ctx, d).filter((a) => a.mention !== args[0].mention);
      if (raised.length) slots.push({ args: raised, predicate: snake(stem, dprep), tokens: [c, d] });
    }
  }
  return slots;
}

/**
 * Entities of the given types named by a modifier before a noun ("the US court", "the Hans Christian Andersen
 * School complex"), per modifier token.
 */
function namedBefore(
  ctx: TreeContext,
  noun: number,
  rels: string[],
  types: EntityType[],
): { k: number; args: Arg[] }[] {
  const out: { k: number; args: Arg[] }[] = [];
  for (const k of childrenWith(ctx.doc, noun, ...rels)) {
    if (k > noun) continue;
    const args = argsOf(ctx, k).filter((a) => types.includes(a.mention.type));
    if (args.length) out.push({ k, args });
  }
  return out;
}

/** Prepositions the tagger may read as adverbs or particles ("participate in next month's X"). */
const STRANDABLE_PREPS = new Set(["in", "on", "at", "to", "with", "for", "from", "into", "against"]);

/**
 * The preposition of an oblique with no case word of its own, when the word right before the oblique's phrase is
 * a preposition the parser hung on the verb instead ("participate in next month's Championships" with "in" as an
 * adverb of "participate"); "" otherwise.
 */
function strandedPreposition(ctx: TreeContext, v: number, c: number): string {
  const { doc } = ctx;
  const p = phraseStart(doc, c) - 1;
  if (p <= v || doc.head[p] !== v) return "";
  const w = doc.form[p].toLowerCase();
  return STRANDABLE_PREPS.has(w) && doc.upos[p] !== "VERB" ? w : "";
}

function speakerOf(ctx: TreeContext): (v: number) => Arg | undefined {
  return (v) => subjectsOf(ctx, v)[0];
}

const verbal: TreeFamily = {
  id: "verbal",
  description: 'Subject–verb–object/oblique from the tree: "Putin hosted Raisi", "Lavrov held a call with Gil"',
  prior: 0.75,
  fn: (ctx) => {
    const { doc } = ctx;
    const out: TreeCandidate[] = [];
    for (let v = 0; v < doc.length; v++) {
      if (!isVerb(ctx, v)) continue;
      const lemma = lemmaOf(doc, v);
      if (EMPTY_VERBS.has(lemma)) continue;
      const stem = verbStem(ctx, v);
      const passive = isPassive(ctx, v);
      const status = claimStatus(ctx, v, speakerOf(ctx));
      const subjects = passive ? agentsOf(ctx, v) : subjectsOf(ctx, v);
      const slots = objectSlots(ctx, v, stem, passive);
      // "plotted to assassinate X", "tried to buy X": an attempt, not the act — the predicate says so.
      const h = doc.head[v];
      const attempt = doc.deprel[v] === "xcomp" && h >= 0 && ATTEMPT_HEADS.has(lemmaOf(doc, h)) ? h : -1;
      const named = (predicate: string) =>
        attempt >= 0 && predicate.startsWith(stem)
          ? snake(pastTense(lemmaOf(doc, attempt)), "to", lemma) + predicate.slice(stem.length)
          : canonicalPredicate(predicate);
      const emit = (s: Arg, t: Arg, predicate: string, tokens: number[], family: string) => {
        if (s.mention.ref === t.mention.ref || s.mention.demonym || t.mention.demonym) return;
        const canonical = named(predicate);
        out.push({
          source: s,
          target: t,
          // One joins an organisation as a member, but a person only as company ("joined Victoria Wood in …").
          predicate: canonical === "MEMBER_OF" && t.mention.type === "PERSON" ? predicate : canonical,
          family,
          tokens: [v, ...tokens],
          status,
        });
      };
      for (const s of subjects)
        for (const slot of slots) {
          for (const t of slot.args) {
            emit(s, t, slot.predicate, slot.tokens, "verbal");
            // Receiving or hosting someone is meeting them (both people).
            if (
              MEETING_VERBS.has(lemma) &&
              (slot.predicate === stem || slot.predicate === `${stem}_AT`) && // "received at the Kremlin X"
              s.mention.type === "PERSON" &&
              t.mention.type === "PERSON"
            )
              emit(s, t, "MET", slot.tokens, "verbal-implied");
          }
        }
      // "Putin and Raisi met in Moscow": a reciprocal verb between conjoined subjects.
      const namedObject = childrenWith(doc, v, "obj").some((o) => argsOf(ctx, o).length > 0);
      if (!passive && RECIPROCAL_VERBS.has(lemma) && !namedObject)
        for (let a = 0; a < subjects.length; a++)
          for (let b = a + 1; b < subjects.length; b++) emit(subjects[a], subjects[b], stem, [], "verbal-reciprocal");
      if (!passive) continue;
      const patients = patientsOf(ctx, v);
      for (const a of subjects) for (const p of patients) emit(a, p, stem, [], "verbal-passive");
      // "Yugansk was sold to a shell company", "X was born in Y": the patient with the verb's obliques, the
      // predicate in the participle (BORN_IN, not BORE_IN).
      const participle = snake(pastParticiple(lemma), ...childrenWith(doc, v, PARTICLE).map((c) => lemmaOf(doc, c)));
      for (const p of patients)
        for (const slot of slots)
          for (const t of slot.args)
            emit(p, t, canonicalPredicate(slot.predicate.replace(stem, participle)), slot.tokens, "verbal-passive");
    }
    return out;
  },
};

/** Whether a comma (or, with `orCoordinator`, a coordinator) stands between tokens a and b. */
function commaBetween(doc: Doc, a: number, b: number, orCoordinator = false): boolean {
  for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++)
    if (doc.form[k] === "," || (orCoordinator && doc.upos[k] === "CCONJ")) return true;
  return false;
}

/** Role words and owners among the modifiers of a noun or name: "Venezuela's foreign minister", "Kremlin spokesman". */
function roleAndOwner(ctx: TreeContext, heads: number[]): { words: number[]; owners: Arg[] } {
  const { doc } = ctx;
  const words: number[] = [];
  const owners: Arg[] = [];
  const visit = (i: number, depth: number, viaNmod: boolean) => {
    for (const c of doc.children(i)) {
      const rel = doc.deprel[c];
      const m = mentionOf(ctx, c);
      if (m && mentionOf(ctx, i) === m) continue;
      if (m) {
        const prep = rel === "nmod" || rel === "obl" ? caseOf(doc, c) : "";
        const prenominal = rel === "nmod:poss" || rel === "compound" || rel === "amod" || rel === "nmod:desc";
        // A modifier does not stand across a comma from its noun: "a merger between Seton Healthcare, footwear
        // specialists Scholl and …" and squad lists ("Hodgson, Kay, … J Worsley") are parsed as compounds.
        if (prenominal && c < i && commaBetween(doc, c, i)) continue;
        // A place owns a role only before it or with "of" ("Russia's president", "the mayor of Y"), not "in Y".
        for (const a of argsOf(ctx, c, 0, true)) {
          if (a.mention.type === "PERSON") continue;
          // "adviser to the Treasury": "to" names an organisation served, but a place only posted to ("Israel's
          // ambassador to Mexico" is Israel's).
          // "an economist with Drexel": "with" names an employer after a title only.
          const served =
            prep === "at" || prep === "for" || prep === "to" || (prep === "with" && isRoleHead(doc.form[i]));
          if (prenominal || prep === "of" || (a.mention.type !== "LOCATION" && served)) owners.push(a);
        }
        continue;
      }
      // "its founder X", "the company's chairman X" said through "its": a possessive pronoun coreference resolved
      // to an organisation or place owns the role as its antecedent would.
      if (rel === "nmod:poss" && ctx.antecedents.has(c)) {
        for (const a of argsOf(ctx, c)) if (a.mention.type !== "PERSON") owners.push(a);
        continue;
      }
      if ((rel === "compound" || rel === "amod" || rel === "flat" || rel === "nmod:desc") && c < i && depth < 3) {
        if (!isHonorific(doc.form[c]) && !viaNmod) words.push(c);
        visit(c, depth + 1, viaNmod);
      } else if (rel === "nmod" && depth < 2 && doc.upos[c] === "NOUN") visit(c, depth + 1, true); // head of strategy at Y
    }
  };
  for (const h of heads) visit(h, 0, false);
  return { words: words.sort((a, b) => a - b), owners };
}

function rolePredicate(ctx: TreeContext, words: number[], head: number | null, owner: Arg): string | null {
  const { doc } = ctx;
  // Ordinals and numbers are no part of the role ("the 23rd President of the United States").
  const forms = [...words, ...(head === null ? [] : [head])].map((i) => doc.form[i]).filter((f) => !/\d/.test(f));
  const lemma = head === null ? "" : lemmaOf(doc, head);
  if (lemma === "member") return "MEMBER_OF";
  if (["native", "resident", "citizen", "national"].includes(lemma)) return "FROM";
  const role = roleName(forms);
  if (role && head !== null && !mayOwnRole(doc.form[head], owner.mention)) return null;
  if (role) return role + "_OF";
  // An open role noun ("technical coordinator at Cepes", "hurdler"): only towards an organisation.
  if (head !== null && doc.upos[head] === "NOUN" && owner.mention.type === "ORGANIZATION") return snake(lemma, "of");
  return null;
}

const role: TreeFamily = {
  id: "role",
  description:
    'Titles and roles: "Iran\'s President X", "X, the chairman of Y", "Y\'s chief executive, X", "X is the head of Y"',
  prior: 0.85,
  // An outlet employs its staff: "CBS anchorman Dan Rather", "the BBC's political editor Nick Robinson".
  relatesOutlets: true,
  fn: (ctx) => {
    const { doc } = ctx;
    const out: TreeCandidate[] = [];
    const emit = (person: Arg, owner: Arg, predicate: string | null, tokens: number[], family: string) => {
      if (!predicate || person.mention.ref === owner.mention.ref) return;
      out.push({ source: person, target: owner, predicate, family, tokens });
    };
    for (let i = 0; i < doc.length; i++) {
      const m = mentionHeadedBy(ctx, i);
      if (m?.type === "PERSON") {
        const person: Arg = { mention: m, token: i };
        // Title before the name: its words are modifiers of the name (or the name hangs off the title).
        const heads = [i];
        const h = doc.head[i];
        if (h >= 0 && ["appos", "flat", "compound"].includes(doc.deprel[i]) && h < i && !mentionOf(ctx, h))
          heads.push(h);
        const { words, owners } = roleAndOwner(ctx, heads);
        const titleHead = heads.length > 1 ? heads[1] : words.length ? words[words.length - 1] : null;
        const titleWords = heads.length > 1 ? words.filter((w) => w < heads[1]) : words.slice(0, -1);
        for (const o of owners) {
          const pred =
            titleHead === null
              ? o.mention.type === "LOCATION"
                ? "FROM"
                : null
              : rolePredicate(ctx, titleWords, titleHead, o);
          emit(person, o, pred ?? (o.mention.type === "LOCATION" ? "FROM" : null), [i, ...heads], "role-prenominal");
        }
        // Apposition after the name: "X, the chairman of Y".
        for (const a of childrenWith(doc, i, "appos")) {
          if (mentionOf(ctx, a)) continue;
          const r = roleAndOwner(ctx, [a]);
          for (const o of r.owners) emit(person, o, rolePredicate(ctx, r.words, a, o), [i, a], "role-appositive");
        }
      }
      // A role noun with a person in apposition after it: "the Kyrgyz President, Askar Akaev"; copulas:
      // "X is the president of Y" (the noun has X as nsubj and a cop).
      if (mentionOf(ctx, i) || doc.upos[i] !== "NOUN") continue;
      const people: Arg[] = [];
      for (const a of childrenWith(doc, i, "appos"))
        people.push(...argsOf(ctx, a).filter((x) => x.mention.type === "PERSON" && sharesTitle(doc, i, a, x.token)));
      const copula = doc.children(i).some((c) => doc.deprel[c] === "cop") || ["xcomp"].includes(doc.deprel[i]);
      // A role noun with its own name after it is that person's, not the verb's subject's: "Robinson has called
      // up Bath prop Duncan Bell" (the parser reads "prop" as what Robinson was called).
      if (copula && !people.length) {
        // "X became chairman of Y"; "X was appointed chairman of Y" (the passive's subject holds the role).
        const h = doc.head[i];
        const subj =
          doc.deprel[i] === "xcomp" && h >= 0
            ? isPassive(ctx, h)
              ? patientsOf(ctx, h)
              : subjectsOf(ctx, h)
            : childrenWith(doc, i, "nsubj").flatMap((s) => argsOf(ctx, s));
        // Memberships hold for countries and organisations too ("Iran became a member of the SCO").
        people.push(...subj.filter((x) => x.mention.type === "PERSON" || lemmaOf(doc, i) === "member"));
      }
      if (!people.length) continue;
      const r = roleAndOwner(ctx, [i]);
      for (const p of people)
        for (const o of r.owners)
          emit(p, o, rolePredicate(ctx, r.words, i, o), [i, p.token], copula ? "role-copula" : "role-appositive");
    }
    return out;
  },
};

/**
 * Whether a name reached from role noun i through its apposition a holds the role: the name itself, or a
 * conjunct of it when the title is plural ("Labour MPs X and Y") and the conjunct has no title of its own.
 * "Lords Leader Baroness Amos and Baroness Royall" has one leader; "EastEnders' head writer Tony Jordan and
 * music mogul Simon Fuller" one writer.
 */
function sharesTitle(doc: Doc, i: number, a: number, person: number): boolean {
  if (person === a) return true;
  let viaConj = false;
  for (let t = person; t !== a && t >= 0; t = doc.head[t]) {
    if (doc.deprel[t] === "conj") viaConj = true;
    // A common noun between the name and the apposition is the conjunct's own title ("music mogul").
    if (t !== person && doc.upos[t] === "NOUN") return false;
  }
  return !viaConj || doc.xpos[i] === "NNS" || doc.xpos[i] === "NNPS";
}

/** nmod dependents of the mention headed by i, hung on its head or on any other word of the name. */
function outerModifiers(ctx: TreeContext, i: number): number[] {
  const { doc, mentionAt } = ctx;
  const k = mentionAt[i];
  let first = i;
  while (first > 0 && mentionAt[first - 1] === k) first--;
  const out: number[] = [];
  for (let t = first; t < doc.length && mentionAt[t] === k; t++)
    for (const c of doc.children(t)) if (doc.deprel[c] === "nmod" && mentionAt[c] !== k) out.push(c);
  return out;
}

function isCountry(m: RelMention): boolean {
  return m.demonym === true || lookupName(m.text)?.kind === "country";
}

/**
 * Whether a comma or a coordinator separates two modifiers of one noun: "the Amsterdam, Brussels and Lisbon
 * exchanges" lists places side by side, none of them inside another.
 */
function listedBetween(doc: Doc, a: number, b: number): boolean {
  return commaBetween(doc, a, b, true);
}

function placePredicate(prep: string, a: EntityType, b: EntityType): string | null {
  if (b === "LOCATION") {
    if (a === "LOCATION" || a === "EVENT") return prep === "of" || prep === "in" || prep === "" ? "LOCATED_IN" : null;
    if (a === "ORGANIZATION") return prep === "of" || prep === "in" || prep === "" ? "BASED_IN" : null;
    if (a === "PERSON") return prep === "of" || prep === "from" || prep === "" ? "FROM" : null;
  }
  if (b === "ORGANIZATION" && a === "PERSON" && prep === "at") return "WORKED_AT";
  if (b === "ORGANIZATION" && prep === "of") {
    if (a === "PERSON") return "MEMBER_OF";
    if (a === "ORGANIZATION") return "PART_OF";
  }
  return null;
}

const modifier: TreeFamily = {
  id: "modifier",
  description:
    '"X of Y", "X in Y", "X, from Y", "London\'s Tate Britain", "US media giant TimeWarner", "Paris, France"',
  prior: 0.7,
  fn: (ctx) => {
    const { doc } = ctx;
    const out: TreeCandidate[] = [];
    for (let i = 0; i < doc.length; i++) {
      const m = mentionHeadedBy(ctx, i);
      if (!m || m.demonym || m.media) continue;
      const x: Arg = { mention: m, token: i };
      const emit = (y: Arg, prep: string, family: string, tokens: number[]) => {
        if (y.mention.ref === m.ref || y.mention.media) return;
        // A country is never inside another ("cooperation between Iran and Russia in Syria").
        if (isCountry(m) && isCountry(y.mention)) return;
        // Nor is a state in another ("Texas, Florida and Ohio voted").
        if (m.type === "LOCATION" && usState(m.text) && usState(y.mention.text)) return;
        const p = placePredicate(prep, m.type, y.mention.type);
        if (p) out.push({ source: x, target: y, predicate: p, family, tokens: [i, ...tokens] });
      };
      // An "of/in" phrase may hang on any word of the name: "Roger K. Crouch of NASA" parsed with "Crouch" under "Roger".
      for (const c of outerModifiers(ctx, i))
        for (const y of argsOf(ctx, c)) emit(y, caseOf(doc, c), "modifier-nmod", [c]);
      for (const c of doc.children(i)) {
        // A word of the name itself ("Sub-Saharan Africa" parsed with "Saharan" apposed to "Sub").
        if (ctx.mentionAt[c] === ctx.mentionAt[i]) continue;
        const rel = doc.deprel[c];
        const chain = rel === "appos" || rel === "flat" || rel === "list" || rel === "nmod:npmod";
        const commaBefore = c > 0 && doc.form[c - 1] === "," && ctx.mentionAt[c - 2] === ctx.mentionAt[i];
        // A list is no chain: "in Sub-Saharan Africa, Latin America and the Caribbean" (the apposed name has
        // conjuncts of its own).
        const listed = childrenWith(doc, c, "cc").length > 0 || childrenWith(doc, c, "conj").length > 0;
        if (chain && m.type === "LOCATION" && (rel === "appos" || commaBefore) && !listed)
          for (const y of argsOf(ctx, c)) if (y.mention.type === "LOCATION") emit(y, "", "modifier-appos", [c]);
      }
      // Owners among prenominal modifiers (persons are the role family's).
      if (m.type === "PERSON") continue;
      // A name used as a modifier owns its noun's modifiers too: "London's Tate Britain art gallery".
      const h = doc.head[i];
      const heads =
        h >= 0 && doc.deprel[i] === "compound" && !mentionOf(ctx, h) && doc.upos[h] === "NOUN" ? [i, h] : [i];
      const { owners } = roleAndOwner(ctx, heads);
      for (const y of owners)
        if (
          heads.length === 1 ||
          (y.token < heads[1] && (doc.deprel[y.token] === "nmod:poss" || !listedBetween(doc, y.token, i)))
        )
          emit(y, "", "modifier-prenominal", [y.token]);
      // "its own internet business, AOL", "AOL, the internet unit of Time Warner": an organisation apposed to a
      // part noun belongs to the noun's owner.
      if (m.type === "ORGANIZATION") {
        const parts = [...childrenWith(doc, i, "appos")];
        if (doc.deprel[i] === "appos" && h >= 0) parts.push(h);
        for (const n of parts) {
          if (mentionOf(ctx, n) || doc.upos[n] !== "NOUN" || !PART_NOUNS.has(lemmaOf(doc, n))) continue;
          const owners = [
            ...roleAndOwner(ctx, [n]).owners,
            ...childrenWith(doc, n, "nmod")
              .filter((c) => caseOf(doc, c) === "of")
              .flatMap((c) => argsOf(ctx, c)),
          ];
          for (const y of owners)
            if (y.mention.type === "ORGANIZATION" && y.mention.ref !== m.ref)
              out.push({ source: x, target: y, predicate: "PART_OF", family: "modifier-appos", tokens: [i, n] });
        }
      }
      // "Glenmorangie, one of Scotland's premier whisky firms": a place owning an apposed description.
      for (const a of childrenWith(doc, i, "appos")) {
        if (mentionOf(ctx, a)) continue;
        const inner = [a, ...childrenWith(doc, a, "nmod").filter((k) => !mentionOf(ctx, k))];
        for (const y of roleAndOwner(ctx, inner).owners) emit(y, "", "modifier-appos", [a]);
      }
    }
    // "the Kansas star", "the Japanese firm": a description coreference resolved, qualified by a place.
    for (const [n, via] of ctx.antecedents) {
      if (via.sieve === "pronoun") continue;
      // Each entity the description stands for ("the Greek pair": both sprinters).
      for (const x of argsOf(ctx, n).filter((a) => a.token === n && a.via)) {
        const entity = x.mention;
        if (entity.type !== "PERSON" && entity.type !== "ORGANIZATION") continue;
        for (const c of doc.children(n)) {
          if (c > n || !["compound", "amod", "nmod:poss"].includes(doc.deprel[c])) continue;
          for (const y of argsOf(ctx, c)) {
            if (y.mention.type !== "LOCATION") continue;
            // "the England coach", "the London mayor" hold a role there; "the French striker" is from there.
            const role = entity.type === "PERSON" && isRoleHead(doc.form[n]) ? rolePredicate(ctx, [], n, y) : null;
            const p = role ?? placePredicate("", entity.type, "LOCATION");
            if (p && y.mention.ref !== entity.ref)
              out.push({ source: x, target: y, predicate: p, family: "modifier-description", tokens: [n, c] });
          }
        }
      }
    }
    // "the US state of Maine": a place noun owned by one place and naming another.
    for (let n = 0; n < doc.length; n++) {
      if (mentionOf(ctx, n) || doc.upos[n] !== "NOUN" || !PLACE_NOUNS.has(lemmaOf(doc, n))) continue;
      const named = childrenWith(doc, n, "nmod")
        .filter((c) => caseOf(doc, c) === "of")
        .flatMap((c) => argsOf(ctx, c));
      if (!named.length) continue;
      const { owners } = roleAndOwner(ctx, [n]);
      for (const x of named)
        for (const y of owners)
          if (x.mention.type === "LOCATION" && y.mention.type === "LOCATION" && x.mention.ref !== y.mention.ref)
            out.push({ source: x, target: y, predicate: "LOCATED_IN", family: "modifier-prenominal", tokens: [n] });
    }
    return out;
  },
};

/** Nouns of a person's home, and what they say of the place: "his home in Larchmont", "her hometown of Cobh". */
const HOME_NOUNS: Record<string, string> = {
  home: "LIVES_IN",
  hometown: "FROM",
  homeland: "FROM",
  birthplace: "BORN_IN",
};

const home: TreeFamily = {
  id: "home",
  description:
    '"his home in Larchmont", "her hometown of Cobh", "his native South Carolina" → LIVES_IN / FROM / BORN_IN',
  prior: 0.8,
  fn: (ctx) => {
    const { doc } = ctx;
    const out: TreeCandidate[] = [];
    const people = (args: Arg[]) => args.filter((a) => a.mention.type === "PERSON");
    // The possessor before token t: "his", "her", or "Jackson's".
    const possessorBefore = (t: number): Arg[] => {
      if (t < 0) return [];
      if (doc.upos[t] === "PRON" && doc.xpos[t] === "PRP$") return people(argsOf(ctx, t));
      if (/^['’]s?$/.test(doc.form[t]) && t > 0 && mentionOf(ctx, t - 1)) return people(argsOf(ctx, t - 1));
      return [];
    };
    for (let n = 0; n < doc.length; n++) {
      const m = mentionHeadedBy(ctx, n);
      if (m) {
        // "his native South Carolina": "native" right before the place, a possessor before it.
        let first = n;
        while (first > 0 && ctx.mentionAt[first - 1] === ctx.mentionAt[n]) first--;
        if (m.type !== "LOCATION" || first < 2 || doc.form[first - 1].toLowerCase() !== "native") continue;
        for (const p of possessorBefore(first - 2))
          out.push({ source: p, target: { mention: m, token: n }, predicate: "FROM", family: "home", tokens: [n] });
        continue;
      }
      if (mentionOf(ctx, n) || doc.upos[n] !== "NOUN") continue;
      // "home town" is "hometown".
      const lemma =
        lemmaOf(doc, n) === "town" && doc.form[n - 1]?.toLowerCase() === "home" ? "hometown" : lemmaOf(doc, n);
      const predicate = HOME_NOUNS[lemma];
      if (!predicate) continue;
      const start = lemma === "hometown" && doc.form[n - 1]?.toLowerCase() === "home" ? n - 1 : n;
      const owners = possessorBefore(start - 1);
      if (!owners.length) continue;
      // The place: "in"/"of" after the noun, in the tree or, where the parser hung it on the verb, in the words.
      const places = childrenWith(doc, n, "nmod")
        .filter((c) => ["in", "of"].includes(caseOf(doc, c)))
        .flatMap((c) => argsOf(ctx, c));
      if (!places.length && ["in", "of"].includes(doc.form[n + 1]?.toLowerCase())) {
        const at = doc.upos[n + 2] === "ADJ" || doc.upos[n + 2] === "DET" ? n + 3 : n + 2;
        const y = mentionOf(ctx, at);
        if (y && (at === 0 || ctx.mentionAt[at - 1] !== ctx.mentionAt[at])) places.push({ mention: y, token: at });
      }
      for (const p of owners)
        for (const y of places)
          if (y.mention.type === "LOCATION")
            out.push({ source: p, target: y, predicate, family: "home", tokens: [n, y.token] });
    }
    return out;
  },
};

/** Participles that make a place-compound an origin or a seat: "Moscow-based", "Scotland-born". */
const PLACE_PARTICIPLES: Record<string, string> = { based: "BASED_IN", born: "BORN_IN" };

const based: TreeFamily = {
  id: "based",
  description: '"Moscow-based X", "the Chicago-based company" → BASED_IN; "the Scotland-born athlete" → BORN_IN',
  prior: 0.85,
  fn: (ctx) => {
    const { doc } = ctx;
    const out: TreeCandidate[] = [];
    for (let b = 0; b < doc.length; b++) {
      const predicate = PLACE_PARTICIPLES[doc.form[b].toLowerCase()];
      if (!predicate || doc.deprel[b] !== "amod") continue;
      const places = doc
        .children(b)
        .filter((c) => c < b)
        .flatMap((c) => argsOf(ctx, c))
        .filter((a) => a.mention.type === "LOCATION");
      const h = doc.head[b];
      if (h < 0) continue;
      const things = argsOf(ctx, h);
      for (const t of things)
        for (const p of places)
          if (t.mention.ref !== p.mention.ref && (predicate === "BASED_IN" || t.mention.type === "PERSON"))
            out.push({ source: t, target: p, predicate, family: "based", tokens: [b] });
    }
    return out;
  },
};

const HOSTILE = new Set(["STRUCK", "ATTACKED", "RAIDED"]);
/** Event nouns whose "in" names what they act on ("a strike in Dnipro", "its stake in AOL Europe"). */
const TARGET_IN = new Set([...HOSTILE, "OWNED_STAKE_IN"]);

/** Prepositions that introduce the other party or the target of an event noun. */
const EVENT_PREPS = new Set(["with", "on", "against", "between", "to", "in", "of", "for", "into"]);

const eventNoun: TreeFamily = {
  id: "event-noun",
  description:
    'Event nouns with their parties: "Lavrov\'s call with Gil", "the Russian strike on Dnipro", "the plot against X"',
  prior: 0.7,
  fn: (ctx) => {
    const { doc } = ctx;
    const out: TreeCandidate[] = [];
    for (let n = 0; n < doc.length; n++) {
      if (mentionOf(ctx, n) || doc.upos[n] !== "NOUN") continue;
      const predicate = NOUN_PREDICATES[lemmaOf(doc, n)];
      if (!predicate) continue;
      // The agent: a possessor, a name or demonym before the noun; else the subject of a light verb holding it.
      const agents: Arg[] = [];
      for (const c of doc.children(n)) {
        const rel = doc.deprel[c];
        if (c < n && (rel === "nmod:poss" || rel === "compound" || rel === "amod")) agents.push(...argsOf(ctx, c));
      }
      const h = doc.head[n];
      if (!agents.length && h >= 0 && doc.deprel[n] === "obj" && LIGHT_VERBS.has(lemmaOf(doc, h))) continue; // verbal family
      const parties: Arg[] = [];
      // Parties named after "between" act with each other; after "with" they are the agent's partners
      // ("lost deals with Chelsea and Celtic": Chelsea made no deal with Celtic).
      const mutual: Arg[] = [];
      const places: Arg[] = [];
      for (const c of childrenWith(doc, n, "nmod")) {
        const prep = caseOf(doc, c);
        if (doc.deprel[c] === "nmod:poss" || !EVENT_PREPS.has(prep)) continue;
        // "its meeting in Qatar" places the event; only attacks and stakes take their target with "in".
        if (prep === "in" && !TARGET_IN.has(predicate)) {
          places.push(...argsOf(ctx, c).filter((a) => a.mention.type === "LOCATION"));
          continue;
        }
        const args = argsOf(ctx, c);
        parties.push(...args);
        if (prep === "between") mutual.push(...args);
        // "a strike on a military facility in the city of Dnipro": down through non-entity nouns.
        if (!mentionOf(ctx, c)) for (const m of nounModifiers(ctx, c, 2)) parties.push(...m.args);
      }
      const status = h >= 0 && isVerb(ctx, h) ? claimStatus(ctx, h, speakerOf(ctx)) : undefined;
      const emit = (a: Arg, b: Arg, p = predicate, tokens = [n, a.token, b.token]) => {
        if (a.mention.ref === b.mention.ref || b.mention.demonym) return;
        out.push({ source: a, target: b, predicate: p, family: "event-noun", tokens, status });
      };
      for (const a of agents) for (const b of parties) emit(a, b);
      for (const a of agents) for (const b of places) emit(a, b, snake(predicate, "in"), [n, b.token]);
      // "the call between ministers Lavrov and Gil": the parties with each other.
      if (!agents.length)
        for (let i = 0; i < mutual.length; i++) for (let j = i + 1; j < mutual.length; j++) emit(mutual[i], mutual[j]);
    }
    return out;
  },
};

export const TREE_FAMILIES: readonly TreeFamily[] = [
  verbal,
  role,
  modifier,
  based,
  eventNoun,
  home,
  placeChain,
  dateline,
];
