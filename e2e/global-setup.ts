/**
 * Playwright globalSetup: loads the tiny fixture article with `<script>` in its text (e2e/fixtures/
 * script-article.json) into the test database, next to the seeds, so the XSS scenario has something to open.
 * Uses the same NEO4J_* environment as the app under test. playwright.config.ts must reference this file.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { closeDriver, loadGraph } from "../lib/neo4j";
import type { GraphData } from "../lib/graph/types";

export default async function globalSetup(): Promise<void> {
  const file = path.join(import.meta.dirname, "fixtures", "script-article.json");
  const data = JSON.parse(await readFile(file, "utf8")) as GraphData;
  try {
    await loadGraph(data);
  } catch (e) {
    throw new Error(
      `e2e setup: could not load ${file} into Neo4j (${(e as Error).message}). Is the test database running?`,
      { cause: e },
    );
  } finally {
    await closeDriver();
  }
}
