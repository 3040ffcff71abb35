/**
 * The layout runs on a private copy of the render graph (positions, sizes and structure only), not on the graph
 * sigma draws: the layout workers write their positions there at every iteration, and the renderer gets them
 * only when it can afford a frame (copyPositions, paced by pushDelay). Writing each iteration into sigma's graph
 * made it re-index and redraw the whole graph several times a second.
 */
import Graph from "graphology";

/** A structure-only copy: every node with x, y and size, every edge (parallel ones too), no other attributes. */
export function layoutCopy(graph: Graph): Graph {
  const copy = new Graph({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops });
  graph.forEachNode((node, attrs) => {
    copy.addNode(node, { x: Number(attrs.x) || 0, y: Number(attrs.y) || 0, size: Number(attrs.size) || 1 });
  });
  graph.forEachEdge((_edge, _attrs, source, target) => {
    copy.addEdge(source, target);
  });
  return copy;
}

/**
 * Copies x and y of every node of `target` that `source` also has, in one batched update (one event: sigma
 * redraws once). Returns how many nodes moved.
 */
export function copyPositions(source: Graph, target: Graph): number {
  let moved = 0;
  target.updateEachNodeAttributes(
    (node, attrs) => {
      if (!source.hasNode(node)) return attrs;
      const x = source.getNodeAttribute(node, "x") as number;
      const y = source.getNodeAttribute(node, "y") as number;
      if (x !== attrs.x || y !== attrs.y) moved++;
      attrs.x = x;
      attrs.y = y;
      return attrs;
    },
    { attributes: ["x", "y"] },
  );
  return moved;
}

/** Positions reach the renderer at most this often, however cheap its frames are. */
export const LAYOUT_PUSH_MIN_MS = 100;
/** Share of the page's time that frames with new layout positions may take. */
export const LAYOUT_RENDER_SHARE = 0.25;

/**
 * How long to wait before the next position update, given what the last frame with new positions cost: frames
 * that redraw the graph then take at most LAYOUT_RENDER_SHARE of the page's time, whatever the machine, and the
 * page keeps answering (and animating) in between.
 */
export function pushDelay(lastFrameMs: number): number {
  const cost = Number.isFinite(lastFrameMs) && lastFrameMs > 0 ? lastFrameMs : 0;
  return Math.max(LAYOUT_PUSH_MIN_MS, (cost * (1 - LAYOUT_RENDER_SHARE)) / LAYOUT_RENDER_SHARE);
}
