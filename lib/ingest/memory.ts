/**
 * Ingest of files held in memory (a browser upload): the same format readers, checks and de-duplication as
 * ingestPaths, without touching the disk. Each file is named by the label it was sent with (its path inside the
 * uploaded folder), which is what the stored Article's `files` then lists, so uploading a folder again finds the
 * articles it held before. Refused files are reported one line each, as for files on disk.
 */
import type { IngestError, IngestResult, SplitMode } from "./types";
import { dedupeArticles } from "./dedupe";
import { errorMessage, fileErrors } from "./errors";
import { draftToArticle } from "./index";
import { DEFAULT_MAX_BYTES, decodeText, formatOf, isNotArticleName } from "./read-file";
import { readerFor } from "./readers";
import type { ArticleDraft } from "./types";

export interface MemoryFile {
  /** Label: a relative path with "/" separators ("folder/story.txt"). */
  name: string;
  bytes: Uint8Array;
}

export interface MemoryIngestOptions {
  split: SplitMode;
  dedupe: boolean;
  maxBytes?: number;
  onFile?: (e: { file: string; ok: boolean; articles: number; error?: string }) => void;
}

/** Labels refuse what would be ambiguous or unsafe as a stored file name. */
function labelError(name: string): string | null {
  if (name.trim() === "") return "no file name";
  if (name.length > 300) return "file name longer than 300 characters";
  if (name.startsWith("/") || name.split("/").some((p) => p === ".." || p === ".")) {
    return "file name must be a relative path without . or .. parts";
  }
  return null;
}

export function ingestMemoryFiles(files: readonly MemoryFile[], opts: MemoryIngestOptions): IngestResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const errors: IngestError[] = [];
  const skipped: string[] = [];
  const notArticles: string[] = [];
  const drafts: ArticleDraft[] = [];
  let okFiles = 0;
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    let count = 0;
    let error: string | undefined;
    try {
      const bad = labelError(file.name);
      if (bad) throw new Error(bad);
      const base = file.name.split("/").at(-1)!;
      const format = formatOf(base);
      if (!format) {
        const dot = base.lastIndexOf(".");
        throw fileErrors.unsupportedExtension(dot > 0 ? base.slice(dot).toLowerCase() : "");
      }
      if (isNotArticleName(base)) {
        notArticles.push(file.name);
        opts.onFile?.({ file: file.name, ok: false, articles: 0, error: "not a news article (README, licence…)" });
        continue;
      }
      if (file.bytes.length > maxBytes) throw fileErrors.tooLarge(file.bytes.length, maxBytes);
      if (file.bytes.length === 0) throw fileErrors.empty();
      const text = decodeText(file.bytes);
      if (text.replace(/^\uFEFF/, "").trim() === "") throw fileErrors.empty();
      const found = readerFor(format).toDrafts(text, file.name, opts.split);
      if (found.length === 0) throw fileErrors.noArticles();
      drafts.push(...found);
      count = found.length;
      okFiles++;
    } catch (err) {
      error = errorMessage(err);
      errors.push({ file: file.name, message: error });
    }
    opts.onFile?.({ file: file.name, ok: count > 0, articles: count, ...(error ? { error } : {}) });
  }
  const articles = drafts.map((d) => draftToArticle(d, opts.dedupe));
  const merged = opts.dedupe ? dedupeArticles(articles) : { articles, duplicatesDropped: 0 };
  return {
    articles: merged.articles,
    errors,
    files: okFiles,
    duplicatesDropped: merged.duplicatesDropped,
    skipped,
    notArticles,
  };
}
