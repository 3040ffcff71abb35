/**
 * Load-independent figures for the render bench: CPU time spent by the page's main thread and by Chromium's GPU
 * process (SwiftShader draws WebGL there, on the CPU), read through the DevTools protocol, and a CPU profile of
 * the main thread summarised as the functions with the most self time. Frame rates on a shared machine follow
 * its load; CPU milliseconds per frame barely do.
 */
import type { Browser, CDPSession, Page } from "@playwright/test";

/**
 * CPU seconds consumed so far: the page's main thread, its renderer process (workers included), the GPU process;
 * `at` is the bench's own clock (ms) when read, so rates never depend on a page that may be too busy to answer.
 */
export interface CpuSnapshot {
  at: number;
  mainThread: number;
  renderer: number;
  gpu: number;
}

export interface CpuProbe {
  /** The page's DevTools session (for startProfile). */
  session: CDPSession;
  snapshot(): Promise<CpuSnapshot>;
  close(): Promise<void>;
}

export async function cpuProbe(browser: Browser, page: Page): Promise<CpuProbe> {
  const pageSession = await page.context().newCDPSession(page);
  await pageSession.send("Performance.enable");
  const browserSession = await browser.newBrowserCDPSession();
  return {
    session: pageSession,
    async snapshot() {
      const [{ metrics }, info] = await Promise.all([
        pageSession.send("Performance.getMetrics"),
        browserSession.send("SystemInfo.getProcessInfo") as Promise<{
          processInfo: { type: string; id: number; cpuTime: number }[];
        }>,
      ]);
      const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
      const gpu = info.processInfo.filter((p) => p.type === "GPU").reduce((s, p) => s + p.cpuTime, 0);
      return { at: Date.now(), mainThread: metric("ThreadTime"), renderer: metric("ProcessTime"), gpu };
    },
    async close() {
      await pageSession.detach().catch(() => undefined);
      await browserSession.detach().catch(() => undefined);
    },
  };
}

/** CPU milliseconds between two snapshots, and the wall-clock milliseconds between them (`at`). */
export function cpuDelta(a: CpuSnapshot, b: CpuSnapshot): CpuSnapshot {
  const ms = (x: number, y: number) => Math.round((y - x) * 1000);
  return {
    at: b.at - a.at,
    mainThread: ms(a.mainThread, b.mainThread),
    renderer: ms(a.renderer, b.renderer),
    gpu: ms(a.gpu, b.gpu),
  };
}

/** The parts of a V8 CPU profile (DevTools Profiler.stop) this module reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface HotFunction {
  name: string;
  selfMs: number;
}

/** Self time per function (name and file, summed over call sites), largest first. Pure, unit-tested. */
export function hotFunctions(profile: CpuProfile, top = 15): HotFunction[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // A sample's time is the delta to the next sample (the last one has none).
  for (let i = 0; i < samples.length; i++) {
    const frame = byNode.get(samples[i]);
    if (!frame) continue;
    const file = frame.url ? frame.url.replace(/^.*\//, "").replace(/\?.*$/, "") : "";
    const name = `${frame.functionName || "(anonymous)"}${file ? ` ${file}:${frame.lineNumber + 1}` : ""}`;
    const us = deltas[i + 1] ?? 0;
    self.set(name, (self.get(name) ?? 0) + us);
  }
  return [...self.entries()]
    .map(([name, us]) => ({ name, selfMs: Math.round(us / 100) / 10 }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top);
}

/** Starts V8's sampling profiler on the page's main thread; `stop()` returns its profile. */
export async function startProfile(session: CDPSession): Promise<{ stop(): Promise<CpuProfile> }> {
  await session.send("Profiler.enable");
  await session.send("Profiler.setSamplingInterval", { interval: 500 });
  await session.send("Profiler.start");
  return {
    async stop() {
      const { profile } = await session.send("Profiler.stop");
      return profile as CpuProfile;
    },
  };
}
