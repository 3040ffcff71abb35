/**
 * The README's picture of the graph view: opens the explorer of a running app in headless Chromium (the flags of
 * playwright.config.ts), waits for the first frame and for the layout to stop, and saves the page as a PNG.
 *
 *   npx tsx scripts/screenshot-graph.ts [--url http://127.0.0.1:3000/?limit=300] [--community]
 *                                       [--out docs/screenshot-graph.png]
 *
 * `--community` ticks "Colour: by community" first. Start the app yourself (`npm start`, or `next start`).
 */
import { join } from "node:path";
import { chromium } from "@playwright/test";
import playwrightConfig from "../playwright.config";

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]): Promise<void> {
  const url = argValue(args, "url") ?? "http://127.0.0.1:3000/?limit=300";
  const out = argValue(args, "out") ?? join(import.meta.dirname, "..", "docs", "screenshot-graph.png");
  const launch = playwrightConfig.projects?.[0]?.use?.launchOptions ?? {};
  const browser = await chromium.launch({ ...launch, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
    await page.goto(url);
    const state = page.getByTestId("graph-state");
    await state.and(page.locator('[data-ready="true"]')).waitFor({ state: "attached", timeout: 120_000 });
    await state.and(page.locator('[data-layout-running="false"]')).waitFor({ state: "attached", timeout: 120_000 });
    if (args.includes("--community")) {
      await page.getByTestId("colour-by-community").check();
      await state.and(page.locator('[data-colour-by="community"]')).waitFor({ state: "attached" });
    }
    // Let the last position update and label pass reach the canvas.
    await page.waitForTimeout(1000);
    await page.screenshot({ path: out });
    console.log(`wrote ${out} (${url})`);
  } finally {
    await browser.close();
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error((e as Error).message);
  process.exitCode = 1;
});
