/**
 * The extraction worker thread (started by extract-pool.ts): loads the NER model once, then turns each article it
 * is sent into its ArticleWork (tagging, per-article resolution, relation candidates: the per-article part of
 * lib/extract/pipeline). Sentence token arrays are dropped before the reply: the corpus-wide steps read only a
 * candidate sentence's text and offsets, and copying tokens between threads would cost more than the tagging.
 */
import { parentPort } from "node:worker_threads";
import { loadDefaultTagger } from "../extract/ner/index";
import { processArticle } from "../extract/pipeline";
import type { WorkerReply, WorkerRequest } from "./extract-pool";
import { compactWork } from "./extract-pool";

if (!parentPort) throw new Error("extract-worker.ts runs as a worker thread (see lib/cli/extract-pool.ts)");
const port = parentPort;
let tagger: ReturnType<typeof loadDefaultTagger> | null = null;

port.on("message", (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    tagger ??= loadDefaultTagger();
    const work = compactWork(processArticle(request.article, tagger));
    reply = { index: request.index, locals: work.locals, candidates: work.candidates };
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    reply = { index: request.index, error: message };
  }
  port.postMessage(reply);
});
