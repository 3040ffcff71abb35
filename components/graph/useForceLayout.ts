/**
 * ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker) on the render graph, with start/stop and an
 * automatic stop after a few seconds, then a short anti-overlap pass (graphology-layout-noverlap) so nodes that
 * ForceAtlas2 left on top of each other separate. The modules are imported lazily so server rendering never
 * touches them.
 */
"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type Graph from "graphology";
import { layoutSettings } from "./layout-settings";

type FA2Worker = { start(): void; stop(): void; kill(): void; isRunning(): boolean };

export function useForceLayout(graph: Graph) {
  const layout = useRef<FA2Worker | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [running, setRunning] = useState(false);

  const stop = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const wasRunning = layout.current?.isRunning() ?? false;
    layout.current?.stop();
    setRunning(false);
    if (wasRunning && graph.order > 1) {
      void import("graphology-layout-noverlap").then(({ default: noverlap }) =>
        noverlap.assign(graph, { maxIterations: 40, settings: { margin: 2, ratio: 1.1, expansion: 1.05 } }),
      );
    }
  }, [graph]);

  /** (Re)starts the layout; it stops by itself after `ms` (no auto-stop when ms is 0). */
  const start = useCallback(
    async (ms = 4000) => {
      if (graph.order === 0) return;
      const [{ default: FA2Layout }, { default: forceAtlas2 }] = await Promise.all([
        import("graphology-layout-forceatlas2/worker"),
        import("graphology-layout-forceatlas2"),
      ]);
      // A fresh worker each run: it reads the graph's current nodes and positions at start.
      layout.current?.kill();
      const settings = layoutSettings(forceAtlas2.inferSettings(graph), graph.order);
      layout.current = new FA2Layout(graph, { settings }) as FA2Worker;
      layout.current.start();
      setRunning(true);
      if (timer.current) clearTimeout(timer.current);
      timer.current = ms > 0 ? setTimeout(stop, ms) : null;
    },
    [graph, stop],
  );

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      layout.current?.kill();
      layout.current = null;
    },
    [],
  );

  return { running, start, stop };
}
