/**
 * Mounts a sigma v3 WebGL renderer on a graphology graph and hands it to its children (render-less controllers)
 * through context. Client-only: load it with next/dynamic({ ssr: false }). Signals readiness after the first
 * frame with nodes so tests and callers can wait for a drawn canvas.
 */
"use client";
import { useEffect, useRef, useState } from "react";
import Sigma from "sigma";
import type Graph from "graphology";
import type { Settings } from "sigma/settings";
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { SigmaContext } from "./sigma-context";

export interface SigmaStageProps {
  graph: Graph;
  settings?: Partial<Settings>;
  className?: string;
  testId?: string;
  /** Called once, right after the first frame (sigma draws it when it is created, with or without nodes). */
  onReady?: (sigma: Sigma) => void;
  /** Expose `window.__newsgraph = { graph, sigma }` for e2e pixel/selection checks. */
  exposeForTests?: boolean;
  children?: React.ReactNode;
}

/**
 * Labels: one per 100 px grid cell at most (labelGridCellSize/labelDensity), biggest nodes first, so they do not
 * overlap; edge labels are on, and the edge reducer keeps them only for the hovered/selected node's edges or when
 * zoomed in. Edges and labels are hidden while the camera moves, which keeps panning smooth on thousands of nodes.
 */
export const BASE_SETTINGS: Partial<Settings> = {
  renderEdgeLabels: true,
  edgeLabelSize: 11,
  labelRenderedSizeThreshold: 7,
  labelDensity: 0.6,
  labelGridCellSize: 100,
  hideEdgesOnMove: true,
  hideLabelsOnMove: true,
  edgeProgramClasses: { curved: EdgeCurvedArrowProgram },
  labelFont: "system-ui, sans-serif",
  labelSize: 13,
  labelWeight: "500",
  defaultEdgeType: "arrow",
  zIndex: true,
  minCameraRatio: 0.05,
  maxCameraRatio: 8,
};

export default function SigmaStage({
  graph,
  settings,
  className,
  testId,
  onReady,
  exposeForTests,
  children,
}: SigmaStageProps) {
  const container = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<Sigma | null>(null);
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;

  useEffect(() => {
    if (!container.current) return;
    // The constructor indexes the graph and draws the first frame synchronously.
    const s = new Sigma(graph, container.current, { ...BASE_SETTINGS, ...settings });
    setSigma(s);
    if (exposeForTests) (window as unknown as { __newsgraph?: unknown }).__newsgraph = { graph, sigma: s };
    onReadyRef.current?.(s);
    return () => {
      s.kill();
      setSigma(null);
    };
    // Settings are applied once; later changes go through controllers (setSetting).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph]);

  return (
    <div ref={container} className={className ?? "sigma-container"} data-testid={testId}>
      {sigma && <SigmaContext.Provider value={sigma}>{children}</SigmaContext.Provider>}
    </div>
  );
}
