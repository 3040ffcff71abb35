/**
 * Builds and updates the graphology graph sigma draws from a (filtered) dataset. Existing nodes keep their
 * positions so merges never reshuffle the view; new nodes start next to a neighbour already placed.
 */
import type Graph from "graphology";
import type { Dataset } from "./dataset";
import { edgeAttributes, nodeAttributes } from "./appearance";

export interface SyncResult {
  added: string[];
  removed: string[];
}

/** Deterministic pseudo-random in [0,1) from a string, so seeding positions is reproducible. */
export function hashUnit(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return ((h >>> 0) % 100000) / 100000;
}

/** Makes `graph` mirror `ds`: adds/removes nodes and edges and refreshes visual attributes. Mutates `graph`. */
export function syncRenderGraph(graph: Graph, ds: Dataset): SyncResult {
  const added: string[] = [];
  const removed: string[] = [];
  graph.forEachNode((id) => {
    if (!ds.nodes[id]) removed.push(id);
  });
  for (const id of removed) graph.dropNode(id);
  const staleEdges: string[] = [];
  graph.forEachEdge((id) => {
    if (!ds.edges[id]) staleEdges.push(id);
  });
  for (const id of staleEdges) graph.dropEdge(id);

  const nodes = Object.values(ds.nodes);
  const maxDegree = nodes.reduce((m, n) => Math.max(m, n.degree || 0), 1);
  const fresh = nodes.filter((n) => !graph.hasNode(n.id));
  const count = Math.max(1, nodes.length);
  for (const n of nodes) {
    if (graph.hasNode(n.id)) graph.mergeNodeAttributes(n.id, nodeAttributes(n, maxDegree));
  }
  // Place new nodes: next to an already placed neighbour when there is one, else on a circle.
  const neighbourOf = new Map<string, string>();
  for (const e of Object.values(ds.edges)) {
    if (graph.hasNode(e.source) && !graph.hasNode(e.target)) neighbourOf.set(e.target, e.source);
    if (graph.hasNode(e.target) && !graph.hasNode(e.source)) neighbourOf.set(e.source, e.target);
  }
  fresh.forEach((n) => {
    const anchor = neighbourOf.get(n.id);
    let x: number;
    let y: number;
    if (anchor) {
      const a = graph.getNodeAttributes(anchor) as { x: number; y: number };
      const angle = hashUnit(n.id) * 2 * Math.PI;
      x = a.x + Math.cos(angle) * 3;
      y = a.y + Math.sin(angle) * 3;
    } else {
      // Spread evenly over a disc (radius grows with the node count): a readable first frame at once, and a start
      // ForceAtlas2 untangles faster than a ring.
      const angle = hashUnit(`${n.id}#angle`) * 2 * Math.PI;
      const r = Math.sqrt(hashUnit(n.id)) * 10 * Math.sqrt(count);
      x = Math.cos(angle) * r;
      y = Math.sin(angle) * r;
    }
    graph.addNode(n.id, { ...nodeAttributes(n, maxDegree), x, y });
    added.push(n.id);
  });
  for (const e of Object.values(ds.edges)) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    if (graph.hasEdge(e.id)) graph.mergeEdgeAttributes(e.id, edgeAttributes(e));
    else graph.addDirectedEdgeWithKey(e.id, e.source, e.target, edgeAttributes(e));
  }
  assignCurvatures(graph);
  return { added, removed };
}

/** Curvature step between the parallel edges of one pair of nodes (@sigma/edge-curve's `curvature` attribute). */
export const CURVATURE_STEP = 0.25;

/**
 * Parallel edges (several relations between the same two entities, either direction) are drawn as curves fanned
 * out on both sides (`type: "curved"`, alternating signs, growing with rank); a lone edge stays a straight arrow.
 * The sign is taken relative to a fixed order of the two nodes, so A→B and B→A bend to different sides.
 */
export function assignCurvatures(graph: Graph): void {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((edge, _attrs, source, target) => {
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const list = groups.get(key);
    if (list) list.push(edge);
    else groups.set(key, [edge]);
  });
  for (const edges of groups.values()) {
    if (edges.length === 1) {
      const edge = edges[0];
      setShape(graph, edge, graph.getEdgeAttribute(edge, "coMention") ? "line" : "arrow", 0);
      continue;
    }
    edges.sort().forEach((edge, i) => {
      const [source, target] = graph.extremities(edge);
      const side = i % 2 === 0 ? 1 : -1;
      const flip = source < target ? 1 : -1;
      setShape(graph, edge, "curved", side * flip * CURVATURE_STEP * (1 + Math.floor(i / 2)));
    });
  }
}

/** Writes an edge's shape only when it changes: every write is an event sigma answers by re-processing the edge. */
function setShape(graph: Graph, edge: string, type: string, curvature: number): void {
  const attrs = graph.getEdgeAttributes(edge);
  if (attrs.type !== type || (attrs.curvature ?? 0) !== curvature) graph.mergeEdgeAttributes(edge, { type, curvature });
}
