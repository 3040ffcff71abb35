/**
 * Types of the relation stage: the mentions a sentence offers (already resolved to entity references), the
 * candidates patterns produce, and the pattern registry's entry shape.
 */
import type { Sentence } from "../tokenize";
import type { EntityType } from "../../graph/types";

/** An entity mention, or a demonym standing for a country, inside one sentence. */
export interface RelMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Opaque reference to the entity (the pipeline maps it to an entity id). */
  ref: string;
  /** A demonym ("Russian"): may own a role or head a noun-phrase subject, never a plain subject or object. */
  demonym?: boolean;
  /** A news outlet: "X told Reuters" is attribution, not a relation. */
  media?: boolean;
}

/** One relation read from one sentence. */
export interface RelationCandidate {
  source: string;
  target: string;
  predicate: string;
  /** 0..1, this sentence alone. */
  confidence: number;
  /** Symmetric predicates (MET) are aggregated regardless of direction. */
  symmetric: boolean;
  /** Stated with a hedge or a modal ("allegedly", "may"): kept, with lower confidence. */
  hedged?: boolean;
  pattern: string;
  /** Stated as not so ("would not sign", "denied meeting"): kept, marked. */
  negated?: boolean;
  /** Reported speech: the speaker's entity reference ("X said Y met Z" → X). */
  attributedTo?: string;
  /** Pronouns and descriptions that stood for an endpoint ("he" → the entity), character offsets. */
  resolved?: { start: number; end: number; text: string; ref: string }[];
}

/** A sentence seen as a sequence of units: words, and mentions collapsed to one unit each. */
export type Unit =
  | { kind: "word"; text: string; lower: string; start: number; end: number }
  | { kind: "mention"; mention: RelMention; start: number; end: number };

export interface SentenceContext {
  sentence: Sentence;
  units: Unit[];
}

export interface RelationPattern {
  id: string;
  description: string;
  fn: (ctx: SentenceContext) => RelationCandidate[];
}

/** Entity types relations may connect (no DATE/MONEY/MISC endpoints). */
export const RELATABLE: ReadonlySet<EntityType> = new Set(["PERSON", "ORGANIZATION", "LOCATION", "EVENT"]);
