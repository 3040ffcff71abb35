/**
 * The upload worker thread (started by upload-job.ts): runs one incremental ingest of the files it is sent, in
 * this thread, so extraction never blocks the API's event loop. Posts every progress event, then the summary or
 * one error line, closes its own Neo4j driver and ends. An "abort" message stops the run before its first write.
 */
import { parentPort } from "node:worker_threads";
import { runIngest, type IngestEvent } from "./ingest-run";
import type { MemoryFile } from "../ingest/memory";
import { closeDriver } from "../neo4j/driver";

export type WorkerIn = { kind: "start"; files: MemoryFile[] } | { kind: "abort" };
export type WorkerOut = IngestEvent | { kind: "error"; message: string };

if (!parentPort) throw new Error("ingest-worker.ts runs as a worker thread (see lib/pipeline/upload-job.ts)");
const port = parentPort;
const controller = new AbortController();

port.on("message", (message: WorkerIn) => {
  if (message.kind === "abort") {
    controller.abort();
    return;
  }
  const post = (m: WorkerOut) => port.postMessage(m);
  runIngest({ kind: "memory", files: message.files }, { workers: 1, signal: controller.signal, onEvent: post })
    .catch((error: unknown) => post({ kind: "error", message: error instanceof Error ? error.message : String(error) }))
    .finally(async () => {
      await closeDriver().catch(() => undefined);
      port.close();
    });
});
