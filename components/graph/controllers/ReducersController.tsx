/**
 * Render-less: sigma's node/edge reducers. The focus is the hovered node, else the selected node: it and its
 * neighbours stay bright, the rest is dimmed. A selected edge and a highlighted path are drawn in the accent colour.
 * A focused community keeps its members bright. Edge labels show for the focus's edges, the selected edge, or
 * everywhere once zoomed in past EDGE_LABEL_ZOOM. While a big graph is being laid out, edges and labels are hidden
 * (`hideWhileLayout`) and, on any graph, parallel edges are drawn straight (`layoutRunning`), so the frames stay
 * cheap. Every change of these props costs one re-processing of the graph (one setSettings call).
 */
"use client";
import { useEffect, useState } from "react";
import type { Attributes } from "graphology-types";
import type { NodeDisplayData, EdgeDisplayData } from "sigma/types";
import { DIM_EDGE_COLOUR, DIM_NODE_COLOUR, HIGHLIGHT_EDGE_COLOUR, PATH_COLOUR } from "@/lib/client/appearance";
import { useSigma } from "../sigma-context";

export interface ReducersProps {
  hovered: string | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  path: { nodes: string[]; edges: string[] } | null;
  /** Members of the focused community, or null. */
  focusNodes?: string[] | null;
  hideWhileLayout?: boolean;
  /** While the layout moves nodes, parallel edges are drawn straight (curves cost far more to draw). */
  layoutRunning?: boolean;
}

/** Camera ratio below which every edge shows its label (1 = whole graph in view). */
export const EDGE_LABEL_ZOOM = 0.35;

export function ReducersController({
  hovered,
  selectedNode,
  selectedEdge,
  path,
  focusNodes = null,
  hideWhileLayout = false,
  layoutRunning = false,
}: ReducersProps) {
  const sigma = useSigma();
  // Zooming past the edge-label threshold needs a refresh: reducers only run when sigma re-processes the graph.
  const [zoomedIn, setZoomedIn] = useState(false);
  useEffect(() => {
    const camera = sigma.getCamera();
    const update = () => setZoomedIn(camera.getState().ratio < EDGE_LABEL_ZOOM);
    camera.on("updated", update);
    return () => {
      camera.off("updated", update);
    };
  }, [sigma]);
  // Neighbour sets depend on the graph's structure: recompute when nodes or edges come and go.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const graph = sigma.getGraph();
    const bump = () => setVersion((v) => v + 1);
    const events = ["nodeAdded", "nodeDropped", "edgeAdded", "edgeDropped", "cleared"] as const;
    for (const e of events) graph.on(e, bump);
    return () => {
      for (const e of events) graph.off(e, bump);
    };
  }, [sigma]);

  useEffect(() => {
    const graph = sigma.getGraph();
    const focus =
      hovered && graph.hasNode(hovered) ? hovered : selectedNode && graph.hasNode(selectedNode) ? selectedNode : null;
    const near = new Set<string>();
    if (focus) {
      near.add(focus);
      for (const n of graph.neighbors(focus)) near.add(n);
    }
    const edgeEnds =
      selectedEdge && graph.hasEdge(selectedEdge) ? new Set(graph.extremities(selectedEdge)) : new Set<string>();
    const pathNodes = new Set(path?.nodes ?? []);
    const pathEdges = new Set(path?.edges ?? []);
    const community = new Set(focusNodes ?? []);
    const dimming = focus !== null || pathNodes.size > 0 || edgeEnds.size > 0 || community.size > 0;
    const nodeReducer = (node: string, data: Attributes): Partial<NodeDisplayData> => {
      const res: Partial<NodeDisplayData> = { ...data };
      const lit = near.has(node) || pathNodes.has(node) || edgeEnds.has(node) || community.has(node);
      if (node === focus || node === selectedNode || edgeEnds.has(node)) {
        res.highlighted = true;
        res.zIndex = 2;
        res.forceLabel = true;
      } else if (pathNodes.has(node)) {
        res.forceLabel = true;
        res.zIndex = 1;
      } else if (dimming && !lit) {
        res.color = DIM_NODE_COLOUR;
        res.label = "";
        res.zIndex = 0;
      } else if (focus && near.has(node)) {
        res.forceLabel = true;
        res.zIndex = 1;
      }
      return res;
    };
    const edgeReducer = (edge: string, data: Attributes): Partial<EdgeDisplayData> => {
      const res: Partial<EdgeDisplayData> = { ...data };
      if (hideWhileLayout && edge !== selectedEdge) {
        res.hidden = true;
        return res;
      }
      if (layoutRunning && data.type === "curved") res.type = "arrow";
      if (!zoomedIn) res.label = "";
      if (edge === selectedEdge) {
        res.label = data.label;
        res.color = HIGHLIGHT_EDGE_COLOUR;
        res.size = Math.max(3, (data.size ?? 1) * 1.5);
        res.zIndex = 2;
        return res;
      }
      if (pathEdges.has(edge)) {
        res.color = PATH_COLOUR;
        res.size = Math.max(3, data.size ?? 1);
        res.zIndex = 2;
        return res;
      }
      if (focus) {
        const [s, t] = graph.extremities(edge);
        if (s === focus || t === focus) {
          res.zIndex = 1;
          res.label = data.label;
          return res;
        }
      }
      if (community.size > 0) {
        const [s, t] = graph.extremities(edge);
        if (community.has(s) && community.has(t)) return res;
      }
      if (dimming) res.color = DIM_EDGE_COLOUR;
      return res;
    };
    // One settings update, one re-processing of the graph on the next frame.
    sigma.setSettings({ renderLabels: !hideWhileLayout, nodeReducer, edgeReducer });
  }, [sigma, hovered, selectedNode, selectedEdge, path, version, focusNodes, hideWhileLayout, layoutRunning, zoomedIn]);
  return null;
}
