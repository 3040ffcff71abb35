/**
 * Parallel extraction: the per-article part of the pipeline (tagging, in-article resolution, relation
 * candidates) runs on a pool of worker threads, and the corpus-wide merge runs once, here, over the results in
 * article order, so the graph is byte-identical whatever the number of workers. With one worker everything runs
 * in this thread (no thread start-up, no copying). Each worker has at most IN_FLIGHT articles queued, so the only
 * full copy of the corpus is the caller's article list.
 */
import { Worker } from "node:worker_threads";
import type { Article, GraphData } from "../graph/types";
import type { NerTagger } from "../extract/ner";
import {
  assembleGraph,
  extractSteps,
  processArticle,
  sortArticles,
  type ArticleWork,
  type ExtractPhase,
} from "../extract/pipeline";

export interface WorkerRequest {
  index: number;
  article: Article;
}

export type WorkerReply =
  | { index: number; locals: ArticleWork["locals"]; candidates: ArticleWork["candidates"]; error?: undefined }
  | { index: number; error: string };

/** Articles queued per worker: enough to hide the message round trip, few enough to keep memory flat. */
const IN_FLIGHT = 4;

/** Drops what the corpus-wide steps never read (sentence tokens), so less is copied between threads. */
export function compactWork(work: ArticleWork): ArticleWork {
  return {
    article: work.article,
    locals: work.locals,
    candidates: work.candidates.map((c) => ({
      ...c,
      sentence: { text: c.sentence.text, start: c.sentence.start, end: c.sentence.end, tokens: [] },
    })),
  };
}

/**
 * Starts one worker: the compiled extract-worker.mjs beside this module in the build, or, run from source (tsx),
 * extract-worker.ts behind tsx's loader (a worker thread does not inherit the loader hooks of its parent).
 */
function startWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return new Worker(new URL("./extract-worker.mjs", here));
  const tsx = import.meta.resolve("tsx/esm/api");
  const worker = new URL("./extract-worker.ts", here).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}); })`;
  return new Worker(boot, { eval: true });
}

export interface ParallelOptions {
  workers: number;
  /** Loads the tagger for the in-thread path (workers = 1); workers load their own. */
  tagger: () => NerTagger;
  onProgress?: (done: number, total: number, phase: ExtractPhase) => void;
}

/** Per-article work for `sorted` (already in sortArticles order) on `workers` threads, results in input order. */
export async function processInWorkers(
  sorted: readonly Article[],
  workers: number,
  onArticle: () => void,
): Promise<ArticleWork[]> {
  const results: ArticleWork[] = new Array(sorted.length);
  const count = Math.max(1, Math.min(workers, sorted.length));
  const pool = Array.from({ length: count }, startWorker);
  let next = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let finished = 0;
      let failed = false;
      const fail = (error: Error) => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      const feed = (worker: Worker) => {
        if (failed || next >= sorted.length) return;
        const index = next++;
        worker.postMessage({ index, article: sorted[index] } satisfies WorkerRequest);
      };
      if (sorted.length === 0) resolve();
      for (const worker of pool) {
        worker.on("message", (reply: WorkerReply) => {
          if (reply.error !== undefined) {
            const article = sorted[reply.index];
            fail(new Error(`extraction failed on article ${article.id} (${article.files[0] ?? "?"}): ${reply.error}`));
            return;
          }
          results[reply.index] = { article: sorted[reply.index], locals: reply.locals, candidates: reply.candidates };
          onArticle();
          if (++finished === sorted.length) resolve();
          else feed(worker);
        });
        worker.on("error", (error) => fail(new Error(`an extraction worker crashed: ${error.message}`)));
        worker.on("exit", (code) => {
          if (finished < sorted.length && code !== 0) fail(new Error(`an extraction worker exited with code ${code}`));
        });
        for (let i = 0; i < IN_FLIGHT; i++) feed(worker);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}

/** The per-article part for `articles` (sorted by id) on `workers` threads; `onArticle` after each. */
export async function articleWork(
  articles: readonly Article[],
  options: Pick<ParallelOptions, "workers" | "tagger">,
  onArticle: () => void = () => undefined,
): Promise<ArticleWork[]> {
  const sorted = sortArticles(articles);
  if (options.workers > 1) return processInWorkers(sorted, options.workers, onArticle);
  const tagger = options.tagger();
  return sorted.map((a) => {
    const w = processArticle(a, tagger);
    onArticle();
    return w;
  });
}

/** The whole extraction on `options.workers` threads: the same graph as extractGraph, byte for byte. */
export async function extractGraphParallel(articles: readonly Article[], options: ParallelOptions): Promise<GraphData> {
  const total = extractSteps(articles.length);
  let done = 0;
  const report = (phase: ExtractPhase) => options.onProgress?.(++done, total, phase);
  const work = await articleWork(articles, options, () => report("article"));
  return assembleGraph(work, { onProgress: report });
}
