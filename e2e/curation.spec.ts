/**
 * Curation scenarios against the production build with the seeds loaded: merge two entities, reject a relation and
 * split an alias from the panels; each survives loading the seeds again (what every ingest ends with) and is undone
 * from the Corrections view (or the edge panel's Restore), leaving the seeds as they were for the other specs. The
 * entities are picked from the data by rule (least mentioned, same type), never by name.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { closeDriver, loadGraph } from "../lib/neo4j";
import type { GraphData } from "../lib/graph/types";
import type { SubGraph } from "../lib/neo4j/types";
import { splitEntityId } from "../lib/neo4j/curation-plan";
import { openGraph, shot } from "./helpers";

const GRAPH_JSON = path.join(import.meta.dirname, "..", "graph-data", "graph.json");

/** Loads the seeds' graph.json again, as a re-ingest of the same articles does at its end. */
async function reloadSeeds(): Promise<void> {
  const data = JSON.parse(await readFile(GRAPH_JSON, "utf8")) as GraphData;
  try {
    await loadGraph(data);
  } finally {
    await closeDriver();
  }
}

const status = async (request: APIRequestContext, url: string) => (await request.get(url)).status();
const entityUrl = (id: string) => `/api/entities/${encodeURIComponent(id)}`;

async function undoLatest(page: Page, kind: string): Promise<void> {
  await page.goto("/corrections");
  const row = page.getByTestId("correction").filter({ has: page.getByTestId("correction-undo") });
  await expect(row.first()).toHaveAttribute("data-kind", kind);
  await row.first().getByTestId("correction-undo").click();
  await expect(page.locator(`[data-testid=correction][data-undone=false][data-kind=${kind}]`)).toHaveCount(0);
}

test("merge two entities from the entity panel; a re-load keeps them merged; undo in Corrections", async ({
  page,
  request,
}) => {
  const overview = (await (await request.get("/api/graph/overview?limit=150")).json()) as SubGraph;
  const byType = new Map<string, SubGraph["nodes"]>();
  for (const n of overview.nodes) byType.set(n.type, [...(byType.get(n.type) ?? []), n]);
  const pool = [...byType.values()].find((list) => list.length >= 2)!;
  const [merged, keep] = [...pool].sort((a, b) => a.mentionCount - b.mentionCount || a.id.localeCompare(b.id));

  await openGraph(page, `?sel=${encodeURIComponent(keep.id)}`);
  await page.getByTestId("curate-open").click();
  await page.getByTestId("curate-why").fill("same entity");
  await page.getByTestId("merge-search-input").fill(merged.name);
  await page
    .getByTestId("merge-search-results")
    .getByTestId("search-hit")
    .filter({ hasText: merged.name })
    .first()
    .click();
  await page.getByTestId("merge-apply").click();
  // The panel reloads the entity once the correction is stored: the merged name is now one of its aliases.
  await expect(page.getByTestId("curate-open")).toBeVisible();
  await expect(page.getByTestId("node-aliases")).toContainText(merged.name);
  expect(await status(request, entityUrl(merged.id))).toBe(404);
  await shot(page, "curation-merge");

  await reloadSeeds();
  expect(await status(request, entityUrl(merged.id))).toBe(404);
  const details = await (await request.get(entityUrl(keep.id))).json();
  expect(details.entity.aliases).toContain(merged.name);

  await page.goto("/corrections");
  const row = page.getByTestId("correction").first();
  await expect(row).toContainText("same entity");
  await expect(row).toContainText(merged.id);
  await undoLatest(page, "merge");
  expect(await status(request, entityUrl(merged.id))).toBe(200);
});

test("reject a relation from the edge panel; a re-load keeps it rejected; Restore brings it back", async ({
  page,
  request,
}) => {
  const overview = (await (await request.get("/api/graph/overview?limit=150")).json()) as SubGraph;
  const edge = [...overview.edges].sort((a, b) => a.evidenceCount - b.evidenceCount || a.id.localeCompare(b.id))[0];
  const evidenceUrl = `/api/relations/${encodeURIComponent(edge.id)}/evidence`;

  await openGraph(page, `?edge=${encodeURIComponent(edge.id)}`);
  await page.getByTestId("reject-why").fill("not what the sentence says");
  await page.getByTestId("relation-reject").click();
  await expect(page.getByTestId("relation-rejected")).toBeVisible();
  expect(await status(request, evidenceUrl)).toBe(404);
  await expect
    .poll(() =>
      page.evaluate(
        (id) =>
          (window as unknown as { __newsgraph: { graph: { hasEdge(id: string): boolean } } }).__newsgraph.graph.hasEdge(
            id,
          ),
        edge.id,
      ),
    )
    .toBe(false);

  await reloadSeeds();
  expect(await status(request, evidenceUrl)).toBe(404);

  await page.getByTestId("relation-restore").click();
  await expect(page.getByTestId("relation-reject")).toBeVisible();
  expect(await status(request, evidenceUrl)).toBe(200);
});

test("split an alias off into its own entity; a re-load keeps it split; undo in Corrections", async ({
  page,
  request,
}) => {
  const data = JSON.parse(await readFile(GRAPH_JSON, "utf8")) as GraphData;
  // The least mentioned entity whose text uses one of its aliases (not its name) somewhere.
  const candidates = data.entities
    .map((e) => ({ e, alias: e.aliases.find((a) => a !== e.name && e.mentions.some((m) => m.text === a)) }))
    .filter((c) => c.alias !== undefined)
    .sort((a, b) => a.e.mentions.length - b.e.mentions.length || a.e.id.localeCompare(b.e.id));
  const { e: entity, alias } = candidates[0] as { e: GraphData["entities"][number]; alias: string };
  const newId = splitEntityId(entity.id, alias);

  await openGraph(page, `?sel=${encodeURIComponent(entity.id)}`);
  await page.getByTestId("curate-open").click();
  await page.getByTestId("split-alias").selectOption(alias);
  await page.getByTestId("split-apply").click();
  await expect.poll(async () => (await request.get(entityUrl(newId))).status()).toBe(200);
  const split = await (await request.get(entityUrl(newId))).json();
  expect(split.entity.name).toBe(alias);
  expect(split.entity.mentionCount).toBeGreaterThan(0);

  await reloadSeeds();
  const original = await (await request.get(entityUrl(entity.id))).json();
  expect(original.entity.aliases).not.toContain(alias);
  expect(await status(request, entityUrl(newId))).toBe(200);

  await undoLatest(page, "split");
  expect(await status(request, entityUrl(newId))).toBe(404);
  const back = await (await request.get(entityUrl(entity.id))).json();
  expect(back.entity.aliases).toContain(alias);
});
