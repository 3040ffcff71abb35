/**
 * Upload scenario against the production build: a folder of two articles and one binary file is uploaded through
 * the folder picker of /upload; the page shows progress, then the summary with the refused file and its reason,
 * and the new person opens in the graph and on its entity page. The uploaded articles are removed again before
 * and after (through the store's own removal, exact recounts included), so the seeds stay as the other specs
 * expect them.
 */
import { expect, test } from "@playwright/test";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { closeDriver } from "../lib/neo4j";
import { ensureIncrementalIndexes, recount, removeArticleContent, storedArticles } from "../lib/neo4j/incremental";
import { shot } from "./helpers";

const FIXTURES = path.join(import.meta.dirname, "fixtures", "upload");
const FOLDER = "e2e-upload";
const LABELS = ["harbour.txt", "budget.md"].map((f) => `upload/${FOLDER}/${f}`);

async function removeUploaded(): Promise<void> {
  try {
    // The lookup by file needs the ingest's indexes, which a store filled by the seeds' plain load (a fresh
    // database, `npm run test:e2e` alone) does not have yet.
    await ensureIncrementalIndexes();
    const { byFile } = await storedArticles([], LABELS);
    const touched = await removeArticleContent(
      [],
      byFile.map((a) => a.id),
    );
    await recount(touched);
  } finally {
    await closeDriver();
  }
}

test.beforeAll(removeUploaded);
test.afterAll(removeUploaded);

test("upload a folder with one bad file: progress, the summary with the refused file, the new entity in the graph", async ({
  page,
}) => {
  const parent = mkdtempSync(path.join(tmpdir(), "newsgraph-upload-"));
  const folder = path.join(parent, FOLDER);
  mkdirSync(folder);
  for (const f of ["harbour.txt", "budget.md"]) copyFileSync(path.join(FIXTURES, f), path.join(folder, f));
  writeFileSync(path.join(folder, "scan.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
  try {
    await page.goto("/upload");
    await page.getByTestId("folder-input").setInputFiles(folder);
    await expect(page.getByTestId("picked-count")).toHaveText("3 files selected");
    await page.getByTestId("upload-start").click();
    await expect(page.getByTestId("upload-progress")).toBeVisible();
    const summary = page.getByTestId("upload-summary");
    await expect(summary).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId("upload-message")).toContainText("2 new");
    const refused = page.getByTestId("refused-files");
    await expect(refused).toContainText(`upload/${FOLDER}/scan.txt`);
    await expect(refused).toContainText("binary file");
    await expect(page.getByTestId("upload-files")).toContainText(`upload/${FOLDER}/harbour.txt: 1 article`);
    await expect(page.getByTestId("new-entities")).toContainText("Margarethe Lindqvist");
    await shot(page, "upload-summary");

    const entityHref = await page
      .getByTestId("new-entities")
      .getByRole("link", { name: "Margarethe Lindqvist" })
      .getAttribute("href");
    await page.getByTestId("open-in-graph").click();
    await expect(page.getByTestId("node-panel-name")).toHaveText("Margarethe Lindqvist", { timeout: 30_000 });
    await page.goto(entityHref!);
    await expect(page.getByTestId("entity-name")).toHaveText("Margarethe Lindqvist");
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
});
