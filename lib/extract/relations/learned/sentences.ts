/** Maps the pipeline's sentences onto the Doc's sentence indices (they share character offsets). */
import type { Doc } from "../../syntax";
import type { Sentence } from "../../tokenize";

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
