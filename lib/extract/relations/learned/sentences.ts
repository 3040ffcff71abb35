/** Maps the pipeline's sentences onto the Doc's sentence indices (they share character offsets). */
import type { Doc } from "../../syntax";
import type { Sentence } from "../../tokenize";
import type { RelMention } from "../types";
import { placeMentions, type PlacedMention } from "./features";

/** Doc sentence index of a pipeline sentence, or -1. */
export function docSentenceOf(doc: Doc, sentence: Sentence): number {
  const span = doc.charSpan(sentence.start, sentence.end);
  return span ? doc.sentenceOf(span.start) : -1;
}

/** The pipeline's sentences keyed by their Doc sentence index, for the rules that walk the Doc. */
export function sentencesByDocIndex(doc: Doc, sentences: readonly Sentence[]): Map<number, Sentence> {
  const out = new Map<number, Sentence>();
  for (const s of sentences) out.set(docSentenceOf(doc, s), s);
  return out;
}

/** What a token-sequence rule sees of one sentence: the mentions starting and ending at each token. */
export interface RuleCtx {
  doc: Doc;
  startingAt: Map<number, PlacedMention>;
  endingAt: Map<number, PlacedMention>;
  sentence: (s: number) => Sentence | undefined;
}

/**
 * The Doc sentences holding at least two of `mentions` (a relation needs two), each with its mentions in order
 * and the context the description and noun-compound rules read.
 */
export function sentencesWithPairs(
  doc: Doc,
  sentences: readonly Sentence[],
  mentions: readonly RelMention[],
): { s: number; inside: PlacedMention[]; c: RuleCtx }[] {
  const bySentence = sentencesByDocIndex(doc, sentences);
  const groups = new Map<number, PlacedMention[]>();
  for (const p of placeMentions(doc, mentions)) {
    const g = groups.get(p.sentence);
    if (g) g.push(p);
    else groups.set(p.sentence, [p]);
  }
  const out: { s: number; inside: PlacedMention[]; c: RuleCtx }[] = [];
  for (const [s, inside] of groups) {
    if (inside.length < 2) continue;
    const c: RuleCtx = {
      doc,
      startingAt: new Map(inside.map((p) => [p.first, p])),
      endingAt: new Map(inside.map((p) => [p.last, p])),
      sentence: (k) => bySentence.get(k),
    };
    out.push({ s, inside, c });
  }
  return out;
}
