/**
 * Cypher console scenarios: a read query shows rows and a graph; a write query is refused and changes nothing.
 */
import { expect, test, type Page } from "@playwright/test";
import { shot } from "./helpers";

async function typeQuery(page: Page, query: string) {
  await page.goto("/query");
  const editor = page.locator(".cm-content");
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(query);
  await page.keyboard.press("Control+Enter");
}

test("7. the console runs a read query and shows rows and a graph", async ({ page }) => {
  await typeQuery(page, "MATCH (p:Person)-[r]->(o) RETURN p,r,o LIMIT 25");
  await expect(page.getByTestId("cypher-summary")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("cypher-graph")).toHaveAttribute("data-ready", "true", { timeout: 30_000 });
  expect(Number(await page.getByTestId("cypher-graph").getAttribute("data-node-count"))).toBeGreaterThan(1);
  await shot(page, "07-console-graph");
  await page.getByTestId("tab-table").click();
  const rows = await page.getByTestId("cypher-row").count();
  expect(rows).toBeGreaterThan(0);
  expect(rows).toBeLessThanOrEqual(25);
  await shot(page, "07-console-table");
});

test("8. the console refuses a write and the data is unchanged", async ({ page, request }) => {
  const before = await (await request.get("/api/stats")).json();
  expect(before.entities).toBeGreaterThan(0);
  await typeQuery(page, "MATCH (n) DETACH DELETE n");
  await expect(page.getByTestId("cypher-refused")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("cypher-refused")).toContainText(/read-only/i);
  await shot(page, "08-console-refused");
  const after = await (await request.get("/api/stats")).json();
  expect(after.entities).toBe(before.entities);
  expect(after.articles).toBe(before.articles);
  expect(after.relations).toBe(before.relations);
});

test("9. a 15,000-row result shows on the virtualised table soon after the server's answer", async ({ page }) => {
  await page.goto("/query");
  await expect(page.locator(".cm-content")).toBeVisible({ timeout: 30_000 });
  await page.getByTestId("cypher-row-cap").selectOption("20000");
  const editor = page.locator(".cm-content");
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(
    "UNWIND range(1, 15000) AS i RETURN i, 'entity ' + i AS name, {id: i, tags: [i % 7, i % 11], note: " +
      "'a long value that the table collapses to one line ' + i} AS value",
  );
  const answered = page.waitForResponse((r) => r.url().endsWith("/api/cypher")).then(() => performance.now());
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("cypher-summary")).toContainText("15000 rows", { timeout: 30_000 });
  await expect(page.getByTestId("cypher-row").first()).toBeVisible();
  const shownAfterMs = performance.now() - (await answered);
  console.log(
    `console: 15,000 rows on screen ${Math.round(shownAfterMs)} ms after the response arrived (shared machine)`,
  );
  await expect(page.getByTestId("cypher-table")).toHaveAttribute("data-row-count", "15000");
  // Virtualised: only the rows in view are in the DOM.
  expect(await page.getByTestId("cypher-row").count()).toBeLessThan(200);
  await page.getByTestId("cypher-table-scroll").evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(page.locator('[data-testid=cypher-row][data-index="14999"]')).toBeVisible();
  await page.locator('[data-testid=cypher-row][data-index="14999"] td').nth(3).click();
  await expect(page.getByTestId("cypher-cell-value")).toContainText("a long value that the table collapses");
  await shot(page, "09-console-15k");
});
