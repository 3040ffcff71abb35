/**
 * Communities of the drawn graph (Louvain, graphology-communities-louvain) and the "stories" they tell: each
 * community named by its most connected entities. Runs on a simple undirected copy of the render graph (Louvain
 * does not take multi graphs; parallel relations add up as weight), with a seeded random generator so the same
 * graph always gives the same communities.
 */
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import { mulberry32 } from "../util/random";

export interface Community {
  /** Rank by size, 0 = largest; also the index of its colour. */
  index: number;
  size: number;
  nodes: string[];
  /** Labels of its most connected entities, best first. */
  top: string[];
}

export interface CommunityResult {
  /** Node id → community index. */
  of: Record<string, number>;
  /** Largest first. */
  communities: Community[];
  modularity: number;
}

/** Louvain on `graph` (any graphology graph with `label` node attributes); isolated nodes are their own community. */
export function detectCommunities(graph: Graph, topN = 3): CommunityResult {
  const simple = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  graph.forEachNode((id) => simple.addNode(id));
  graph.forEachEdge((_e, _a, source, target) => {
    if (source === target) return;
    simple.updateUndirectedEdge(source, target, (attr) => ({ weight: ((attr.weight as number) ?? 0) + 1 }));
  });
  if (simple.order === 0) return { of: {}, communities: [], modularity: 0 };
  const detailed =
    simple.size > 0
      ? louvain.detailed(simple, { getEdgeWeight: "weight", rng: mulberry32(42) })
      : { communities: Object.fromEntries(simple.mapNodes((id, _a) => [id, 0])), modularity: 0 };
  const groups = new Map<number, string[]>();
  for (const [node, c] of Object.entries(detailed.communities)) {
    const key = simple.degree(node) === 0 ? -1 - groups.size : c;
    const group = groups.get(key);
    if (group) group.push(node);
    else groups.set(key, [node]);
  }
  const degree = (id: string) => simple.degree(id);
  const sorted = [...groups.values()]
    .map((nodes) => nodes.sort((a, b) => degree(b) - degree(a) || a.localeCompare(b)))
    .sort((a, b) => b.length - a.length || a[0].localeCompare(b[0]));
  const of: Record<string, number> = {};
  const communities = sorted.map((nodes, index) => {
    for (const n of nodes) of[n] = index;
    const top = nodes.slice(0, topN).map((n) => String(graph.getNodeAttribute(n, "label") ?? n));
    return { index, size: nodes.length, nodes, top };
  });
  return { of, communities, modularity: detailed.modularity };
}

/** Distinct colours for the largest communities; the rest share the last, neutral one. */
export const COMMUNITY_PALETTE = [
  "#1f77b4",
  "#ff7f0e",
  "#2ca02c",
  "#d62728",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#17becf",
  "#bcbd22",
  "#393b79",
  "#637939",
  "#843c39",
];
export const SMALL_COMMUNITY_COLOUR = "#b0b4bb";

export function communityColour(index: number | undefined): string {
  return index !== undefined && index < COMMUNITY_PALETTE.length ? COMMUNITY_PALETTE[index] : SMALL_COMMUNITY_COLOUR;
}
