/**
 * `npm run build:cli` (also run by `prepare` on `npm install` / `npm ci`): bundles the command line and the
 * library it uses into dist/cli/*.mjs with esbuild, so `newsgraph` starts without transpiling TypeScript.
 * Packages are bundled too (one file read instead of hundreds at start-up). Lazily imported modules (the NLP pipeline, the
 * Neo4j driver) become separate chunks, so `--help` loads neither. Files a module reads next to its source
 * (`new URL("./model/x.json.gz", import.meta.url)`, `import.meta.dirname`) are re-pointed at the source tree, so
 * model files are read from lib/ where they live, and nothing is copied.
 */
import { build, type Plugin } from "esbuild";
import { readFile } from "node:fs/promises";
import path from "node:path";

export const REPO_ROOT = path.resolve(import.meta.dirname, "..");
export const OUT_DIR = path.join(REPO_ROOT, "dist", "cli");
/** Entry points: the CLI and the extraction and upload workers (a worker thread needs a file of its own). */
export const ENTRY_POINTS = {
  newsgraph: path.join(REPO_ROOT, "lib/cli/main.ts"),
  "extract-worker": path.join(REPO_ROOT, "lib/cli/extract-worker.ts"),
  "ingest-worker": path.join(REPO_ROOT, "lib/pipeline/ingest-worker.ts"),
};

/** A relative URL to a data file (not code: code is bundled). */
const ASSET_URL = /new URL\((["'])(\.{1,2}\/[^"']*?)\1,\s*import\.meta\.url\)/g;
const CODE_FILE = /\.(ts|tsx|js|mjs|cjs)$/;

/** Rewrites a source file's asset references so they resolve from OUT_DIR to the file's own folder. */
export function repointAssets(source: string, sourceFile: string, outDir: string = OUT_DIR): string {
  const fromOut = (target: string) => {
    const rel = path.relative(outDir, target).split(path.sep).join("/");
    return rel.startsWith(".") ? rel : `./${rel}`;
  };
  const dir = path.dirname(sourceFile);
  return source
    .replace(ASSET_URL, (whole, quote: string, rel: string) => {
      if (CODE_FILE.test(rel)) return whole;
      // path.relative drops a folder URL's trailing slash ("./model/"), which the URL needs to resolve inside it.
      const slash = rel.endsWith("/") ? "/" : "";
      return `new URL(${JSON.stringify(fromOut(path.resolve(dir, rel)) + slash)}, import.meta.url)`;
    })
    .replace(/import\.meta\.dirname/g, () => {
      return `decodeURIComponent(new URL(${JSON.stringify(fromOut(dir) + "/")}, import.meta.url).pathname).replace(/\\/$/, "")`;
    });
}

function sourceAssets(outDir: string): Plugin {
  return {
    name: "source-assets",
    setup(b) {
      b.onLoad({ filter: /\.tsx?$/ }, async (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const text = await readFile(args.path, "utf8");
        return { contents: repointAssets(text, args.path, outDir), loader: args.path.endsWith(".tsx") ? "tsx" : "ts" };
      });
    },
  };
}

/** Builds into `outDir` (default dist/cli; tests build into a temporary folder). */
export async function buildCli(outDir: string = OUT_DIR): Promise<void> {
  await build({
    entryPoints: ENTRY_POINTS,
    outdir: outDir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Bundling the packages too saves resolving and reading hundreds of small files at start-up (zod alone has
    // dozens); CommonJS packages inside an ES module need a real `require`.
    banner: {
      js: 'import { createRequire as __ngCreateRequire } from "node:module"; const require = __ngCreateRequire(import.meta.url);',
    },
    sourcemap: "linked",
    chunkNames: "chunk-[hash]",
    logLevel: "warning",
    plugins: [sourceAssets(outDir)],
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const started = performance.now();
  await buildCli();
  process.stdout.write(
    `built ${path.relative(process.cwd(), OUT_DIR)} in ${Math.round(performance.now() - started)} ms\n`,
  );
}
