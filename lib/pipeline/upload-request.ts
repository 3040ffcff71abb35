/**
 * Reads an upload request into in-memory files: multipart (`files` parts, with their paths inside a dropped
 * folder in parallel `paths` fields, and optional pasted `text`) or JSON (`{"files": [{"name", "text"}],
 * "text"}`). The size is checked from Content-Length before the body is read, and again on what was read.
 * Every name is put under "upload/" so uploaded articles list where they came from without a server path.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import type { MemoryFile } from "../ingest/memory";
import { checkUpload, UploadRefusedError, UPLOAD_LIMITS } from "./upload-job";

/** Room for multipart boundaries and headers above the files' own bytes. */
const ENVELOPE_BYTES = 1024 * 1024;

const JsonUpload = z.object({
  files: z
    .array(z.object({ name: z.string().min(1).max(300), text: z.string() }))
    .max(UPLOAD_LIMITS.maxFiles + 1)
    .default([]),
  text: z.string().optional(),
});

/** A pasted text as a file named by its content, so pasting the same story twice is one article. */
export function pastedFile(text: string): MemoryFile {
  const bytes = new TextEncoder().encode(text);
  const name = `pasted/${createHash("sha1").update(bytes).digest("hex").slice(0, 10)}.txt`;
  return { name, bytes };
}

const uploadName = (path: string) => `upload/${path.replace(/\\/g, "/").replace(/^\/+/, "")}`;

export async function readUpload(req: Request): Promise<MemoryFile[]> {
  const length = Number(req.headers.get("content-length") ?? "0");
  if (length > UPLOAD_LIMITS.maxTotalBytes + ENVELOPE_BYTES) {
    throw new UploadRefusedError(
      413,
      "too_large",
      `Upload too large: ${Math.round(length / 1024 / 1024)} MB (at most ${UPLOAD_LIMITS.maxTotalBytes / 1024 / 1024} MB)`,
    );
  }
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  const files: MemoryFile[] = [];
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await req.formData();
    } catch {
      throw new UploadRefusedError(400, "no_files", "The multipart body could not be read");
    }
    const parts = form.getAll("files").filter((p): p is File => typeof p !== "string");
    const paths = form.getAll("paths").map(String);
    if (parts.length > UPLOAD_LIMITS.maxFiles) checkUpload(parts.map((p) => ({ name: p.name, size: p.size })));
    for (const [i, part] of parts.entries()) {
      files.push({ name: uploadName(paths[i] || part.name), bytes: new Uint8Array(await part.arrayBuffer()) });
    }
    const text = form.get("text");
    if (typeof text === "string" && text.trim() !== "") files.push(pastedFile(text));
  } else {
    let body: unknown;
    try {
      body = await req.json();
    } catch {
      throw new UploadRefusedError(400, "no_files", 'The body must be JSON: {"files": [{"name", "text"}], "text"}');
    }
    const parsed = JsonUpload.parse(body);
    const encoder = new TextEncoder();
    for (const f of parsed.files) files.push({ name: uploadName(f.name), bytes: encoder.encode(f.text) });
    if (parsed.text && parsed.text.trim() !== "") files.push(pastedFile(parsed.text));
  }
  checkUpload(files.map((f) => ({ name: f.name, size: f.bytes.length })));
  return files;
}
