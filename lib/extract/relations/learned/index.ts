/**
 * The hybrid extractor: the tree rules (../tree) plus a learned classifier over candidate entity pairs of each
 * sentence (./features, ./model). The classifier decides the five families the tree rules cover only in part
 * (works for / member of, from / lives in, based in, located in, killed); open verbal predicates stay the tree's.
 * A pair only the classifier finds is kept when its calibrated probability reaches the threshold chosen on
 * the training folds (and at least 0.5), with that probability as confidence. The probability already counts
 * what the tree rules said about the pair (a feature); for a tree relation of these families it can raise the
 * tree's confidence, never lower it. Other tree relations keep the tree's confidence. Pure once the model
 * is loaded.
 */
import type { Doc } from "../../syntax";
import type { Sentence } from "../../tokenize";
import type { SentenceCandidate } from "../index";
import type { RelMention } from "../types";
import { extractTreeRelations } from "../tree";
import { isKillingPredicate } from "../killing";
import {
  isPossessive,
  pairCandidates,
  placeMentions,
  voteKey,
  type PairCandidate,
  type PairKind,
  type PlacedMention,
  type TreeVotes,
} from "./features";
import { docSentenceOf, sentencesByDocIndex } from "./sentences";
import { originRelations } from "./origin";
import { isListRow, parentheticalRelations } from "./parenthetical";
import { descriptionRelations } from "./descriptions";
import { compoundRelations } from "./name-compounds";
import { impliedOwnerRelations } from "./implied-owner";
import { calibrate, loadRelationModel, scoreFeatures, type RelationModel } from "./model";

export { docSentenceOf } from "./sentences";
export { pairCandidates, pairKind, type PairCandidate, type PairKind } from "./features";
export { calibrate, fitIsotonic, loadRelationModel, type RelationModel, type RelationModelFile } from "./model";

/** Tree votes per ordered pair and sentence: the pattern ids that asserted it. */
export function treeVotes(doc: Doc, tree: readonly SentenceCandidate[]): TreeVotes {
  const votes: TreeVotes = new Map();
  for (const c of tree) {
    if (c.negated) continue;
    const k = voteKey(docSentenceOf(doc, c.sentence), c.source, c.target);
    const list = votes.get(k) ?? [];
    if (!list.includes(c.pattern)) list.push(c.pattern);
    votes.set(k, list);
  }
  return votes;
}

/**
 * Tree relations whose predicate states one of the classifier's families: roles, memberships, places, origins
 * and killings. Their confidence becomes the classifier's; any other verbal predicate keeps the tree's.
 */
function statesKind(c: SentenceCandidate, kind: PairKind): boolean {
  if (kind === "KILL") return isKillingPredicate(c.predicate);
  if (!c.pattern.startsWith("verbal")) return true;
  return /(?:^|_)(?:IN|OF|AT|FOR|FROM)$/.test(c.predicate) || c.predicate === "JOINED";
}

/** The predicate a classifier-only relation gets. */
function kindPredicate(p: PairCandidate): string {
  switch (p.kind) {
    case "WORK":
      return "WORKS_FOR";
    case "LIVE":
      return p.target.mention.demonym ? "FROM" : "LIVES_IN";
    case "BASED":
      return "BASED_IN";
    case "LOCATED":
      return "LOCATED_IN";
    case "KILL":
      return "KILLED";
  }
}

/**
 * A pair only the classifier finds is asserted when it is more likely related than not, with a margin, even where
 * the F1-best threshold of the training folds is lower: the folds are CoNLL04 news of 1990, the extractor reads
 * current news. At 0.5 the model retrained in s10 added 281 pairs in [0.5, 0.55) over the BBC corpus, mostly
 * film and book titles the NER typed as places ("Jean Valentine LIVES_IN Door"); 0.55 drops them (labelled BBC
 * set P/R 0.841/0.608 → 0.858/0.615 with the other s10 rules).
 */
export const MIN_LEARNED_PROBABILITY = 0.55;
/**
 * ... and when the two heads are at most this many dependency arcs apart: a relation the sentence states
 * locally ("Ohio's West Branch", "Smith of Acme", "born in Y"), not two names at the ends of a quote.
 */
export const MAX_LEARNED_PATH = 4;

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The rules' relations: the tree families, plus the origins and descriptions the parse missed (./origin,
 * ./descriptions; they vote like the tree's).
 */
export function ruleRelations(
  doc: Doc,
  sentences: readonly Sentence[],
  mentions: readonly RelMention[],
): SentenceCandidate[] {
  const tree = extractTreeRelations(doc, sentences, mentions);
  const keys = new Set(tree.map((c) => `${c.sentence.start}|${c.source}|${c.target}`));
  for (const c of [
    ...originRelations(doc, sentences, mentions),
    ...descriptionRelations(doc, sentences, mentions),
    ...compoundRelations(doc, sentences, mentions),
    ...parentheticalRelations(doc, sentences, mentions),
  ]) {
    const k = `${c.sentence.start}|${c.source}|${c.target}`;
    if (keys.has(k)) continue;
    keys.add(k);
    tree.push(c);
  }
  // Titles without an owner last: they defer to any owner the rules above found (./implied-owner).
  for (const c of impliedOwnerRelations(doc, sentences, mentions, tree))
    if (!keys.has(`${c.sentence.start}|${c.source}|${c.target}`)) tree.push(c);
  return tree;
}

export function extractHybridRelations(
  doc: Doc,
  sentences: readonly Sentence[],
  mentions: readonly RelMention[],
  model: RelationModel = loadRelationModel(),
): SentenceCandidate[] {
  const tree = ruleRelations(doc, sentences, mentions);
  const votes = treeVotes(doc, tree);
  const bySentence = sentencesByDocIndex(doc, sentences);
  // Best probability per ordered pair of refs in a sentence (an entity may be named twice in one sentence).
  const best = new Map<string, { p: number; cand: PairCandidate }>();
  for (const cand of pairCandidates(doc, mentions, votes)) {
    const p = calibrate(model.calibration, scoreFeatures(model, cand.features));
    const k = voteKey(cand.source.sentence, cand.source.mention.ref, cand.target.mention.ref);
    const prev = best.get(k);
    if (!prev || p > prev.p) best.set(k, { p, cand });
  }
  const out: SentenceCandidate[] = [];
  const covered = new Set<string>();
  const listRows = new Map<number, boolean>();
  const listRow = (s: number): boolean => {
    let v = listRows.get(s);
    if (v === undefined) listRows.set(s, (v = isListRow(doc, s)));
    return v;
  };
  for (const c of tree) {
    const k = voteKey(docSentenceOf(doc, c.sentence), c.source, c.target);
    const scored = best.get(k);
    if (scored && !c.negated && statesKind(c, scored.cand.kind)) {
      // The classifier saw this tree vote as a feature; a high probability raises the tree's confidence. A low one
      // does not lower it: CoNLL04 has few of the titles and roles of current news ("Kremlin spokesman X").
      covered.add(k);
      out.push({ ...c, confidence: round(Math.max(c.confidence, scored.p)) });
    } else out.push(c);
  }
  let lists: NameLists | undefined;
  for (const [k, { p, cand }] of best) {
    if (covered.has(k) || p < Math.max(model.threshold, MIN_LEARNED_PROBABILITY)) continue;
    // A pair the tree rules already relate in this sentence keeps their reading ("Pires scored against Fulham",
    // "Hanks will play Robert Langdon"): a second, generic kind from the classifier is then mostly wrong.
    const back = voteKey(cand.source.sentence, cand.target.mention.ref, cand.source.mention.ref);
    if (votes.has(k) || votes.has(back)) continue;
    if (cand.pathLength > MAX_LEARNED_PATH) continue;
    // "C Paterson (Scotland), B Cohen (England), …": in a list of names only a name's own bracket speaks for it
    // (./parenthetical); the classifier would pair names with their neighbours' countries.
    if (listRow(cand.source.sentence)) continue;
    // "West Brom v Tottenham": opponents in a fixture, neither based in nor part of the other.
    if (facedEachOther(doc, cand.source, cand.target)) continue;
    // Containment is one-way: a place or organisation is not in a place the classifier puts inside it more
    // likely (the rules' reverse reading is a tree vote, above: "Saqqez, in Iran's western Kurdistan province"
    // gives Kurdistan in Iran, never Iran in Kurdistan).
    if ((cand.kind === "LOCATED" || cand.kind === "BASED") && (best.get(back)?.p ?? 0) > p) continue;
    // "at the Kremlin Iran's President X": a place written as the owner of what follows it relates to that, not
    // to the name just before it.
    if (cand.source.last === cand.target.first && isPossessive(doc, cand.target.last)) continue;
    // "beat Dizzee Rascal, Jamelia, Lemar and The Streets", "Dell, LG, Samsung": neighbours in a list of names.
    lists ??= new NameLists(doc, placeMentions(doc, mentions));
    if (lists.neighbours(cand.source, cand.target)) continue;
    const sentence = bySentence.get(cand.source.sentence);
    if (!sentence) continue;
    out.push({
      source: cand.source.mention.ref,
      target: cand.target.mention.ref,
      predicate: kindPredicate(cand),
      confidence: round(p),
      symmetric: false,
      pattern: `learned-${cand.kind.toLowerCase()}`,
      sentence,
    });
  }
  return out;
}

const LIST_JOINERS = new Set([",", "and", "or", "&", ";", "the"]);

/**
 * Names in a list: two names are neighbours when only commas and coordinators stand between them and a third
 * name continues the list the same way, before or after them. Neighbours are items of one enumeration, not in
 * a relation ("Paris, France" has no third name and stays a candidate).
 */
class NameLists {
  private readonly endingAt = new Map<number, PlacedMention>();
  private readonly startingAt = new Map<number, PlacedMention>();
  constructor(
    private readonly doc: Doc,
    placed: readonly PlacedMention[],
  ) {
    for (const p of placed) {
      this.endingAt.set(p.last, p);
      this.startingAt.set(p.first, p);
    }
  }

  /** The name joined to token range [first, last) from the left ("X, " before it), if any. */
  private joinedBefore(first: number): PlacedMention | undefined {
    let i = first - 1;
    while (i >= 0 && LIST_JOINERS.has(this.doc.form[i].toLowerCase())) i--;
    return i < first - 1 ? this.endingAt.get(i + 1) : undefined;
  }

  private joinedAfter(last: number): PlacedMention | undefined {
    let i = last;
    while (i < this.doc.length && LIST_JOINERS.has(this.doc.form[i].toLowerCase())) i++;
    return i > last ? this.startingAt.get(i) : undefined;
  }

  neighbours(a: PlacedMention, b: PlacedMention): boolean {
    const [x, y] = a.first < b.first ? [a, b] : [b, a];
    if (this.joinedAfter(x.last)?.first !== y.first) return false;
    return this.joinedBefore(x.first) !== undefined || this.joinedAfter(y.last) !== undefined;
  }
}

/** Words that set two sides of a match against each other ("Chelsea v Arsenal", "Federer vs. Nadal"). */
const VERSUS = new Set(["v", "v.", "vs", "vs.", "versus"]);

/** Whether a fixture word stands between the two mentions. */
function facedEachOther(doc: Doc, a: PlacedMention, b: PlacedMention): boolean {
  const [from, to] = a.last <= b.first ? [a.last, b.first] : [b.last, a.first];
  for (let i = from; i < to; i++) if (VERSUS.has(doc.form[i].toLowerCase())) return true;
  return false;
}
