/**
 * Article page safety: text containing markup is shown as text and never executed (fixture loaded by
 * e2e/global-setup.ts), and its files are named without the server's absolute paths. Also: unknown ids give the 404
 * page.
 */
import { expect, test } from "@playwright/test";
import { shot } from "./helpers";

test("9. an article containing <script> renders it as text and runs nothing", async ({ page }) => {
  await page.goto("/article/e2e-script-article");
  const text = page.getByTestId("article-text");
  await expect(text).toBeVisible();
  await expect(text).toContainText("<script>window.__xss = 1</script>");
  await expect(text).toContainText('<img src=x onerror="window.__xss=2">');
  await expect(page.getByTestId("article-title")).toContainText("<script>");
  await expect(page.getByTestId("mention").filter({ hasText: "Jane Fixture" }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(await page.locator("article script, article img").count()).toBe(0);
  await shot(page, "09-script-article");
});

test("an article's files never show an absolute path of the server's disk", async ({ page }) => {
  // The fixture's second file was ingested from outside the working directory: stored as an absolute path.
  await page.goto("/article/e2e-script-article");
  const files = page.getByTestId("article-files");
  await expect(files).toContainText("e2e/fixtures/script-article.txt");
  await expect(files).toContainText("…/wire/script-article.txt");
  await expect(files).not.toContainText("/srv/");
});

test("unknown article and entity ids show the 404 page", async ({ page }) => {
  const res = await page.goto("/article/does-not-exist");
  expect(res?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toBeVisible();
  const res2 = await page.goto("/entity/person:does-not-exist");
  expect(res2?.status()).toBe(404);
});

test("the entity page shows details, a mini graph and a timeline", async ({ page }) => {
  await page.goto("/entity/person:jane-fixture");
  await expect(page.getByTestId("entity-name")).toHaveText("Jane Fixture");
  await expect(page.getByTestId("timeline")).toContainText("Fixture:");
  await shot(page, "10-entity");
});
