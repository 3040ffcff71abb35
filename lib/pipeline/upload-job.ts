/**
 * Browser uploads on the server: the limits (file count, sizes), one ingest at a time, and the run itself in a
 * worker thread (ingest-worker.ts) whose events are streamed to the browser as server-sent events. The API route
 * (app/api/ingest) only checks the request and hands the files here.
 */
import { Worker } from "node:worker_threads";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { MemoryFile } from "../ingest/memory";
import type { IngestEvent } from "./ingest-run";
import type { WorkerIn, WorkerOut } from "./ingest-worker";

/** The limits of one upload, documented in docs/app.md. */
export const UPLOAD_LIMITS = {
  maxFiles: 500,
  maxFileBytes: 5 * 1024 * 1024,
  maxTotalBytes: 50 * 1024 * 1024,
} as const;

/** Why an upload was refused before it started: HTTP status, stable code, one line saying what to do. */
export class UploadRefusedError extends Error {
  constructor(
    readonly status: 400 | 409 | 413,
    readonly code: "busy" | "too_many_files" | "too_large" | "no_files",
    message: string,
  ) {
    super(message);
    this.name = "UploadRefusedError";
  }
}

/** Checks an upload's shape against UPLOAD_LIMITS (per-file problems are reported per file later, not here). */
export function checkUpload(files: readonly { name: string; size: number }[]): void {
  if (files.length === 0)
    throw new UploadRefusedError(400, "no_files", "No files in the upload: add files or paste text");
  if (files.length > UPLOAD_LIMITS.maxFiles) {
    throw new UploadRefusedError(
      413,
      "too_many_files",
      `Too many files: ${files.length} (at most ${UPLOAD_LIMITS.maxFiles} per upload); upload the folder in parts ` +
        "or use `newsgraph ingest` for large archives",
    );
  }
  const total = files.reduce((n, f) => n + f.size, 0);
  if (total > UPLOAD_LIMITS.maxTotalBytes) {
    throw new UploadRefusedError(
      413,
      "too_large",
      `Upload too large: ${Math.round(total / 1024 / 1024)} MB (at most ${UPLOAD_LIMITS.maxTotalBytes / 1024 / 1024} ` +
        "MB); upload it in parts or use `newsgraph ingest`",
    );
  }
}

interface Job {
  started: number;
  last: IngestEvent | null;
}

/** The running upload, if any: one at a time per server process. */
let current: Job | null = null;

export function uploadStatus(): { running: boolean; since?: number; last?: IngestEvent | null } {
  return current ? { running: true, since: current.started, last: current.last } : { running: false };
}

/**
 * The worker: the compiled dist/cli/ingest-worker.mjs when the CLI was built (`npm run build:cli`), else the
 * TypeScript source behind tsx's loader. Started from evaluated code with file URLs built at run time, so the
 * app's bundler leaves it alone.
 */
function startWorker(): Worker {
  const root = process.cwd();
  const built = join(root, "dist", "cli", "ingest-worker.mjs");
  if (existsSync(built) && process.env.NEWSGRAPH_INGEST_WORKER !== "source") {
    return new Worker(`import(${JSON.stringify(pathToFileURL(built).href)})`, { eval: true });
  }
  const tsx = pathToFileURL(join(root, "node_modules", "tsx", "dist", "esm", "api", "index.mjs")).href;
  const source = pathToFileURL(join(root, "lib", "pipeline", "ingest-worker.ts")).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(boot, { eval: true });
}

const encoder = new TextEncoder();
const sse = (event: string, data: unknown) => encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

/**
 * Starts the ingest of `files` (throws UploadRefusedError "busy" while another runs) and returns its events as a
 * text/event-stream body: one event per progress step (named by its kind), then "done" with the summary or
 * "error". If the client goes away (`signal`), the run is aborted before its first write, or finishes if it
 * has started writing.
 */
export function startUpload(files: MemoryFile[], signal?: AbortSignal): ReadableStream<Uint8Array> {
  assertNotBusy();
  const job: Job = { started: Date.now(), last: null };
  current = job;
  return runJob(job, files, signal);
}

/** Throws the "busy" refusal while an upload runs (checked before a large body is read, and again at start). */
export function assertNotBusy(): void {
  if (current) {
    const last = current.last;
    const where = last && "done" in last && "total" in last ? ` (${last.kind}: ${last.done} of ${last.total})` : "";
    throw new UploadRefusedError(
      409,
      "busy",
      `Busy: another ingest is running${where}; try again when it has finished`,
    );
  }
}

function runJob(job: Job, files: MemoryFile[], signal?: AbortSignal): ReadableStream<Uint8Array> {
  const worker = startWorker();
  let closed = false;
  const finish = () => {
    if (current === job) current = null;
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (event: string, data: unknown) => {
        if (closed) return;
        try {
          controller.enqueue(sse(event, data));
        } catch {
          closed = true;
        }
      };
      const close = () => {
        if (closed) return;
        closed = true;
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      worker.on("message", (m: WorkerOut) => {
        if (m.kind !== "error") job.last = m;
        send(m.kind, m);
        if (m.kind === "done" || m.kind === "error") {
          // Finished writing: the next upload may start while this worker closes its driver and exits.
          finish();
          close();
        }
      });
      worker.on("error", (e) => {
        send("error", { kind: "error", message: `the ingest worker crashed: ${e.message}` });
        close();
        finish();
      });
      worker.on("exit", (code) => {
        if (code !== 0) send("error", { kind: "error", message: `the ingest worker exited with code ${code}` });
        close();
        finish();
      });
      signal?.addEventListener("abort", () => worker.postMessage({ kind: "abort" } satisfies WorkerIn));
      send("accepted", { kind: "accepted", files: files.length });
      worker.postMessage({ kind: "start", files } satisfies WorkerIn);
    },
    cancel() {
      closed = true;
      worker.postMessage({ kind: "abort" } satisfies WorkerIn);
    },
  });
}
