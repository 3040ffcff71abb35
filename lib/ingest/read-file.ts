/**
 * File-system side of ingest: expanding the given paths (folders recursively, hidden files skipped, sorted),
 * and reading one file safely: size checked with stat before reading, binary content and invalid UTF-8 refused
 * with a clear message, empty files refused.
 */
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { extname, isAbsolute, join, relative, resolve } from "node:path";
import type { IngestError } from "./types";
import { errorMessage, fileErrors } from "./errors";

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type FileFormat = "text" | "markdown" | "html";

/** Extensions ingest reads, by format. */
export const FORMATS: { format: FileFormat; extensions: string[] }[] = [
  { format: "text", extensions: [".txt", ".text"] },
  { format: "markdown", extensions: [".md", ".markdown"] },
  { format: "html", extensions: [".html", ".htm", ".xhtml"] },
];

export function formatOf(path: string): FileFormat | null {
  const ext = extname(path).toLowerCase();
  return FORMATS.find((f) => f.extensions.includes(ext))?.format ?? null;
}

export interface InputFile {
  /** Absolute path. */
  abs: string;
  /** Path relative to the working directory when under it, else absolute. */
  label: string;
  format: FileFormat;
}

/** Label for a path: relative to `cwd` when inside it (so "seeds/000_x.txt"), else absolute. */
export function fileLabel(abs: string, cwd = process.cwd()): string {
  const rel = relative(cwd, abs);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return abs;
  return rel.split("\\").join("/");
}

/**
 * Names of files that accompany a corpus but are not news (the BBC corpus ships a README.TXT). Inside folders they
 * are passed over and reported; a file named on the command line is read whatever its name.
 */
const NOT_ARTICLE_NAME =
  /^(?:readme|licen[cs]e|copying|copyright|changelog|changes|history|notice|authors|contributors|contributing|code_of_conduct|security)(?:[.-][\w.-]*)?$/i;

export function isNotArticleName(name: string): boolean {
  return NOT_ARTICLE_NAME.test(name);
}

/** All readable files under the given paths, sorted by label, plus per-path errors and skipped files. */
export async function expandPaths(
  paths: string[],
  cwd = process.cwd(),
): Promise<{ files: InputFile[]; errors: IngestError[]; skipped: string[]; notArticles: string[] }> {
  const files = new Map<string, InputFile>();
  const errors: IngestError[] = [];
  const skipped: string[] = [];
  const notArticles: string[] = [];

  const walk = async (dir: string, seen: Set<string>): Promise<number> => {
    const real = await realpath(dir);
    if (seen.has(real)) return 0; // symlink cycle
    seen.add(real);
    let found = 0;
    const entries = (await readdir(dir)).filter((n) => !n.startsWith(".")).sort();
    for (const name of entries) {
      const abs = join(dir, name);
      let st;
      try {
        st = await stat(abs);
      } catch (err) {
        errors.push({ file: fileLabel(abs, cwd), message: errorMessage(err) });
        continue;
      }
      if (st.isDirectory()) {
        found += await walk(abs, seen);
      } else if (st.isFile()) {
        const format = formatOf(abs);
        if (format && isNotArticleName(name)) {
          notArticles.push(fileLabel(abs, cwd));
        } else if (format) {
          files.set(abs, { abs, label: fileLabel(abs, cwd), format });
          found++;
        } else {
          skipped.push(fileLabel(abs, cwd));
        }
      }
    }
    return found;
  };

  for (const p of paths) {
    const abs = resolve(cwd, p);
    const label = fileLabel(abs, cwd);
    try {
      const st = await stat(abs);
      if (st.isDirectory()) {
        if ((await walk(abs, new Set())) === 0) errors.push({ file: label, message: fileErrors.emptyFolder().message });
      } else if (st.isFile()) {
        const format = formatOf(abs);
        if (format) files.set(abs, { abs, label, format });
        else errors.push({ file: label, message: fileErrors.unsupportedExtension(extname(abs).toLowerCase()).message });
      } else {
        errors.push({ file: label, message: fileErrors.notAFile().message });
      }
    } catch (err) {
      errors.push({ file: label, message: errorMessage(err) });
    }
  }
  const byLabel = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    files: [...files.values()].sort((a, b) => byLabel(a.label, b.label)),
    errors,
    skipped: [...new Set(skipped)].sort(byLabel),
    notArticles: [...new Set(notArticles)].sort(byLabel),
  };
}

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= bytes.length) return i; // truncated sequence at the end
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Share of control characters (other than tab, newline, carriage return, form feed) in the first 8 KB. */
function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  return control / n;
}

/** Bytes → text, refusing binary content and invalid UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw fileErrors.binaryNul();
  const share = controlShare(bytes);
  if (share > 0.1) throw fileErrors.binaryControl(share);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw fileErrors.invalidUtf8(Math.max(0, invalidUtf8Offset(bytes)));
  }
}

/** Read one file as text: size cap checked before reading; empty and whitespace-only files refused. */
export async function readTextFile(abs: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  const st = await stat(abs);
  if (!st.isFile()) throw fileErrors.notAFile();
  if (st.size > maxBytes) throw fileErrors.tooLarge(st.size, maxBytes);
  if (st.size === 0) throw fileErrors.empty();
  const text = decodeText(await readFile(abs));
  if (text.replace(/^\uFEFF/, "").trim() === "") throw fileErrors.empty();
  return text;
}
