// Render-less: reports the node under the pointer (null when it leaves) and shows a pointer cursor over nodes/edges.
"use client";
import { useEffect } from "react";
import { useSigma } from "../sigma-context";

export function HoverController({ onHover }: { onHover: (node: string | null) => void }) {
  const sigma = useSigma();
  useEffect(() => {
    const container = sigma.getContainer();
    const enter = ({ node }: { node: string }) => {
      container.style.cursor = "pointer";
      onHover(node);
    };
    const leave = () => {
      container.style.cursor = "";
      onHover(null);
    };
    const enterEdge = () => (container.style.cursor = "pointer");
    const leaveEdge = () => (container.style.cursor = "");
    sigma.on("enterNode", enter);
    sigma.on("leaveNode", leave);
    sigma.on("enterEdge", enterEdge);
    sigma.on("leaveEdge", leaveEdge);
    return () => {
      sigma.off("enterNode", enter);
      sigma.off("leaveNode", leave);
      sigma.off("enterEdge", enterEdge);
      sigma.off("leaveEdge", leaveEdge);
    };
  }, [sigma, onHover]);
  return null;
}
