/** Shared steps of the e2e scenarios: wait for the graph's ready signal, read graph state, save screenshots. */
import { expect, type Page } from "@playwright/test";
import path from "node:path";

export const SCREENSHOTS = path.join(import.meta.dirname, "screenshots");

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** Opens the graph view and waits until the first frame with data is drawn. */
export async function openGraph(page: Page, query = ""): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByTestId("graph-state")).toHaveAttribute("data-ready", "true", { timeout: 30_000 });
}

export async function nodeCount(page: Page): Promise<number> {
  return Number(await page.getByTestId("graph-state").getAttribute("data-node-count"));
}

/** Node attributes of the render graph sigma draws (exposed as window.__newsgraph for tests). */
export async function renderNodes(page: Page): Promise<{ id: string; entityType: string; label: string }[]> {
  return page.evaluate(() => {
    const w = window as unknown as {
      __newsgraph: { graph: { mapNodes: (fn: (id: string, a: Record<string, unknown>) => unknown) => unknown[] } };
    };
    return w.__newsgraph.graph.mapNodes((id, a) => ({ id, entityType: a.entityType, label: a.label })) as {
      id: string;
      entityType: string;
      label: string;
    }[];
  });
}

/** Searches an entity by name and picks the first hit whose text matches. */
export async function searchAndPick(page: Page, query: string, hit: RegExp): Promise<void> {
  await page.getByTestId("search-input").fill(query);
  const option = page.getByTestId("search-hit").filter({ hasText: hit }).first();
  await expect(option).toBeVisible({ timeout: 15_000 });
  await option.click();
}
