/**
 * Render-less: moves the camera to a requested node (search result, URL selection) once sigma has drawn it, and
 * keeps it centred while the layout is still moving nodes (`follow`), so the node does not drift out of view.
 */
"use client";
import { useEffect } from "react";
import { useSigma } from "../sigma-context";

export interface FocusRequest {
  node: string;
  /** Changes on every request, so asking twice for the same node moves the camera again. */
  nonce: number;
}

export function CameraController({ request, follow = false }: { request: FocusRequest | null; follow?: boolean }) {
  const sigma = useSigma();

  useEffect(() => {
    if (!request) return;
    let done = false;
    const tryMove = () => {
      if (done) return;
      const data = sigma.getNodeDisplayData(request.node);
      if (!data) return;
      done = true;
      const camera = sigma.getCamera();
      camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.getState().ratio, 0.6) }, { duration: 600 });
    };
    tryMove();
    // The node may only just have been added: retry after the next frames.
    sigma.on("afterRender", tryMove);
    return () => {
      done = true;
      sigma.off("afterRender", tryMove);
    };
  }, [sigma, request]);

  useEffect(() => {
    if (!request || !follow) return;
    const camera = sigma.getCamera();
    const track = () => {
      const data = sigma.getNodeDisplayData(request.node);
      if (!data || camera.isAnimated()) return;
      const s = camera.getState();
      if (Math.abs(s.x - data.x) > 1e-4 || Math.abs(s.y - data.y) > 1e-4) camera.setState({ x: data.x, y: data.y });
    };
    sigma.on("afterRender", track);
    return () => {
      sigma.off("afterRender", track);
    };
  }, [sigma, request, follow]);
  return null;
}
