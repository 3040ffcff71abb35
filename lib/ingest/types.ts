/**
 * Types at the ingest boundary: options and result of `ingestPaths`, and the intermediate article draft that the
 * format readers and the splitter produce before source/date/id are attached.
 */
import type { Article } from "../graph/types";

export type SplitMode = "auto" | "none";

export interface IngestOptions {
  /** "auto": detect several articles in one file; "none": each file is exactly one article. */
  split: SplitMode;
  /** Merge copies and near-copies of one article into one Article whose `files` lists every copy. */
  dedupe: boolean;
  /** Per-file size cap in bytes (default 20 MB). Checked with stat before reading. */
  maxBytes?: number;
  /** Called once per file, in path order, after the file was read and split (or failed). */
  onFile?: (e: { file: string; ok: boolean; articles: number }) => void;
}

export interface IngestError {
  file: string;
  message: string;
}

export interface IngestResult {
  articles: Article[];
  errors: IngestError[];
  /** Number of files that were read and yielded at least one article. */
  files: number;
  /** Article copies merged into another article by de-duplication. */
  duplicatesDropped: number;
  /** Files inside folders that were passed over because of their extension (hidden files are not listed). */
  skipped: string[];
  /** Files inside folders passed over because their name says they are not news (README, LICENSE, …). */
  notArticles?: string[];
}

/** One article as cut out of a file, before outlet, date and id are derived. */
export interface ArticleDraft {
  title: string;
  /** Body paragraphs joined by a blank line; headline, captions, markers and footers removed. */
  text: string;
  captions: string[];
  /** Outlet from an explicit "Source: X" line, already normalised; null when the article has none. */
  statedSource: string | null;
  /** ISO date from a "Published On 19 Jan 2022" / "Updated: ..." line (removed from the text), else null. */
  statedDate: string | null;
  /** File label (path relative to the working directory, or absolute). */
  file: string;
  /** 0-based index of the article within its file. */
  position: number;
}
