/**
 * The stored graph model, in one place: node labels, relationship types, property conventions and the
 * whitelists that let labels and relationship types (which Cypher cannot take as parameters) enter query text
 * safely. Readers (queries, console, docs) rely on this shape; see docs/store.md for the diagram.
 *
 *   (:Article {id, title, source, date: Neo4j DATE or null, files, text, captions})
 *   (:Entity:<TypeLabel> {id, name, type: "PERSON"…, aliases, aliasesText, mentionCount})
 *   (:Article)-[:MENTIONS {count, starts: [int], ends: [int]}]->(:Entity)
 *   (:Entity)-[:<PREDICATE> {id, predicate, confidence, sources, evidenceCount}]->(:Entity)
 *   (:Statement {id, relationId, predicate, sentence, start, end, articleId})
 *       -[:IN_ARTICLE]->(:Article), -[:SUBJECT]->(source :Entity), -[:OBJECT]->(target :Entity)
 */
import { createHash } from "node:crypto";
import type { EntityType } from "../graph/types";

/** Entity type → its extra node label. Fixed whitelist: the only label strings that ever reach query text. */
export const ENTITY_LABELS = {
  PERSON: "Person",
  ORGANIZATION: "Organization",
  LOCATION: "Location",
  EVENT: "Event",
  DATE: "Date",
  MONEY: "Money",
  MISC: "Misc",
} as const satisfies Record<EntityType, string>;

export type EntityLabel = (typeof ENTITY_LABELS)[EntityType];

/** Relationship types the store itself uses (never entity–entity relations, which all carry `predicate`). */
export const STRUCTURAL_TYPES = ["MENTIONS", "IN_ARTICLE", "SUBJECT", "OBJECT"] as const;

/** A relation predicate must match this to become a relationship type (it is also the graph.json rule + length). */
export const PREDICATE_PATTERN = /^[A-Z][A-Z0-9_]{0,63}$/;

export function isValidPredicate(predicate: string): boolean {
  return PREDICATE_PATTERN.test(predicate);
}

/** Separator of Entity.aliasesText (full-text indexes cannot index list properties, so aliases are joined). */
export const ALIASES_SEPARATOR = " | ";

/**
 * Statement id: a hash of where the evidence is, so loading the same evidence twice MERGEs onto the same node.
 */
export function statementId(relationId: string, articleId: string, start: number, end: number): string {
  const digest = createHash("sha1").update(`${relationId}\u0000${articleId}\u0000${start}\u0000${end}`).digest("hex");
  return `stmt:${digest.slice(0, 24)}`;
}
