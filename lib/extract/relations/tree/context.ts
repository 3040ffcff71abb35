/**
 * The view of one parsed article that the tree pattern families share: which tokens belong to which entity
 * mention, which pronouns and descriptions coreference resolved, and helpers to walk the dependency tree from a
 * token to the entities it denotes (through conjunctions, appositions and "a district of Y"), and to read a
 * predicate's claim status (negated, hedged, reported by whom).
 */
import type { Doc } from "../../syntax";
import type { Antecedent } from "../../coref";
import type { RelMention } from "../types";
import { isHonorific, isRoleHead } from "../../gazetteer/titles";
import { HEDGE_ADVERBS, HEDGE_AUX, HEDGING_HEADS, NEGATING_VERBS, POSSIBILITY_NOUNS, SPEECH_VERBS } from "./predicates";

/** An entity an argument position denotes, and how it was reached. */
export interface Arg {
  mention: RelMention;
  /** Head token of the mention (or the pronoun / description standing for it). */
  token: number;
  /** Set when the argument is a pronoun or a definite description resolved by coreference. */
  via?: Antecedent;
}

export interface TreeContext {
  doc: Doc;
  mentions: readonly RelMention[];
  /** mention index per token, -1 outside mentions */
  mentionAt: Int32Array;
  /** resolved pronoun / description per head token */
  antecedents: Map<number, Antecedent>;
  /** a mention for each entity ref (the first), to stand for a resolved pronoun */
  byRef: Map<string, RelMention>;
  /** People named with a role noun ("the ambassador, Einat Kranz Neiger"), by the role's lemma, in text order. */
  namedRoles: Map<string, { sentence: number; mention: RelMention }[]>;
}

export function buildContext(
  doc: Doc,
  mentions: readonly RelMention[],
  antecedents: readonly Antecedent[],
): TreeContext {
  const mentionAt = new Int32Array(doc.length).fill(-1);
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  sorted.forEach((m, k) => {
    const span = doc.charSpan(m.start, m.end);
    if (!span) return;
    for (let i = span.start; i < span.end; i++) if (mentionAt[i] < 0) mentionAt[i] = k;
  });
  const byRef = new Map<string, RelMention>();
  for (const m of sorted) if (!byRef.has(m.ref)) byRef.set(m.ref, m);
  const ctx: TreeContext = {
    doc,
    mentions: sorted,
    mentionAt,
    antecedents: new Map(antecedents.map((a) => [a.token, a])),
    byRef,
    namedRoles: new Map(),
  };
  if (doc.parsed) collectNamedRoles(ctx);
  return ctx;
}

/** "the ambassador, X" (apposition, or a comma and a name after the noun) and "ambassador X" (a modifier of the name). */
function collectNamedRoles(ctx: TreeContext): void {
  const { doc } = ctx;
  const add = (role: number, person: RelMention) => {
    const lemma = lemmaOf(doc, role);
    const list = ctx.namedRoles.get(lemma) ?? [];
    list.push({ sentence: doc.sentenceOf(role), mention: person });
    ctx.namedRoles.set(lemma, list);
  };
  for (let i = 0; i < doc.length; i++) {
    if (ctx.mentionAt[i] >= 0 || doc.upos[i] !== "NOUN" || !isRoleHead(doc.form[i])) continue;
    const h = doc.head[i];
    const viaHead = h > i && ["compound", "nmod:desc", "flat"].includes(doc.deprel[i]) ? mentionOf(ctx, h) : undefined;
    const person =
      childrenWith(doc, i, "appos")
        .map((c) => mentionOf(ctx, c))
        .find((m) => m?.type === "PERSON") ?? (viaHead?.type === "PERSON" ? viaHead : undefined);
    // The same read off the words, for a parse that hangs the name elsewhere: "the ambassador, X,".
    const next = i + 2 < doc.length && doc.form[i + 1] === "," ? mentionOf(ctx, i + 2) : undefined;
    const surface = next?.type === "PERSON" && doc.sentenceOf(i + 2) === doc.sentenceOf(i) ? next : undefined;
    if (person ?? surface) add(i, (person ?? surface)!);
  }
}

/** How many sentences after an unnamed role noun its name may come ("… Israel's ambassador … the ambassador, X"). */
const NAMED_LATER_WINDOW = 2;

/**
 * The person an unnamed role noun stands for when the article names someone with that role soon after: "plotted
 * to assassinate Israel's ambassador to Mexico … the plot against the ambassador, Einat Kranz Neiger". Only when
 * exactly one person is so named in the window, so two ambassadors never blur.
 */
export function namedLater(ctx: TreeContext, noun: number): Arg | undefined {
  const { doc } = ctx;
  const s = doc.sentenceOf(noun);
  const found = (ctx.namedRoles.get(lemmaOf(doc, noun)) ?? []).filter(
    (e) => e.sentence > s && e.sentence <= s + NAMED_LATER_WINDOW,
  );
  const refs = new Set(found.map((e) => e.mention.ref));
  if (refs.size !== 1) return undefined;
  const mention = found[0].mention;
  const via: Antecedent = {
    token: noun,
    start: doc.start[noun],
    end: doc.end[noun],
    text: doc.form[noun],
    ref: mention.ref,
    sieve: "role",
  };
  return { mention, token: noun, via };
}

export const lemmaOf = (doc: Doc, i: number): string => (doc.lemma[i] || doc.form[i]).toLowerCase();

export function childrenWith(doc: Doc, i: number, ...rels: string[]): number[] {
  return doc.children(i).filter((c) => rels.some((r) => doc.deprel[c] === r || doc.deprel[c].startsWith(r + ":")));
}

/** The preposition of an obl/nmod dependent ("with" of "with Yvan Gil"), "" when none. */
export function caseOf(doc: Doc, i: number): string {
  // "writes Mr Peston": a title the tagger read as a preposition introduces nothing.
  const prep = (k: number) =>
    doc
      .children(k)
      .filter((c) => doc.deprel[c] === "case" && c < k && doc.upos[c] === "ADP" && !isHonorific(doc.form[c]));
  let c = prep(i);
  // "with Venezuela's foreign minister Yvan Gil": the preposition may hang on a modifier before the name.
  if (!c.length) for (const k of doc.children(i)) if (k < i && !c.length) c = prep(k);
  const words = c.map((k) => lemmaOf(doc, k)).filter((w) => /^[a-z]+$/.test(w));
  // Multiword prepositions stay whole ("according to", "because of"); stray words before a preposition do not.
  return MULTIWORD_PREPS.has(words.join("_")) ? words.join("_") : (words[words.length - 1] ?? "");
}

const MULTIWORD_PREPS = new Set([
  "according_to",
  "because_of",
  "out_of",
  "ahead_of",
  "instead_of",
  "due_to",
  "next_to",
]);

/** The mention whose tokens include i, if i is that mention's syntactic head (its root inside the span). */
export function mentionHeadedBy(ctx: TreeContext, i: number): RelMention | undefined {
  const k = ctx.mentionAt[i];
  if (k < 0) return undefined;
  const h = ctx.doc.head[i];
  if (h >= 0 && ctx.mentionAt[h] === k) return undefined;
  return ctx.mentions[k];
}

/** The mention i belongs to (any token of it). */
export function mentionOf(ctx: TreeContext, i: number): RelMention | undefined {
  const k = ctx.mentionAt[i];
  return k >= 0 ? ctx.mentions[k] : undefined;
}

/**
 * Entities a token denotes as an argument: its mention, or the entity coreference gave it; a role noun with a
 * person in apposition or as a name after it ("foreign minister Yvan Gil" parsed with "minister" as head);
 * and the same for each conjunct ("Moscow and Tehran"). News outlets only with `outlets` (an employer: "CBS
 * anchorman Dan Rather"); elsewhere "X told Reuters" is attribution.
 */
export function argsOf(ctx: TreeContext, i: number, depth = 0, outlets = false): Arg[] {
  const { doc } = ctx;
  const out: Arg[] = [];
  const m = mentionOf(ctx, i);
  const holder = m && m.type !== "PERSON" ? titleHolder(ctx, i, m) : undefined;
  if (holder !== undefined) out.push(...argsOf(ctx, holder, depth + 1, outlets));
  else if (m && (outlets || !m.media)) out.push({ mention: m, token: i });
  else if (!m) {
    const a = ctx.antecedents.get(i);
    const target = a ? ctx.byRef.get(a.ref) : undefined;
    if (a?.group) {
      // "the pair": each person it stands for, the evidence marking the phrase for each.
      for (const r of a.group) {
        const m = ctx.byRef.get(r);
        if (m) out.push({ mention: m, token: i, via: { ...a, ref: r } });
      }
    } else if (a && target) out.push({ mention: target, token: i, via: a });
    else if (depth < 2 && isPartitive(doc, i)) {
      // "bought 100% of Baikal Finance Group", "a third of Seagram": the part stands for the whole.
      for (const c of childrenWith(doc, i, "nmod"))
        if (["of", "in"].includes(caseOf(doc, c))) out.push(...argsOf(ctx, c, depth + 1, outlets));
    } else if (doc.upos[i] === "NOUN" || doc.upos[i] === "PROPN") {
      for (const c of childrenWith(doc, i, "appos", "flat", "compound")) {
        const cm = mentionOf(ctx, c);
        if (cm && cm.type === "PERSON" && c > i) {
          out.push(...argsOf(ctx, c, depth + 1));
          break;
        }
      }
    }
  }
  if (depth < 4) for (const c of conjunctsOfPhrase(ctx, i)) out.push(...argsOf(ctx, c, depth + 1, outlets));
  return out;
}

/**
 * Conjuncts of token i, and for a name those hung on any of its words: "Tony Blair and Chancellor Gordon Brown"
 * is often parsed with the second name under "Blair", not under the name's head "Tony".
 */
function conjunctsOfPhrase(ctx: TreeContext, i: number): number[] {
  const k = ctx.mentionAt[i];
  if (k < 0) return conjuncts(ctx.doc, i);
  let first = i;
  while (first > 0 && ctx.mentionAt[first - 1] === k) first--;
  const out: number[] = [];
  for (let t = first; t < ctx.doc.length && ctx.mentionAt[t] === k; t++)
    for (const c of conjuncts(ctx.doc, t)) if (ctx.mentionAt[c] !== k) out.push(c);
  return out;
}

/** Nouns of a share of something: a percentage, a fraction (a "stake in" is a light noun of the verb). */
const PARTITIVE_NOUNS = new Set(
  "% percent per cent third thirds half quarter quarters fifth two-thirds three-quarters majority".split(" "),
);

function isPartitive(doc: Doc, i: number): boolean {
  return (
    PARTITIVE_NOUNS.has((doc.lemma[i] || doc.form[i]).toLowerCase()) || PARTITIVE_NOUNS.has(doc.form[i].toLowerCase())
  );
}

/**
 * "Illinois Gov. James Thompson" parsed as one flat name headed by "Illinois": the person at the right end of a
 * flat or compound chain is the phrase's referent (an English compound ends in its head), the owner before the
 * title only modifies it. The token of that person, or undefined.
 */
function titleHolder(ctx: TreeContext, i: number, m: RelMention): number | undefined {
  const { doc } = ctx;
  let at = i;
  for (let step = 0; step < 5; step++) {
    const next = childrenWith(doc, at, "flat", "compound").filter((c) => c > at);
    if (next.length === 0) return undefined;
    at = next[next.length - 1];
    const cm = mentionOf(ctx, at);
    if (cm && cm !== m) return cm.type === "PERSON" ? at : undefined;
  }
  return undefined;
}

/**
 * Conjuncts of a token: its conj dependents, and a list or appos dependent whose phrase opens with a coordinator
 * ("Putin and Iranian President Raisi", where the parser may label the second name list or appos).
 */
function conjuncts(doc: Doc, i: number): number[] {
  return doc.children(i).filter((c) => {
    const rel = doc.deprel[c].split(":")[0];
    if (rel === "conj") return true;
    if (rel !== "list" && rel !== "appos") return false;
    return doc.upos[phraseStart(doc, c)] === "CCONJ";
  });
}

/** The first token of the phrase headed by i: down its leftmost dependents while they come before it. */
export function phraseStart(doc: Doc, i: number): number {
  let first = i;
  for (let k = doc.children(first); k.length && k[0] < first; k = doc.children(first)) first = k[0];
  return first;
}

/**
 * Arguments reached through a non-entity noun: "struck a district of Dnipro", "the plot against the
 * ambassador". Returns [preposition, args] per nmod dependent. With `levels` > 1 a dependent that is itself a
 * non-entity noun is followed further ("a facility in the city of Dnipro": the parser may hang "in the city" on
 * the facility or on the word above it); the preposition is then that of the dependent of `noun`.
 */
export function nounModifiers(ctx: TreeContext, noun: number, levels = 1): { prep: string; args: Arg[] }[] {
  const out: { prep: string; args: Arg[] }[] = [];
  for (const c of childrenWith(ctx.doc, noun, "nmod")) {
    if (ctx.doc.deprel[c] === "nmod:poss" || ctx.doc.deprel[c] === "nmod:tmod") continue;
    const args = argsOf(ctx, c);
    if (!args.length && levels > 1 && !mentionOf(ctx, c))
      for (const m of nounModifiers(ctx, c, levels - 1)) args.push(...m.args);
    if (args.length) out.push({ prep: caseOf(ctx.doc, c), args });
  }
  return out;
}

export interface ClaimStatus {
  negated: boolean;
  hedged: boolean;
  /** The speaker of reported speech ("X said Y met Z" → X). */
  attributedTo?: Arg;
  /** The lowest parse margin on the path that produced the relation. */
  margin: number;
}

function isNegator(doc: Doc, c: number): boolean {
  const l = lemmaOf(doc, c);
  return (doc.deprel[c] === "advmod" || doc.deprel[c] === "neg") && (l === "not" || l === "n't" || l === "never");
}

/**
 * Claim status of a predicate: a negation on it or on a verb it complements ("would not sign", "did not meet",
 * "denied meeting"), a hedge (modal, "allegedly", "is expected to"), and the speaker when it is the complement of a
 * verb of saying.
 */
export function claimStatus(ctx: TreeContext, verb: number, speakerOf: (v: number) => Arg | undefined): ClaimStatus {
  const { doc } = ctx;
  let negated = false;
  let hedged = false;
  let attributedTo: Arg | undefined;
  let margin = doc.margin[verb] || 0;
  let v = verb;
  for (let hops = 0; hops < 4 && v >= 0; hops++) {
    for (const c of doc.children(v)) {
      if (isNegator(doc, c)) negated = !negated;
      const l = lemmaOf(doc, c);
      // "changed her name without consulting her": a clause "without" marks did not happen.
      if (doc.deprel[c] === "mark" && l === "without") negated = !negated;
      if (doc.deprel[c] === "aux" && HEDGE_AUX.has(l)) hedged = true;
      if (doc.deprel[c] === "advmod" && HEDGE_ADVERBS.has(l)) hedged = true;
    }
    const rel = doc.deprel[v];
    const h = doc.head[v];
    if (h < 0) break;
    const hl = lemmaOf(doc, h);
    if (rel === "xcomp" || rel === "ccomp" || rel === "csubj") {
      if (NEGATING_VERBS.has(hl)) negated = !negated;
      if (HEDGING_HEADS.has(hl)) hedged = true;
    }
    // "the right to sell the stake to GM", "a plan to buy X": an act a noun only makes possible.
    if (rel === "acl" && doc.upos[h] === "NOUN" && POSSIBILITY_NOUNS.has(hl)) hedged = true;
    if ((rel === "ccomp" || rel === "parataxis") && SPEECH_VERBS.has(hl)) {
      attributedTo = speakerOf(h);
      break;
    }
    if (rel !== "xcomp" && rel !== "conj") break;
    margin = Math.min(margin, doc.margin[v] || margin);
    v = h;
  }
  return { negated, hedged, attributedTo, margin };
}
