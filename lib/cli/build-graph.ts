/**
 * Files → graph, the chain behind `extract` and `ingest` (ingest → NER tagger → extraction pipeline), in one
 * function so the CLI and the seeds golden test run exactly the same code. The NLP modules are imported on first
 * use so that `--help` and `load` never pay for loading them.
 */
import type { GraphData } from "../graph/types";
import type { IngestResult, SplitMode } from "../ingest/types";
import type { ExtractPhase } from "../extract/pipeline";

export type { ExtractPhase };

export interface BuildOptions {
  split: SplitMode;
  dedupe: boolean;
  /** Worker threads for the per-article steps (default: one, in this thread). The output does not depend on it. */
  workers?: number;
  /** Read articles from these JSON Lines (`--stdin-jsonl`) instead of files; `inputs` must then be empty. */
  jsonl?: AsyncIterable<string>;
}

/** Progress callbacks, all optional. */
export interface BuildHooks {
  /** The inputs were expanded to `total` files (folders walked). */
  filesListed?(total: number): void;
  /** `done` files have been read (or have failed). */
  fileDone?(done: number): void;
  /** Ingest finished (its errors are final); extraction starts and will report `steps` steps. */
  extractStarted?(ingested: IngestResult, steps: number): void;
  /** `done` of `total` extraction steps are finished, the last one being `phase` (see extractGraph). */
  extractStep?(done: number, total: number, phase: ExtractPhase): void;
}

export interface BuildResult {
  graph: GraphData;
  ingested: IngestResult;
}

export async function buildGraph(
  inputs: string[],
  options: BuildOptions,
  hooks: BuildHooks = {},
): Promise<BuildResult> {
  const [{ ingestPaths, expandPaths }, { loadDefaultTagger }, { extractSteps }, { extractGraphParallel }] =
    await Promise.all([
      import("../ingest/index"),
      import("../extract/ner/index"),
      import("../extract/pipeline"),
      import("./extract-pool"),
    ]);
  let done = 0;
  let ingested: IngestResult;
  if (options.jsonl) {
    const { ingestJsonl } = await import("../ingest/jsonl");
    ingested = await ingestJsonl(options.jsonl, { dedupe: options.dedupe, onLine: (n) => hooks.fileDone?.(n) });
  } else {
    if (hooks.filesListed) hooks.filesListed((await expandPaths(inputs)).files.length);
    ingested = await ingestPaths(inputs, {
      split: options.split,
      dedupe: options.dedupe,
      onFile: () => hooks.fileDone?.(++done),
    });
  }
  hooks.extractStarted?.(ingested, extractSteps(ingested.articles.length));
  const graph = await extractGraphParallel(ingested.articles, {
    workers: options.workers ?? 1,
    tagger: loadDefaultTagger,
    onProgress: hooks.extractStep,
  });
  return { graph, ingested };
}
