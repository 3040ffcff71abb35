/**
 * Render benchmark (`npm run bench -- render [--sizes 5000x10000,20000x50000] [--bbc graph.json] [--runs 3]
 * [--no-load] [--profile] [--port 3190]`), in headless Chromium (/usr/bin/chromium with playwright.config.ts's flags) against
 * the production build (`next build` first; the bench starts `next start` itself):
 *   - navigation → overview data in the page → first drawn sigma frame (the page's performance marks, see
 *     components/graph/GraphExplorer.tsx), median of `runs` navigations after one warm-up;
 *   - frames per second while ForceAtlas2 runs (requestAnimationFrame ticks: the main thread's rate; sigma's own
 *     renders/s beside it), and the worst frame;
 *   - the same during a scripted pan (mouse drags) and zoom (wheel steps) once the layout stopped.
 * Each size is a generated graph (bench/generate-graph.ts) with about that many entities and relations, loaded
 * into the Neo4j at NEO4J_URI, which is WIPED first (use your own instance); `?limit=` asks for all of them.
 * Beside the frame rates (which follow the machine's load), CPU milliseconds of the page's main thread and of the
 * GPU process (bench/render-cpu.ts) and the count of long tasks. `--profile` adds one profiled navigation per
 * graph and prints the main thread's hottest functions before the first frame and during the layout.
 * `--bbc FILE` adds the BBC graph (the output of `newsgraph extract ../shared/corpora/bbc`) at `?limit=5000`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadavg } from "node:os";
import { chromium, type Browser, type Page } from "@playwright/test";
import type { GraphData } from "../lib/graph/types";
import { closeDriver } from "../lib/neo4j/driver";
import { loadGraph } from "../lib/neo4j/load";
import { ensureSchema } from "../lib/neo4j/schema";
import { wipeDatabase } from "../lib/neo4j/test-support";
import { readNeo4jConfig } from "../lib/neo4j/config";
import playwrightConfig from "../playwright.config";
import { generateGraph } from "./generate-graph";
import { recordResults, type Cell } from "./results";
import { cpuDelta, cpuProbe, hotFunctions, startProfile, type CpuSnapshot, type HotFunction } from "./render-cpu";

const ROOT = join(import.meta.dirname, "..");
const FIRST_FRAME_MARK = "newsgraph:first-frame";
const OVERVIEW_LOADED_MARK = "newsgraph:overview-loaded";
/** Generous: on a loaded shared machine a 20k-node navigation has taken minutes. */
const READY_TIMEOUT_MS = 300_000;
const LAYOUT_TIMEOUT_MS = 180_000;

interface Scenario {
  name: string;
  limit: number;
  data: () => GraphData;
}

export interface FrameStats {
  frames: number;
  fps: number;
  worstMs: number;
  p95Ms: number;
}

/** Frame rate of the requestAnimationFrame timestamps inside [from, to] (ms). Pure, unit-tested. */
export function frameStats(stamps: number[], from: number, to: number): FrameStats {
  const inside = stamps.filter((t) => t >= from && t <= to);
  if (inside.length < 2) return { frames: inside.length, fps: 0, worstMs: to - from, p95Ms: to - from };
  const gaps = inside.slice(1).map((t, i) => t - inside[i]);
  const sorted = [...gaps].sort((a, b) => a - b);
  const span = inside[inside.length - 1] - inside[0];
  return {
    frames: inside.length,
    fps: round1(((inside.length - 1) * 1000) / span),
    worstMs: round1(sorted[sorted.length - 1]),
    p95Ms: round1(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]),
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Sizes like "5000x10000": a generated graph with ~10% spare entities and relations, so the overview is full. */
function generatedScenario(size: string): Scenario {
  const [nodes, edges] = size.split("x").map(Number);
  if (!(nodes > 0 && edges > 0)) throw new Error(`--sizes: "${size}" is not NODESxEDGES (e.g. 5000x10000)`);
  return {
    name: `generated ${nodes.toLocaleString("en-US")} / ${edges.toLocaleString("en-US")}`,
    limit: nodes,
    data: () =>
      generateGraph({
        entities: Math.round(nodes * 1.1),
        relations: Math.round(edges * 1.1),
        articles: Math.max(500, Math.round(nodes / 4)),
        seed: 7,
      }),
  };
}

/** Records every animation frame and every sigma render from the first script on (the page's own clock). */
const RECORDER = `
window.__bench = { frames: [], renders: [], longTasks: [], hooked: false };
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: "longtask", buffered: true });
} catch (e) {
  // long tasks not reported by this browser
}
requestAnimationFrame(function tick(t) {
  window.__bench.frames.push(t);
  const ng = window.__newsgraph;
  if (ng && !window.__bench.hooked) {
    window.__bench.hooked = true;
    ng.sigma.on("afterRender", () => window.__bench.renders.push(performance.now()));
  }
  requestAnimationFrame(tick);
});
`;

async function startServer(port: number): Promise<ChildProcess> {
  if (!existsSync(join(ROOT, ".next", "BUILD_ID"))) {
    throw new Error("No production build: run `npx next build` first (the render bench measures `next start`).");
  }
  const neo4j = readNeo4jConfig();
  const server = spawn(join(ROOT, "node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/stats`);
      if (res.ok) return server;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      server.kill();
      throw new Error(`next start did not answer on port ${port} within 60 s`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

interface WindowCpu {
  /** Main-thread CPU ms per second of the window. */
  mainPerS: number;
  /** Main-thread CPU ms per frame sigma drew in the window. */
  mainPerRender: number;
  /** GPU-process CPU ms per second (SwiftShader rasterises WebGL there). */
  gpuPerS: number;
  /** Tasks over 50 ms on the main thread. */
  longTasks: number;
}

interface RunResult {
  overviewMs: number;
  firstFrameMs: number;
  /** Main-thread CPU ms from the navigation's commit to the first frame. */
  firstFrameCpuMs: number;
  nodes: number;
  edges: number;
  layoutMs: number;
  layout: FrameStats & { renders: number } & WindowCpu;
  panZoom: FrameStats & { renders: number } & WindowCpu;
  hot?: { firstFrame: HotFunction[]; layout: HotFunction[] };
}

/** One navigation: first frame, then frames during the layout, then a scripted pan and zoom. */
async function measure(browser: Browser, url: string, profile = false): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(RECORDER);
  const probe = await cpuProbe(browser, page);
  try {
    const profiler = profile ? await startProfile(probe.session) : null;
    await page.goto(url, { waitUntil: "commit" });
    const atCommit = await probe.snapshot();
    await page
      .locator('[data-testid=graph-state][data-ready="true"]')
      .waitFor({ state: "attached", timeout: READY_TIMEOUT_MS });
    const atReady = await probe.snapshot();
    const firstFrameHot = profiler ? hotFunctions(await profiler.stop()) : [];
    const marks = await page.evaluate(
      ([first, loaded]) => {
        const f = performance.getEntriesByName(first)[0] as PerformanceMark | undefined;
        const l = performance.getEntriesByName(loaded)[0];
        return { first: f?.startTime ?? -1, loaded: l?.startTime ?? -1, detail: f?.detail ?? null };
      },
      [FIRST_FRAME_MARK, OVERVIEW_LOADED_MARK],
    );
    if (marks.first < 0) throw new Error(`${url}: the page drew no graph (no ${FIRST_FRAME_MARK} mark)`);
    const layoutProfiler = profile ? await startProfile(probe.session) : null;
    const layoutStart = await probe.snapshot();
    const layoutFrom = await page.evaluate(() => performance.now());
    // The layout of a whole new graph runs a few seconds (useForceLayout); wait for it to stop.
    const layoutEnd = await waitLayoutStopped(page);
    const layoutStop = await probe.snapshot();
    const layoutHot = layoutProfiler ? hotFunctions(await layoutProfiler.stop()) : [];
    const panStart = await probe.snapshot();
    const panZoom = await panAndZoom(page);
    const panStop = await probe.snapshot();
    const bench = await page.evaluate(
      () =>
        (window as unknown as { __bench: { frames: number[]; renders: number[]; longTasks: [number, number][] } })
          .__bench,
    );
    const count = (list: number[], a: number, b: number) => list.filter((t) => t >= a && t <= b).length;
    const perSecond = (n: number, a: number, b: number) => round1((n * 1000) / Math.max(1, b - a));
    const windowCpu = (a: CpuSnapshot, b: CpuSnapshot, from: number, to: number): WindowCpu => {
      const d = cpuDelta(a, b);
      const renders = count(bench.renders, from, to);
      return {
        mainPerS: perSecond(d.mainThread, 0, d.at),
        mainPerRender: renders > 0 ? round1(d.mainThread / renders) : d.mainThread,
        gpuPerS: perSecond(d.gpu, 0, d.at),
        longTasks: bench.longTasks.filter(([t]) => t >= from && t <= to).length,
      };
    };
    const detail = marks.detail as { nodes: number; edges: number } | null;
    return {
      overviewMs: Math.round(marks.loaded),
      firstFrameMs: Math.round(marks.first),
      firstFrameCpuMs: cpuDelta(atCommit, atReady).mainThread,
      nodes: detail?.nodes ?? 0,
      edges: detail?.edges ?? 0,
      layoutMs: Math.round(layoutEnd - marks.first),
      layout: {
        ...frameStats(bench.frames, marks.first, layoutEnd),
        renders: perSecond(count(bench.renders, marks.first, layoutEnd), marks.first, layoutEnd),
        ...windowCpu(layoutStart, layoutStop, layoutFrom, layoutEnd),
      },
      panZoom: {
        ...frameStats(bench.frames, panZoom.from, panZoom.to),
        renders: perSecond(count(bench.renders, panZoom.from, panZoom.to), panZoom.from, panZoom.to),
        ...windowCpu(panStart, panStop, panZoom.from, panZoom.to),
      },
      hot: profile ? { firstFrame: firstFrameHot, layout: layoutHot } : undefined,
    };
  } finally {
    await probe.close();
    await context.close();
  }
}

async function waitLayoutStopped(page: Page): Promise<number> {
  await page
    .locator('[data-testid=graph-state][data-layout-running="false"]')
    .waitFor({ state: "attached", timeout: LAYOUT_TIMEOUT_MS });
  return page.evaluate(() => performance.now());
}

/** Drags across the stage and back, then zooms in and out with the wheel; returns the page-clock window. */
async function panAndZoom(page: Page): Promise<{ from: number; to: number }> {
  const box = await page.getByTestId("graph").boundingBox();
  if (!box) throw new Error("no graph stage on the page");
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const from = await page.evaluate(() => performance.now());
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx + 250, cy + 120, { steps: 40 });
  await page.mouse.move(cx - 150, cy - 80, { steps: 40 });
  await page.mouse.up();
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, i < 6 ? -240 : 240);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(300);
  const to = await page.evaluate(() => performance.now());
  return { from, to };
}

export async function run(args: string[]): Promise<void> {
  const sizes = (argValue(args, "sizes") ?? "5000x10000,20000x50000").split(",").filter(Boolean);
  const runs = Math.max(1, Number(argValue(args, "runs") ?? 3));
  const port = Number(argValue(args, "port") ?? process.env.BENCH_PORT ?? 3190);
  const bbc = argValue(args, "bbc");
  const profile = args.includes("--profile");
  const scenarios: Scenario[] = sizes.map(generatedScenario);
  if (bbc) {
    scenarios.push({
      name: "BBC corpus",
      limit: 5000,
      data: () => JSON.parse(readFileSync(bbc, "utf8")) as GraphData,
    });
  }
  const launch = playwrightConfig.projects?.[0]?.use?.launchOptions ?? {};
  const rows: Record<string, Cell>[] = [];
  const notes: string[] = [];
  const loads: number[] = [];
  for (const scenario of scenarios) {
    if (!args.includes("--no-load")) {
      const data = scenario.data();
      console.log(
        `[render] ${scenario.name}: loading ${data.entities.length} entities, ${data.relations.length} relations…`,
      );
      await wipeDatabase();
      await ensureSchema();
      const summary = await loadGraph(data);
      console.log(`[render] loaded in ${(summary.elapsedMs / 1000).toFixed(1)} s`);
    }
    const server = await startServer(port);
    const browser = await chromium.launch({ ...launch, headless: true });
    // One graph failing (a timeout on a loaded machine) is recorded in its row; the other graphs still run.
    try {
      const url = `http://127.0.0.1:${port}/?limit=${scenario.limit}`;
      const cold = await measure(browser, url);
      const warm: RunResult[] = [];
      for (let i = 0; i < runs; i++) {
        warm.push(await measure(browser, url));
        loads.push(loadavg()[0]);
      }
      const pick = (f: (r: RunResult) => number) => median(warm.map(f));
      const row = {
        graph: scenario.name,
        url: `/?limit=${scenario.limit}`,
        nodes: cold.nodes,
        edges: cold.edges,
        "first frame ms (cold)": cold.firstFrameMs,
        "data in page ms": pick((r) => r.overviewMs),
        "first frame ms": pick((r) => r.firstFrameMs),
        "first frame main CPU ms": pick((r) => r.firstFrameCpuMs),
        "layout s": round1(pick((r) => r.layoutMs) / 1000),
        "layout fps": pick((r) => r.layout.fps),
        "layout worst frame ms": pick((r) => r.layout.worstMs),
        "layout sigma renders/s": pick((r) => r.layout.renders),
        "layout main CPU ms/s": pick((r) => r.layout.mainPerS),
        "layout main CPU ms/render": pick((r) => r.layout.mainPerRender),
        "layout GPU CPU ms/s": pick((r) => r.layout.gpuPerS),
        "layout long tasks": pick((r) => r.layout.longTasks),
        "pan+zoom fps": pick((r) => r.panZoom.fps),
        "pan+zoom worst frame ms": pick((r) => r.panZoom.worstMs),
        "pan+zoom main CPU ms/s": pick((r) => r.panZoom.mainPerS),
      };
      console.log(JSON.stringify(row));
      rows.push(row);
      if (profile) {
        const { hot } = await measure(browser, url, true);
        const show = (title: string, list: HotFunction[]) =>
          console.log(
            `[render] ${scenario.name}, ${title}:\n${list.map((h) => `  ${h.selfMs} ms  ${h.name}`).join("\n")}`,
          );
        show("main-thread self time, navigation → first frame", hot?.firstFrame ?? []);
        show("main-thread self time during the layout", hot?.layout ?? []);
      }
    } catch (e) {
      const error = (e as Error).message.split("\n")[0];
      console.error(`[render] ${scenario.name}: ${error}`);
      rows.push({ graph: scenario.name, url: `/?limit=${scenario.limit}`, error });
      process.exitCode = 1;
    } finally {
      await browser.close();
      server.kill();
    }
  }
  await closeDriver();
  const avg = loads.length ? round1(loads.reduce((a, b) => a + b, 0) / loads.length) : round1(loadavg()[0]);
  notes.push(
    `headless Chromium (${launch.executablePath ?? "playwright's"}; WebGL through SwiftShader, i.e. on the CPU), ` +
      "viewport 1280×800, `next start` production build; medians of " +
      `${runs} navigations after a cold one; load average ${avg} while measuring (shared 2-core machine)`,
    "fps = requestAnimationFrame ticks per second on the page (the main thread's frame rate); sigma renders/s = " +
      "frames in which sigma actually drew; layout = from the first frame until ForceAtlas2 (5 s, web worker) and " +
      "the anti-overlap pass (web worker) have stopped, positions handed to sigma at a pace set by its frame cost",
    "load-independent columns: main CPU = CPU time of the page's main thread (DevTools ThreadTime), per second of " +
      "the window or per sigma render; GPU CPU = CPU time of Chromium's GPU process (SwiftShader draws WebGL " +
      "there), per second; long tasks = main-thread tasks over 50 ms",
    "generated graphs: bench/generate-graph.ts (seed 7), wiped and loaded into NEO4J_URI before each size",
  );
  recordResults("render", rows, notes);
  console.log(`[render] wrote bench/results.json and bench/results.md (load average ${avg})`);
}
