// Render-less: forwards clicks on nodes, edges and the empty stage, and double-clicks on nodes (default zoom off).
"use client";
import { useEffect, useRef } from "react";
import type { SigmaNodeEventPayload, SigmaEdgeEventPayload } from "sigma/types";
import { useSigma } from "../sigma-context";

export interface GraphEventHandlers {
  onClickNode?: (node: string) => void;
  onDoubleClickNode?: (node: string) => void;
  onClickEdge?: (edge: string) => void;
  onClickStage?: () => void;
}

export function EventsController(handlers: GraphEventHandlers) {
  const sigma = useSigma();
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const clickNode = (e: SigmaNodeEventPayload) => ref.current.onClickNode?.(e.node);
    const dblNode = (e: SigmaNodeEventPayload) => {
      e.preventSigmaDefault();
      ref.current.onDoubleClickNode?.(e.node);
    };
    const clickEdge = (e: SigmaEdgeEventPayload) => ref.current.onClickEdge?.(e.edge);
    const clickStage = () => ref.current.onClickStage?.();
    sigma.on("clickNode", clickNode);
    sigma.on("doubleClickNode", dblNode);
    sigma.on("clickEdge", clickEdge);
    sigma.on("clickStage", clickStage);
    return () => {
      sigma.off("clickNode", clickNode);
      sigma.off("doubleClickNode", dblNode);
      sigma.off("clickEdge", clickEdge);
      sigma.off("clickStage", clickStage);
    };
  }, [sigma]);
  return null;
}
