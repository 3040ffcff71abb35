/**
 * Graph view scenarios against the production build with the seeds loaded: the canvas draws, search selects and
 * moves the camera, relations show multi-outlet evidence, evidence links open the article, expand adds nodes,
 * type filters hide nodes. Each waits for the explicit ready signal (data-ready) before looking or clicking.
 */
import { expect, test } from "@playwright/test";
import { nodeCount, openGraph, renderNodes, searchAndPick, shot } from "./helpers";

test("1. the WebGL canvas really draws the overview graph", async ({ page }) => {
  await openGraph(page);
  expect(await nodeCount(page)).toBeGreaterThan(5);
  await page.waitForTimeout(1500); // let the layout spread the nodes
  // Hide the HTML overlays so only sigma's canvases are sampled.
  await page.addStyleTag({ content: ".stage-toolbar,.legend,.stage-status,.stage-overlay{visibility:hidden}" });
  const png = await page.getByTestId("graph").screenshot();
  const inked = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const bg = [data[0], data[1], data[2]];
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - bg[0]) + Math.abs(data[i + 1] - bg[1]) + Math.abs(data[i + 2] - bg[2]) > 60) n++;
    }
    return { n, total: data.length / 4 };
  }, png.toString("base64"));
  expect(inked.n / inked.total).toBeGreaterThan(0.003);
  await page.addStyleTag({ content: ".stage-toolbar,.legend,.stage-status{visibility:visible}" });
  await shot(page, "01-canvas");
});

test("2-4. search Putin → relation with Raisi → multi-outlet evidence → article with Raisi highlighted", async ({
  page,
}) => {
  await openGraph(page);
  const before = await page.evaluate(() =>
    (window as unknown as { __newsgraph: { sigma: { getCamera(): { getState(): object } } } }).__newsgraph.sigma
      .getCamera()
      .getState(),
  );
  await searchAndPick(page, "Putin", /Vladimir Putin/);
  const panel = page.getByTestId("node-panel");
  await expect(panel.getByTestId("node-panel-name")).toHaveText(/Vladimir Putin/);
  await expect(page.getByTestId("graph-state")).toHaveAttribute("data-selected", /putin/);
  await expect(page).toHaveURL(/sel=/);
  // The camera moved to the node.
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window as unknown as { __newsgraph: { sigma: { getCamera(): { getState(): object } } } }).__newsgraph.sigma
          .getCamera()
          .getState(),
      ),
    )
    .not.toEqual(before);
  const relation = panel
    .getByTestId("relation")
    .filter({ hasText: /Raisi/ })
    .and(page.locator('[data-predicate="MET"], [data-predicate="RECEIVED"]'))
    .first();
  await expect(relation).toBeVisible();
  await shot(page, "02-search-putin");

  // 3. The relation's evidence comes from more than one outlet.
  await relation.click();
  const edgePanel = page.getByTestId("edge-panel");
  await expect(edgePanel.getByTestId("evidence").first()).toBeVisible();
  await expect(page).toHaveURL(/edge=/);
  const outlets = await edgePanel
    .getByTestId("evidence")
    .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-source")).filter(Boolean))]);
  expect(outlets.length).toBeGreaterThan(1);
  await expect(edgePanel.locator("mark.ent").first()).toBeVisible();
  await shot(page, "03-evidence");

  // 4. Following a sentence opens the article with Raisi highlighted.
  const link = edgePanel.getByTestId("evidence-link").filter({ hasText: /Raisi/ }).first();
  await link.click();
  await expect(page).toHaveURL(/\/article\/.+hl=/);
  await expect(page.getByTestId("article-text")).toBeVisible();
  await expect(page.getByTestId("mention").filter({ hasText: /Raisi/ }).first()).toBeVisible();
  await expect(page.getByTestId("focus").first()).toBeVisible();
  await shot(page, "04-article");
});

test("5. expanding a node adds its neighbours to the graph (button and double-click)", async ({ page, request }) => {
  const top = (await (await request.get("/api/graph/overview?limit=5")).json()).nodes as { id: string }[];
  expect(top.length).toBeGreaterThan(1);
  // Pick a drawn node that has neighbours outside the first view (the seeds' top nodes may only know each other).
  const drawn = new Set(top.map((n) => n.id));
  let pick: string | null = null;
  for (const n of top) {
    const sub = await (await request.get(`/api/entities/${encodeURIComponent(n.id)}/neighbours`)).json();
    if ((sub.nodes as { id: string }[]).some((m) => !drawn.has(m.id))) {
      pick = n.id;
      break;
    }
  }
  expect(pick, "a top node with neighbours outside the overview").not.toBeNull();
  // A copied URL reopens the same selection.
  await openGraph(page, `?limit=5&sel=${encodeURIComponent(pick!)}`);
  await expect(page.getByTestId("node-panel")).toHaveAttribute("data-entity-id", pick!);
  const before = await nodeCount(page);
  await page.getByTestId("expand").click();
  await expect.poll(() => nodeCount(page)).toBeGreaterThan(before);
  await shot(page, "05-expand");

  // Double-click on another node expands it too (once the layout has settled so the node stays put).
  await expect(page.getByTestId("layout-toggle")).toHaveText(/Resume/, { timeout: 15_000 });
  const afterFirst = await nodeCount(page);
  const target = await page.evaluate(
    (ids) => {
      type S = {
        getNodeDisplayData(id: string): { x: number; y: number } | undefined;
        framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
        getDimensions(): { width: number; height: number };
        getCamera(): { setState(s: object): void };
        refresh(): void;
      };
      const sigma = (window as unknown as { __newsgraph: { sigma: S } }).__newsgraph.sigma;
      // Show the whole graph, then pick a node well inside the canvas (not under the toolbar).
      sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      sigma.refresh();
      const { width, height } = sigma.getDimensions();
      for (const id of ids) {
        const d = sigma.getNodeDisplayData(id);
        if (!d) continue;
        const p = sigma.framedGraphToViewport(d);
        if (p.x > 30 && p.x < width - 30 && p.y > 110 && p.y < height - 40) return p;
      }
      return null;
    },
    top.filter((n) => n.id !== pick).map((n) => n.id),
  );
  expect(target).not.toBeNull();
  const box = (await page.getByTestId("graph").boundingBox())!;
  const expandCall = page.waitForResponse((r) => r.url().includes("/neighbours") && r.ok(), { timeout: 10_000 });
  await page.mouse.dblclick(box.x + target!.x, box.y + target!.y);
  await expandCall;
  expect(await nodeCount(page)).toBeGreaterThanOrEqual(afterFirst);
});

test("6. unticking a type filter removes that type from the graph", async ({ page }) => {
  await openGraph(page);
  await expect.poll(async () => (await renderNodes(page)).some((n) => n.entityType === "LOCATION")).toBe(true);
  await page.getByTestId("filter-type-LOCATION").uncheck();
  await expect(page).toHaveURL(/types=/);
  await expect.poll(async () => (await renderNodes(page)).filter((n) => n.entityType === "LOCATION").length).toBe(0);
  expect(await nodeCount(page)).toBeGreaterThan(0);
  await shot(page, "06-filter");
  // Reloading the URL keeps the filter.
  await page.reload();
  await expect(page.getByTestId("graph-state")).toHaveAttribute("data-ready", "true");
  await expect(page.getByTestId("filter-type-LOCATION")).not.toBeChecked();
  expect((await renderNodes(page)).filter((n) => n.entityType === "LOCATION").length).toBe(0);
});

test("communities: colour by community, the largest listed by their top entities, focus one", async ({ page }) => {
  await openGraph(page);
  const state = page.getByTestId("graph-state");
  await expect.poll(async () => Number(await state.getAttribute("data-communities"))).toBeGreaterThan(0);
  await page.getByTestId("colour-by-community").check();
  await expect(state).toHaveAttribute("data-colour-by", "community");
  const colours = await page.evaluate(() => {
    const w = window as unknown as {
      __newsgraph: { graph: { mapNodes: (fn: (id: string, a: Record<string, unknown>) => unknown) => unknown[] } };
    };
    return new Set(w.__newsgraph.graph.mapNodes((_id, a) => a.color)).size;
  });
  expect(colours).toBeGreaterThan(1);
  const first = page.getByTestId("community").first();
  const size = Number(await first.getAttribute("data-size"));
  expect(size).toBeGreaterThan(1);
  await expect(first).toHaveText(/\w/);
  await first.click();
  await expect(state).toHaveAttribute("data-focus-community", "0");
  await shot(page, "communities-focus");
  await page.getByTestId("community-clear").click();
  await expect(state).toHaveAttribute("data-focus-community", "");
  await page.getByTestId("colour-by-type").check();
  await expect(state).toHaveAttribute("data-colour-by", "type");
});

test("a limit above the cap is capped, and the page says so", async ({ page }) => {
  await openGraph(page, "?limit=50000");
  await expect(page.getByTestId("limit-capped")).toContainText("20,000");
  await expect(page.getByTestId("graph-state")).toHaveAttribute("data-limit-capped", "true");
});

test("the date slider filters the drawn graph live; All dates brings everything back", async ({ page }) => {
  await openGraph(page);
  const all = await nodeCount(page);
  const from = page.getByTestId("date-slider-from");
  const max = Number(await from.getAttribute("max"));
  const min = Number(await from.getAttribute("min"));
  expect(max).toBeGreaterThan(min);
  // Keep only the last tenth of the period.
  await from.fill(String(Math.round(max - (max - min) / 10)));
  await expect(page.getByTestId("graph-state")).not.toHaveAttribute("data-date-window", "");
  await expect.poll(() => nodeCount(page)).toBeLessThan(all);
  await shot(page, "date-slider");
  await page.getByTestId("date-slider-reset").click();
  await expect.poll(() => nodeCount(page)).toBe(all);
});

test("the edge panel gives a relation's first and last stated dates", async ({ page, request }) => {
  const overview = await (await request.get("/api/graph/overview?limit=150")).json();
  const dated = overview.edges.find((e: { firstDate: string | null }) => e.firstDate);
  await openGraph(page, `?edge=${encodeURIComponent(dated.id)}`);
  await expect(page.getByTestId("edge-dates")).toContainText(dated.firstDate);
});

test("co-mentions toggle adds weak links; a click shows the shared articles", async ({ page }) => {
  await openGraph(page);
  const state = page.getByTestId("graph-state");
  const edgesBefore = Number(await state.getAttribute("data-edge-count"));
  await page.getByTestId("comentions-toggle").check();
  await expect.poll(async () => Number(await state.getAttribute("data-comention-count"))).toBeGreaterThan(0);
  expect(Number(await state.getAttribute("data-edge-count"))).toBeGreaterThan(edgesBefore);
  const id = await page.evaluate(() => {
    const w = window as unknown as {
      __newsgraph: { graph: { filterEdges: (fn: (id: string, a: Record<string, unknown>) => boolean) => string[] } };
    };
    return w.__newsgraph.graph.filterEdges((_id, a) => a.coMention === true)[0];
  });
  await page.goto(`/?edge=${encodeURIComponent(id)}`);
  await expect(page.getByTestId("graph-state")).toHaveAttribute("data-ready", "true", { timeout: 30_000 });
  await page.getByTestId("comentions-toggle").check();
  await expect(page.getByTestId("comention-panel")).toBeVisible();
  await expect(page.getByTestId("comention-article").first()).toBeVisible();
  await shot(page, "comentions");
  await page.getByTestId("comentions-toggle").uncheck();
  await expect(state).toHaveAttribute("data-comention-count", "0");
});

test("edge labels: none on the overview at rest, the hovered entity's on hover, all once zoomed in", async ({
  page,
}) => {
  await openGraph(page);
  await expect(page.getByTestId("layout-toggle")).toHaveText(/Resume/, { timeout: 20_000 });
  // Sigma draws edge labels on their own 2D canvas: count its inked pixels.
  const inked = () =>
    page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>("canvas.sigma-edgeLabels")!;
      const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
      return n;
    });
  // The best-connected entity, where the pointer has to go to hover it. Read again on every try: the last layout
  // positions and the camera's fit can still reach sigma after the layout reports that it stopped.
  const hubAt = () =>
    page.evaluate(() => {
      const { graph, sigma } = (
        window as unknown as {
          __newsgraph: {
            graph: { nodes(): string[]; degree(n: string): number };
            sigma: {
              getNodeDisplayData(n: string): { x: number; y: number };
              framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
            };
          };
        }
      ).__newsgraph;
      const id = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a))[0];
      return sigma.framedGraphToViewport(sigma.getNodeDisplayData(id));
    });
  const box = (await page.getByTestId("graph").boundingBox())!;
  await page.mouse.move(box.x + 5, box.y + box.height - 5);
  await expect.poll(inked).toBe(0);
  await expect
    .poll(async () => {
      const hub = await hubAt();
      await page.mouse.move(box.x + hub.x, box.y + hub.y);
      return inked();
    })
    .toBeGreaterThan(50);
  await shot(page, "edge-labels-hover");
  await page.mouse.move(box.x + 5, box.y + box.height - 5);
  await expect.poll(inked).toBe(0);
  await page.evaluate(() =>
    (
      window as unknown as { __newsgraph: { sigma: { getCamera(): { setState(s: { ratio: number }): void } } } }
    ).__newsgraph.sigma
      .getCamera()
      .setState({ ratio: 0.2 }),
  );
  await expect.poll(inked).toBeGreaterThan(50);
  await shot(page, "edge-labels-zoomed");
});
