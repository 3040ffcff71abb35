/**
 * The tree extractor: relations read off the dependency parse of an article (lib/extract/syntax), with
 * in-article coreference (lib/extract/coref) standing in for pronouns and descriptions, claim status kept
 * (negated, hedged, reported by whom) and a confidence from the pattern family's prior, the parse margin on the
 * path, pronoun resolution and hedging. Entity-to-entity only: both ends are the pipeline's mentions.
 */
import type { Doc } from "../../syntax";
import type { Sentence } from "../../tokenize";
import { resolveCoreference } from "../../coref";
import type { SentenceCandidate } from "../index";
import type { RelMention } from "../types";
import { RELATABLE } from "../types";
import { extractRelations } from "../index";
import { buildContext } from "./context";
import { TREE_FAMILIES, type TreeCandidate, type TreeFamily } from "./families";
import { isSymmetric } from "./predicates";

export { TREE_FAMILIES, type TreeFamily } from "./families";
export { pastTense, canonicalPredicate, PREDICATE_SYNONYMS } from "./predicates";

/** Confidence multipliers (calibrated on the labelled BBC set: see docs/extraction.md). */
export const CONFIDENCE = {
  /** Parse margins at or above this count as certain; lower ones scale the confidence down to `lowMargin`. */
  sureMargin: 40,
  lowMargin: 0.8,
  pronoun: 0.85,
  hedged: 0.7,
  reported: 0.95,
};

function confidenceOf(c: TreeCandidate, family: TreeFamily, doc: Doc): number {
  let m = Infinity;
  for (const t of c.tokens) m = Math.min(m, doc.margin[t] ?? 0);
  if (c.status) m = Math.min(m, c.status.margin);
  const marginFactor = doc.parsed
    ? CONFIDENCE.lowMargin + (1 - CONFIDENCE.lowMargin) * Math.min(1, Math.max(0, m) / CONFIDENCE.sureMargin)
    : 1;
  let conf = family.prior * marginFactor;
  if (c.source.via || c.target.via) conf *= CONFIDENCE.pronoun;
  if (c.status?.hedged) conf *= CONFIDENCE.hedged;
  if (c.status?.attributedTo) conf *= CONFIDENCE.reported;
  return Math.round(conf * 1000) / 1000;
}

/** Relation candidates of one parsed article; `sentences` are the pipeline's, for the evidence. */
export function extractTreeRelations(
  doc: Doc,
  sentences: readonly Sentence[],
  mentions: readonly RelMention[],
  families: readonly TreeFamily[] = TREE_FAMILIES,
): SentenceCandidate[] {
  const people = mentions.filter((m) => !m.demonym);
  const antecedents = resolveCoreference(
    doc,
    people.map((m) => ({ start: m.start, end: m.end, type: m.type, ref: m.ref, name: m.text })),
  );
  const ctx = buildContext(doc, mentions, antecedents);
  const best = new Map<string, SentenceCandidate>();
  for (const family of families) {
    for (const c of family.fn(ctx)) {
      const s = c.source.mention;
      const t = c.target.mention;
      if (
        s.ref === t.ref ||
        !RELATABLE.has(s.type) ||
        !RELATABLE.has(t.type) ||
        ((s.media || t.media) && !family.relatesOutlets)
      )
        continue;
      const at = doc.start[c.source.token];
      const sentence = sentences.find((x) => x.start <= at && at < x.end);
      if (!sentence) continue;
      const resolved = [c.source.via, c.target.via]
        .filter((v) => v !== undefined)
        .map((v) => ({ start: v.start, end: v.end, text: v.text, ref: v.ref }));
      const cand: SentenceCandidate = {
        source: s.ref,
        target: t.ref,
        predicate: c.predicate,
        confidence: confidenceOf(c, family, doc),
        symmetric: isSymmetric(c.predicate),
        pattern: c.family,
        sentence,
        ...(c.status?.hedged ? { hedged: true } : {}),
        ...(c.status?.negated ? { negated: true } : {}),
        ...(c.status?.attributedTo ? { attributedTo: c.status.attributedTo.mention.ref } : {}),
        ...(resolved.length ? { resolved } : {}),
      };
      const key = `${sentence.start}|${s.ref}|${c.predicate}|${t.ref}|${cand.negated ? 1 : 0}`;
      const prev = best.get(key);
      if (!prev || cand.confidence > prev.confidence) best.set(key, cand);
    }
  }
  // The word-sequence role patterns still read titles the parser gets wrong ("BA's chief executive" tagged as
  // an adjective): a second opinion for the role family only, never for verbs (they would assert negations).
  for (const c of extractRelations(sentences, mentions)) {
    if (!c.pattern.startsWith("role-")) continue;
    const key = `${c.sentence.start}|${c.source}|${c.predicate}|${c.target}|0`;
    if (!best.has(key)) best.set(key, { ...c, confidence: Math.min(c.confidence, LEGACY_ROLE_CONFIDENCE) });
  }
  return [...best.values()];
}

/** Confidence of a role read only by the word-sequence patterns (calibrated with the tree families). */
const LEGACY_ROLE_CONFIDENCE = 0.85;
