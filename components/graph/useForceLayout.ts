/**
 * ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker) on the render graph, with start/stop and an
 * automatic stop after a few seconds, then a short anti-overlap pass (graphology-layout-noverlap), also in a web
 * worker and cut off after NOVERLAP_MAX_MS: on 5,000 nodes one synchronous pass blocked the page for 7.6 s. The
 * modules are imported lazily so server rendering never touches them.
 */
"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type Graph from "graphology";
import { layoutSettings } from "./layout-settings";

type FA2Worker = { start(): void; stop(): void; kill(): void; isRunning(): boolean };

/** The anti-overlap pass stops when it converges or after this long, whichever comes first. */
export const NOVERLAP_MAX_MS = 1500;

export function useForceLayout(graph: Graph) {
  const layout = useRef<FA2Worker | null>(null);
  const noverlap = useRef<FA2Worker | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [running, setRunning] = useState(false);

  const stopNoverlap = useCallback(() => {
    noverlap.current?.kill();
    noverlap.current = null;
  }, []);

  const stop = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const wasRunning = layout.current?.isRunning() ?? false;
    layout.current?.stop();
    setRunning(false);
    if (wasRunning && graph.order > 1) {
      void import("graphology-layout-noverlap/worker").then(({ default: NoverlapLayout }) => {
        stopNoverlap();
        const pass = new NoverlapLayout(graph, {
          settings: { margin: 2, ratio: 1.1, expansion: 1.05 },
          onConverged: stopNoverlap,
        });
        noverlap.current = pass;
        pass.start();
        setTimeout(() => noverlap.current === pass && stopNoverlap(), NOVERLAP_MAX_MS);
      });
    }
  }, [graph, stopNoverlap]);

  /** (Re)starts the layout; it stops by itself after `ms` (no auto-stop when ms is 0). */
  const start = useCallback(
    async (ms = 4000) => {
      if (graph.order === 0) return;
      const [{ default: FA2Layout }, { default: forceAtlas2 }] = await Promise.all([
        import("graphology-layout-forceatlas2/worker"),
        import("graphology-layout-forceatlas2"),
      ]);
      // A fresh worker each run: it reads the graph's current nodes and positions at start.
      stopNoverlap();
      layout.current?.kill();
      const settings = layoutSettings(forceAtlas2.inferSettings(graph), graph.order);
      layout.current = new FA2Layout(graph, { settings }) as FA2Worker;
      layout.current.start();
      setRunning(true);
      if (timer.current) clearTimeout(timer.current);
      timer.current = ms > 0 ? setTimeout(stop, ms) : null;
    },
    [graph, stop, stopNoverlap],
  );

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      layout.current?.kill();
      layout.current = null;
      noverlap.current?.kill();
      noverlap.current = null;
    },
    [],
  );

  return { running, start, stop };
}
