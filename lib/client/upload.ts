/**
 * The upload view's logic, apart from React: files from a drop (folders walked through the entries API) or a
 * file input (with their paths inside a chosen folder), the POST to /api/ingest as multipart, and the
 * server-sent events of its answer parsed into typed events. Progress state is a pure reducer over the events.
 */
import type { IngestEvent, IngestRunSummary } from "@/lib/pipeline/ingest-run";
import { WRITE_TOKEN_KEY } from "./api";

export interface PickedFile {
  file: File;
  /** Path inside the dropped or chosen folder ("bbc/business/001.txt"), or the bare name. */
  path: string;
}

export type UploadEvent = IngestEvent | { kind: "accepted"; files: number } | { kind: "error"; message: string };

/** Files of a file input: `webkitRelativePath` when a folder was chosen. */
export function pickedFromInput(files: FileList | readonly File[]): PickedFile[] {
  return [...files].map((file) => ({ file, path: file.webkitRelativePath || file.name }));
}

type Entry = FileSystemEntry & {
  isFile: boolean;
  isDirectory: boolean;
  file?: (ok: (f: File) => void, fail: (e: unknown) => void) => void;
  createReader?: () => { readEntries: (ok: (e: Entry[]) => void, fail: (e: unknown) => void) => void };
};

async function walkEntry(entry: Entry, prefix: string, out: PickedFile[]): Promise<void> {
  if (entry.isFile && entry.file) {
    const file = await new Promise<File>((ok, fail) => entry.file!(ok, fail));
    out.push({ file, path: prefix + entry.name });
  } else if (entry.isDirectory && entry.createReader) {
    const reader = entry.createReader();
    // readEntries answers in pages: call it until it gives nothing.
    for (;;) {
      const page = await new Promise<Entry[]>((ok, fail) => reader.readEntries(ok, fail));
      if (page.length === 0) break;
      for (const child of page) await walkEntry(child, `${prefix}${entry.name}/`, out);
    }
  }
}

/** Files of a drop, folders included (hidden files skipped, as the CLI does). */
export async function pickedFromDrop(data: DataTransfer): Promise<PickedFile[]> {
  const entries = [...data.items]
    .map((item) => (item.webkitGetAsEntry?.() ?? null) as Entry | null)
    .filter((e): e is Entry => e !== null);
  if (entries.length === 0) return pickedFromInput(data.files);
  const out: PickedFile[] = [];
  for (const entry of entries) await walkEntry(entry, "", out);
  return out.filter((p) => !p.path.split("/").some((part) => part.startsWith(".")));
}

/** Splits a text/event-stream body into events (event name ignored: every payload carries its `kind`). */
export async function readEvents(body: ReadableStream<Uint8Array>, onEvent: (e: UploadEvent) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut: number;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const frame = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const data = frame
        .split("\n")
        .filter((l) => l.startsWith("data:"))
        .map((l) => l.slice(5).trimStart())
        .join("\n");
      if (data) onEvent(JSON.parse(data) as UploadEvent);
    }
  }
}

/** Sends the upload; events arrive through `onEvent`. A refusal (busy, limits, guard) throws its message. */
export async function sendUpload(
  picked: readonly PickedFile[],
  text: string,
  onEvent: (e: UploadEvent) => void,
  signal?: AbortSignal,
): Promise<void> {
  const form = new FormData();
  for (const p of picked) {
    form.append("files", p.file, p.file.name);
    form.append("paths", p.path);
  }
  if (text.trim()) form.append("text", text);
  let token = "";
  try {
    token = window.localStorage.getItem(WRITE_TOKEN_KEY)?.trim() ?? "";
  } catch {
    // storage off: no token
  }
  const res = await fetch("/api/ingest", {
    method: "POST",
    body: form,
    signal,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!res.ok || !res.body) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `upload failed with HTTP ${res.status}`);
  }
  await readEvents(res.body, onEvent);
}

export interface FileRow {
  file: string;
  ok: boolean;
  articles: number;
  error?: string;
}

export interface UploadProgress {
  stage: "idle" | "sending" | "reading" | "comparing" | "extracting" | "loading" | "done" | "failed";
  filesDone: number;
  filesTotal: number;
  extractDone: number;
  extractTotal: number;
  loadPhase?: string;
  loadDone: number;
  loadTotal: number;
  files: FileRow[];
  summary?: IngestRunSummary;
  error?: string;
}

export const IDLE: UploadProgress = {
  stage: "idle",
  filesDone: 0,
  filesTotal: 0,
  extractDone: 0,
  extractTotal: 0,
  loadDone: 0,
  loadTotal: 0,
  files: [],
};

/** The progress after one event. */
export function reduceProgress(p: UploadProgress, e: UploadEvent): UploadProgress {
  switch (e.kind) {
    case "accepted":
      return { ...p, stage: "reading", filesTotal: e.files };
    case "listed":
      return { ...p, stage: "reading", filesTotal: e.total };
    case "file":
      return {
        ...p,
        filesDone: e.done,
        filesTotal: e.total,
        files: [...p.files, { file: e.file, ok: e.ok, articles: e.articles, ...(e.error ? { error: e.error } : {}) }],
      };
    case "compared":
      return { ...p, stage: "comparing" };
    case "extract":
      return { ...p, stage: "extracting", extractDone: e.done, extractTotal: e.total };
    case "load":
      return { ...p, stage: "loading", loadPhase: e.phase, loadDone: e.done, loadTotal: e.total };
    case "done":
      return { ...p, stage: "done", summary: e.summary };
    case "error":
      return { ...p, stage: "failed", error: e.message };
  }
}

/** Overall share done, 0..1: reading a third, extraction a third, loading a third. */
export function overallShare(p: UploadProgress): number {
  if (p.stage === "done") return 1;
  const part = (d: number, t: number) => (t > 0 ? Math.min(1, d / t) : 0);
  const loading = p.stage === "loading" ? 0.5 + 0.5 * part(p.loadDone, p.loadTotal) : 0;
  return (part(p.filesDone, p.filesTotal) + part(p.extractDone, p.extractTotal) + loading) / 3;
}
