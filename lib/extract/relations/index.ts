/**
 * Relation extraction entry: runs every registered pattern over every sentence of an article and returns the
 * candidates with their evidence sentence. Aggregation across articles lives in ./aggregate.
 */
import type { Sentence } from "../tokenize";
import { RELATION_PATTERNS } from "./registry";
import { nameUnnamedObject, UNNAMED } from "./actions";
import type { RelationCandidate, RelMention, Unit } from "./types";
import { buildUnits } from "./units";

export { RELATION_PATTERNS } from "./registry";
export { aggregateRelations, relationId, type ResolvedCandidate } from "./aggregate";
export { matchVerb, VERBS } from "./verbs";
export type { RelationCandidate, RelMention, RelationPattern } from "./types";

export interface SentenceCandidate extends RelationCandidate {
  sentence: Sentence;
}

/** Candidates from all sentences of one article; mentions may be in any order. */
export function extractRelations(sentences: readonly Sentence[], mentions: readonly RelMention[]): SentenceCandidate[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SentenceCandidate[] = [];
  let from = 0;
  const unitsOf: Unit[][] = [];
  const pending: { candidate: SentenceCandidate; index: number }[] = [];
  sentences.forEach((sentence, index) => {
    while (from < sorted.length && sorted[from].end <= sentence.start) from++;
    const inside: RelMention[] = [];
    for (let i = from; i < sorted.length && sorted[i].start < sentence.end; i++) inside.push(sorted[i]);
    const ctx = { sentence, units: buildUnits(sentence, inside) };
    unitsOf.push(ctx.units);
    if (inside.length === 0) return;
    const seen = new Set<string>();
    for (const pattern of RELATION_PATTERNS) {
      for (const c of pattern.fn(ctx)) {
        const k = `${c.source}|${c.predicate}|${c.target}`;
        if (seen.has(k)) continue;
        seen.add(k);
        if (c.target === UNNAMED) pending.push({ candidate: { ...c, sentence }, index });
        else out.push({ ...c, sentence });
      }
    }
  });
  // Objects described in one sentence and named in a following one.
  for (const { candidate, index } of pending) {
    const named = nameUnnamedObject(unitsOf.slice(index + 1, index + 3));
    if (named && named.ref !== candidate.source) out.push({ ...candidate, target: named.ref });
  }
  return out;
}
