/**
 * Aggregation: identical (source, predicate, target) relations from all sentences and articles become one
 * Relation with all its evidence, the outlets that state it and a combined confidence (noisy-OR of the
 * sentences' confidences: more independent evidence, more confidence). Symmetric predicates are grouped
 * direction-free and stored in the direction most evidence uses. A negated statement ("would not sign") is its
 * own relation (negated: true, its own id), never merged into the asserted one.
 */
import { createHash } from "node:crypto";
import type { Evidence, Relation } from "../../graph/types";

export interface ResolvedCandidate {
  source: string;
  target: string;
  predicate: string;
  confidence: number;
  symmetric: boolean;
  evidence: Evidence;
  negated?: boolean;
}

export function relationId(source: string, predicate: string, target: string, negated = false): string {
  const key = `${source}|${negated ? "NOT:" : ""}${predicate}|${target}`;
  return "r-" + createHash("sha1").update(key).digest("hex").slice(0, 12);
}

function cmpEvidence(a: Evidence, b: Evidence): number {
  return a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start || a.end - b.end;
}

/** `outletOf` gives an article's outlet (Article.source) or null. */
export function aggregateRelations(
  candidates: readonly ResolvedCandidate[],
  outletOf: (articleId: string) => string | null,
): Relation[] {
  const groups = new Map<string, ResolvedCandidate[]>();
  for (const c of candidates) {
    if (c.source === c.target) continue;
    const [a, b] = c.symmetric && c.target < c.source ? [c.target, c.source] : [c.source, c.target];
    const key = `${c.symmetric ? "S" : "D"}|${c.negated ? "N" : "A"}|${c.predicate}|${a}|${b}`;
    const list = groups.get(key) ?? [];
    list.push(c);
    groups.set(key, list);
  }
  const relations: Relation[] = [];
  for (const list of groups.values()) {
    // Direction: most evidence; ties go to the direction of the earliest evidence.
    list.sort((x, y) => cmpEvidence(x.evidence, y.evidence));
    const counts = new Map<string, number>();
    for (const c of list) counts.set(`${c.source}|${c.target}`, (counts.get(`${c.source}|${c.target}`) ?? 0) + 1);
    let best = list[0];
    for (const c of list)
      if (counts.get(`${c.source}|${c.target}`)! > counts.get(`${best.source}|${best.target}`)!) best = c;
    const { source, target, predicate } = best;

    // One piece of evidence per sentence, with the best confidence any pattern gave it.
    const bySentence = new Map<string, ResolvedCandidate>();
    for (const c of list) {
      const k = `${c.evidence.articleId}|${c.evidence.start}|${c.evidence.end}`;
      const prev = bySentence.get(k);
      if (!prev || c.confidence > prev.confidence) bySentence.set(k, c);
    }
    const evidence = [...bySentence.values()].map((c) => c.evidence).sort(cmpEvidence);
    let miss = 1;
    for (const c of bySentence.values()) miss *= 1 - Math.min(0.95, Math.max(0, c.confidence));
    const confidence = Math.round(Math.min(0.99, 1 - miss) * 1000) / 1000;
    const sources = [
      ...new Set(
        evidence.map((e) => outletOf(e.articleId)).filter((s): s is string => typeof s === "string" && s.length > 0),
      ),
    ].sort();
    relations.push({
      id: relationId(source, predicate, target, best.negated === true),
      source,
      target,
      predicate,
      confidence,
      sources,
      evidence,
      ...(best.negated ? { negated: true as const } : {}),
    });
  }
  return relations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
