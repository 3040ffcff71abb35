/**
 * ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker), then a short anti-overlap pass
 * (graphology-layout-noverlap/worker, cut off after NOVERLAP_MAX_MS), both on a private copy of the render graph
 * (lib/client/layout-graph.ts). The render graph, which sigma draws, gets the copy's positions from an animation
 * frame loop, paced so that frames redrawing the graph take at most a quarter of the page's time (pushDelay):
 * writing every worker iteration into sigma's graph made it re-index and redraw the whole graph each time, and
 * the page dropped to a few frames per second on 5,000 nodes. `running` covers both passes. The modules are
 * imported lazily so server rendering never touches them.
 */
"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type Graph from "graphology";
import { copyPositions, layoutCopy, pushDelay } from "@/lib/client/layout-graph";
import { layoutSettings } from "./layout-settings";

type Supervisor = { start(): void; stop(): void; kill(): void; isRunning(): boolean };

/** The anti-overlap pass stops when it converges or after this long, whichever comes first. */
export const NOVERLAP_MAX_MS = 1500;

/** One frame at 60 Hz: what a frame costs when it does nothing. */
const IDLE_FRAME_MS = 1000 / 60;
/** Frames watched after a position update to see what drawing it cost. */
const FRAMES_TO_WATCH = 3;

export function useForceLayout(graph: Graph) {
  // Every start or halt bumps the run number; callbacks of an older run do nothing.
  const run = useRef(0);
  const copy = useRef<Graph | null>(null);
  const fa2 = useRef<Supervisor | null>(null);
  const noverlap = useRef<Supervisor | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const frame = useRef<number | null>(null);
  const [running, setRunning] = useState(false);

  /** Ends the current run at once: workers killed, no final pass, positions left where the last update put them. */
  const halt = useCallback(() => {
    run.current++;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    fa2.current?.kill();
    fa2.current = null;
    noverlap.current?.kill();
    noverlap.current = null;
    copy.current = null;
  }, []);

  /** Hands the copy's positions to the render graph whenever the last such frame has been paid for. */
  const pump = useCallback(
    (id: number) => {
      let nextAt = 0;
      let watching = 0;
      let worstGap = 0;
      let previous = 0;
      const tick = (t: number) => {
        if (run.current !== id || !copy.current) return;
        if (watching > 0) {
          worstGap = Math.max(worstGap, t - previous);
          if (--watching === 0) nextAt = t + pushDelay(worstGap - IDLE_FRAME_MS);
        } else if (t >= nextAt) {
          copyPositions(copy.current, graph);
          watching = FRAMES_TO_WATCH;
          worstGap = 0;
        }
        previous = t;
        frame.current = requestAnimationFrame(tick);
      };
      frame.current = requestAnimationFrame(tick);
    },
    [graph],
  );

  /** Last positions to the renderer, then the run is over. */
  const finish = useCallback(
    (id: number) => {
      if (run.current !== id) return;
      if (copy.current) copyPositions(copy.current, graph);
      halt();
      setRunning(false);
    },
    [graph, halt],
  );

  /** Stops ForceAtlas2 and runs the anti-overlap pass; `running` turns false when that is done. */
  const stop = useCallback(() => {
    const id = run.current;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!fa2.current?.isRunning() || !copy.current || copy.current.order < 2) {
      finish(id);
      return;
    }
    fa2.current.stop();
    void import("graphology-layout-noverlap/worker").then(({ default: NoverlapLayout }) => {
      if (run.current !== id || !copy.current) return;
      const pass = new NoverlapLayout(copy.current, {
        settings: { margin: 2, ratio: 1.1, expansion: 1.05 },
        onConverged: () => finish(id),
      });
      noverlap.current = pass;
      pass.start();
      timer.current = setTimeout(() => finish(id), NOVERLAP_MAX_MS);
    });
  }, [finish]);

  /** (Re)starts the layout; it stops by itself after `ms` of ForceAtlas2 (no auto-stop when ms is 0). */
  const start = useCallback(
    async (ms = 4000) => {
      halt();
      if (graph.order === 0) {
        setRunning(false);
        return;
      }
      const id = run.current;
      // Running from now on, so the frames drawn before the worker is up already hide what the layout hides.
      setRunning(true);
      const [{ default: FA2Layout }, { default: forceAtlas2 }] = await Promise.all([
        import("graphology-layout-forceatlas2/worker"),
        import("graphology-layout-forceatlas2"),
      ]);
      if (run.current !== id) return;
      copy.current = layoutCopy(graph);
      const settings = layoutSettings(forceAtlas2.inferSettings(copy.current), copy.current.order);
      fa2.current = new FA2Layout(copy.current, { settings }) as Supervisor;
      fa2.current.start();
      pump(id);
      timer.current = ms > 0 ? setTimeout(stop, ms) : null;
    },
    [graph, halt, pump, stop],
  );

  useEffect(() => halt, [halt]);

  return { running, start, stop };
}
