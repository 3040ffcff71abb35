/**
 * Articles from JSON Lines (`newsgraph extract --stdin-jsonl`), so another tool can feed an archive without
 * writing files: one `{"id","title","text","source","date","url"}` object per line. `title` and `text` are
 * required; `source` and `date` (YYYY-MM-DD…) are taken as stated, else detected from the text as for files. The
 * article id is the content hash of title and text, as for files, so the same story from a file and from a feed is
 * one article; the line's `url` (or `stdin:<id>`, or `stdin:<line>`) is what `files` lists. A bad line is
 * reported with its line number and the rest goes on.
 */
import type { ArticleDraft, IngestError, IngestResult } from "./types";
import { dedupeArticles } from "./dedupe";
import { draftToArticle } from "./index";

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})/;

function optionalString(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw new Error(`"${field}" must be a string`);
  return value.trim() || null;
}

/** One parsed line → a draft, or an Error saying what is wrong with it. */
export function jsonlDraft(line: string, lineNumber: number): ArticleDraft {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("not a JSON object");
  const o = value as Record<string, unknown>;
  const title = optionalString(o.title, "title");
  const text = typeof o.text === "string" ? o.text.replace(/\r\n?/g, "\n").trim() : null;
  if (!text) throw new Error('"text" is missing or empty');
  if (!title) throw new Error('"title" is missing or empty');
  const date = optionalString(o.date, "date");
  const id = o.id === undefined || o.id === null ? null : String(o.id);
  return {
    title,
    text,
    captions: [],
    statedSource: optionalString(o.source, "source"),
    statedDate: date && ISO_DATE.test(date) ? ISO_DATE.exec(date)![1] : null,
    file: optionalString(o.url, "url") ?? (id ? `stdin:${id}` : `stdin:${lineNumber}`),
    position: 0,
  };
}

/** Reads every line of `lines` (blank lines skipped) into articles, de-duplicated like files when `dedupe`. */
export async function ingestJsonl(
  lines: AsyncIterable<string>,
  opts: { dedupe: boolean; onLine?: (done: number) => void },
): Promise<IngestResult> {
  const drafts: ArticleDraft[] = [];
  const errors: IngestError[] = [];
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === "") continue;
    try {
      drafts.push(jsonlDraft(line, lineNumber));
    } catch (error) {
      errors.push({ file: `stdin line ${lineNumber}`, message: (error as Error).message });
    }
    opts.onLine?.(lineNumber);
  }
  const articles = drafts.map((d) => draftToArticle(d, opts.dedupe));
  const merged = opts.dedupe ? dedupeArticles(articles) : { articles, duplicatesDropped: 0 };
  return {
    articles: merged.articles,
    errors,
    files: drafts.length,
    duplicatesDropped: merged.duplicatesDropped,
    skipped: [],
  };
}
