/**
 * Ingest: news files and folders → articles. Reads .txt, .md and .html files, cuts files holding several
 * stories into articles, separates headline and photo captions from the body, reads the stated outlet and date,
 * and merges copies of one story found in several files. Bad files are reported one by one; the rest goes on.
 */
import type { Article } from "../graph/types";
import type { ArticleDraft, IngestError, IngestOptions, IngestResult } from "./types";
import { articleId } from "./article-id";
import { detectDate } from "./date";
import { dedupeArticles } from "./dedupe";
import { errorMessage, fileErrors } from "./errors";
import { DEFAULT_MAX_BYTES, expandPaths, readTextFile } from "./read-file";
import { readerFor } from "./readers";
import { detectSource } from "./source";

export type { ArticleDraft, IngestError, IngestOptions, IngestResult, SplitMode } from "./types";
export { splitArticles } from "./split";
export { dedupeArticles } from "./dedupe";
export { detectSource } from "./source";
export { detectDate } from "./date";
export { readHtml, htmlArticles } from "./html";
export { markdownToText } from "./markdown";
export { readTextFile, expandPaths, DEFAULT_MAX_BYTES } from "./read-file";
export { IngestFileError } from "./errors";

/** Draft → Article. Without de-duplication, copies get the file and position in their id to stay distinct. */
export function draftToArticle(draft: ArticleDraft, dedupe: boolean): Article {
  return {
    id: articleId(draft.title, draft.text, dedupe ? undefined : `${draft.file}#${draft.position}`),
    title: draft.title,
    source: detectSource(draft),
    date: detectDate(draft),
    files: [draft.file],
    text: draft.text,
    captions: draft.captions,
  };
}

export async function ingestPaths(paths: string[], opts: IngestOptions): Promise<IngestResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const { files, errors, skipped, notArticles } = await expandPaths(paths);
  const fileErrorsFound: IngestError[] = [...errors];
  const drafts: ArticleDraft[] = [];
  let okFiles = 0;

  // One file at a time keeps memory flat and the onFile order equal to path order.
  for (const file of files) {
    let count = 0;
    try {
      const text = await readTextFile(file.abs, maxBytes);
      const found = readerFor(file.format).toDrafts(text, file.label, opts.split);
      if (found.length === 0) throw fileErrors.noArticles();
      drafts.push(...found);
      count = found.length;
      okFiles++;
    } catch (err) {
      fileErrorsFound.push({ file: file.label, message: errorMessage(err) });
    }
    opts.onFile?.({ file: file.label, ok: count > 0, articles: count });
  }

  const articles = drafts.map((d) => draftToArticle(d, opts.dedupe));
  const merged = opts.dedupe ? dedupeArticles(articles) : { articles, duplicatesDropped: 0 };
  return {
    articles: merged.articles,
    errors: fileErrorsFound.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    files: okFiles,
    duplicatesDropped: merged.duplicatesDropped,
    skipped,
    notArticles,
  };
}
