/**
 * Visual attributes of the graph view, derived in ONE place from the plain dataset: colour by entity type, size by
 * degree, edge colour by confidence. Everything that draws an entity (sigma, legend, article highlights) reads
 * its colour from here so the views agree.
 */
import type { GraphEdge, GraphNode } from "../neo4j/types";

export interface TypeStyle {
  type: string;
  label: string;
  colour: string;
}

/** Registry of known entity types; unknown types fall back to FALLBACK_STYLE. */
export const TYPE_STYLES: TypeStyle[] = [
  { type: "PERSON", label: "Person", colour: "#2f6fde" },
  { type: "ORGANIZATION", label: "Organisation", colour: "#e0702a" },
  { type: "LOCATION", label: "Location", colour: "#2a9d5b" },
  { type: "EVENT", label: "Event", colour: "#c2409b" },
  { type: "DATE", label: "Date", colour: "#8a6d3b" },
  { type: "MONEY", label: "Money", colour: "#b8a21a" },
  { type: "MISC", label: "Other", colour: "#7a7f8c" },
];

export const FALLBACK_STYLE: TypeStyle = { type: "UNKNOWN", label: "Unknown", colour: "#9aa0a6" };

export function typeStyle(type: string): TypeStyle {
  return TYPE_STYLES.find((s) => s.type === type.toUpperCase()) ?? { ...FALLBACK_STYLE, type };
}

export function colourForType(type: string): string {
  return typeStyle(type).colour;
}

export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 22;

/** Node size grows with the square root of degree, so hubs stand out without swallowing the view. */
export function nodeSize(degree: number, maxDegree: number): number {
  const d = Number.isFinite(degree) && degree > 0 ? degree : 0;
  const m = Number.isFinite(maxDegree) && maxDegree > 0 ? maxDegree : 1;
  const ratio = Math.min(1, Math.sqrt(d) / Math.sqrt(m));
  return MIN_NODE_SIZE + ratio * (MAX_NODE_SIZE - MIN_NODE_SIZE);
}

/** Edges fade with lower confidence; confident edges are darker. */
export function edgeColour(confidence: number): string {
  const c = Number.isFinite(confidence) ? Math.max(0, Math.min(1, confidence)) : 0.5;
  const alpha = 0.25 + 0.55 * c;
  return `rgba(90, 98, 112, ${alpha.toFixed(2)})`;
}

export function edgeSize(evidenceCount: number): number {
  return Math.min(5, 1 + Math.log2(1 + Math.max(0, evidenceCount)));
}

/** Sigma attributes for one node; `maxDegree` is the largest degree among the nodes drawn. */
export function nodeAttributes(node: GraphNode, maxDegree: number) {
  return {
    label: node.name,
    entityType: node.type,
    color: colourForType(node.type),
    size: nodeSize(node.degree, maxDegree),
  };
}

/** Negated claims ("would not sign") are drawn pale and labelled "not …" so they never read as asserted. */
export const NEGATED_EDGE_COLOUR = "#c5cad3";

/** Co-mentions (lib/client/comentions.ts): weak links, drawn thin and grey, without arrow heads. */
const CO_MENTIONED = "CO_MENTIONED";

export function edgeAttributes(edge: GraphEdge) {
  if (edge.predicate === CO_MENTIONED) {
    return {
      label: `${edge.evidenceCount} shared article${edge.evidenceCount === 1 ? "" : "s"}`,
      predicate: edge.predicate,
      color: "rgba(150, 156, 166, 0.35)",
      size: Math.min(1.8, 0.4 + 0.3 * Math.log2(1 + edge.evidenceCount)),
      type: "line",
      coMention: true,
    };
  }
  const label = edge.predicate.replace(/_/g, " ").toLowerCase();
  return {
    label: edge.negated ? `not ${label}` : label,
    predicate: edge.predicate,
    negated: edge.negated === true,
    color: edge.negated ? NEGATED_EDGE_COLOUR : edgeColour(edge.confidence),
    size: edgeSize(edge.evidenceCount),
    type: "arrow",
  };
}

export const DIM_NODE_COLOUR = "#e3e6eb";
export const DIM_EDGE_COLOUR = "#eef0f3";
export const HIGHLIGHT_EDGE_COLOUR = "#d6336c";
export const PATH_COLOUR = "#d6336c";
