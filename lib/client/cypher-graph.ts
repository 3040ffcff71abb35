/**
 * Turns the graph part of a Cypher console result (raw nodes with labels/properties, raw relationships) into the
 * plain SubGraph shape the graph renderer draws. Pure.
 */
import type { CypherResult, SubGraph } from "../neo4j/types";

const NAME_KEYS = ["name", "title", "id"];

function display(props: Record<string, unknown>, fallback: string): string {
  for (const k of NAME_KEYS) {
    const v = props[k];
    if (typeof v === "string" && v) return v;
  }
  return fallback;
}

export function cypherToSubGraph(g: CypherResult["graph"]): SubGraph {
  const degree = new Map<string, number>();
  const ids = new Set(g.nodes.map((n) => n.id));
  const edges = g.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return {
    nodes: g.nodes.map((n) => {
      const p = n.properties ?? {};
      const type =
        typeof p.type === "string" ? p.type : (n.labels.find((l) => l !== "Entity") ?? n.labels[0] ?? "NODE");
      return {
        id: n.id,
        name: display(p, n.labels[0] ?? n.id),
        type: type.toUpperCase(),
        aliases: [],
        mentionCount: 0,
        degree: degree.get(n.id) ?? 0,
      };
    }),
    edges: edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      predicate: typeof e.properties?.predicate === "string" ? (e.properties.predicate as string) : e.type,
      confidence: typeof e.properties?.confidence === "number" ? (e.properties.confidence as number) : 1,
      sources: [],
      evidenceCount: 0,
    })),
  };
}
