/**
 * Playwright configuration for the e2e suite (e2e/*.spec.ts). Runs the production build (`next start`) against
 * the Neo4j given by NEO4J_* and drives the system chromium (never a downloaded browser). `npm run test:e2e`
 * prepares everything (database with the seeds, build, free port); running `playwright test` by hand needs a
 * fresh `next build` and a loaded database.
 */
import { defineConfig, devices } from "@playwright/test";
import { readNeo4jConfig } from "./lib/neo4j/config";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const neo4j = readNeo4jConfig();
const inCi = Boolean(process.env.CI);

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  globalSetup: "./e2e/global-setup.ts",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: inCi ? 1 : 0,
  forbidOnly: inCi,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    viewport: { width: 1280, height: 800 },
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          // WebGL (sigma) renders headless through SwiftShader with these flags.
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--use-angle=swiftshader",
            "--enable-unsafe-swiftshader",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `node_modules/.bin/next start -H 127.0.0.1 -p ${port}`,
    url: baseURL,
    timeout: 120_000,
    reuseExistingServer: !inCi,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
    },
  },
});
