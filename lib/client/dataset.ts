/**
 * The fetched dataset of the graph view (plain nodes and edges from the API), kept apart from the graphology graph
 * sigma draws. Merging and client-side filtering are pure functions over it.
 */
import type { GraphEdge, GraphNode, SubGraph } from "../neo4j/types";

export interface Dataset {
  nodes: Record<string, GraphNode>;
  edges: Record<string, GraphEdge>;
}

export const emptyDataset = (): Dataset => ({ nodes: {}, edges: {} });

export function datasetFrom(sub: SubGraph): Dataset {
  return mergeSubGraph(emptyDataset(), sub);
}

/** Adds a subgraph's nodes and edges; returns a new dataset (the old one is untouched). Edges whose ends are missing are dropped. */
export function mergeSubGraph(ds: Dataset, sub: SubGraph): Dataset {
  const nodes = { ...ds.nodes };
  const edges = { ...ds.edges };
  for (const n of sub.nodes) nodes[n.id] = { ...nodes[n.id], ...n };
  for (const e of sub.edges) if (nodes[e.source] && nodes[e.target]) edges[e.id] = e;
  return { nodes, edges };
}

export interface ClientFilters {
  /** Entity types to show; undefined = all. */
  types?: string[];
  predicates?: string[];
  sources?: string[];
  minConfidence?: number;
  /** Show negated claims too (hidden by default). */
  negated?: boolean;
}

/** The part of the dataset that passes the filters the browser can apply itself (dates need the server). */
export function filterDataset(ds: Dataset, f: ClientFilters): Dataset {
  const types = f.types ? new Set(f.types.map((t) => t.toUpperCase())) : null;
  const predicates = f.predicates?.length ? new Set(f.predicates) : null;
  const sources = f.sources?.length ? new Set(f.sources) : null;
  const minConfidence = f.minConfidence ?? 0;
  const nodes: Record<string, GraphNode> = {};
  for (const n of Object.values(ds.nodes)) if (!types || types.has(n.type.toUpperCase())) nodes[n.id] = n;
  const edges: Record<string, GraphEdge> = {};
  for (const e of Object.values(ds.edges)) {
    if (!nodes[e.source] || !nodes[e.target]) continue;
    if (predicates && !predicates.has(e.predicate)) continue;
    if (sources && !e.sources.some((s) => sources.has(s))) continue;
    if (e.confidence < minConfidence) continue;
    if (e.negated && !f.negated) continue;
    edges[e.id] = e;
  }
  return { nodes, edges };
}

/** Distinct values seen in the dataset, for the filter controls. */
export function facets(ds: Dataset): { types: string[]; predicates: string[]; sources: string[] } {
  const types = new Set<string>();
  const predicates = new Set<string>();
  const sources = new Set<string>();
  for (const n of Object.values(ds.nodes)) types.add(n.type);
  for (const e of Object.values(ds.edges)) {
    predicates.add(e.predicate);
    for (const s of e.sources) sources.add(s);
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return { types: sorted(types), predicates: sorted(predicates), sources: sorted(sources) };
}

/** Inclusive ISO date window of the date slider. */
export interface DateWindow {
  from: string;
  to: string;
}

/** Earliest and latest relation dates in the dataset, or null when no relation is dated. */
export function dateExtent(ds: Dataset): DateWindow | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const e of Object.values(ds.edges)) {
    if (e.firstDate && (from === null || e.firstDate < from)) from = e.firstDate;
    if (e.lastDate && (to === null || e.lastDate > to)) to = e.lastDate;
  }
  return from && to ? { from, to } : null;
}

/**
 * The date slider's live filter: relations stated at some time in the window (their first..last span overlaps it)
 * and the entities they join. `null` = no window (everything stays, undated relations too).
 */
export function filterByDates(ds: Dataset, window: DateWindow | null): Dataset {
  if (!window) return ds;
  const edges: Record<string, GraphEdge> = {};
  const nodes: Record<string, GraphNode> = {};
  for (const e of Object.values(ds.edges)) {
    if (!e.firstDate || !e.lastDate || e.lastDate < window.from || e.firstDate > window.to) continue;
    edges[e.id] = e;
    nodes[e.source] = ds.nodes[e.source];
    nodes[e.target] = ds.nodes[e.target];
  }
  return { nodes, edges };
}
