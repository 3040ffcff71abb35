/**
 * Registry of file formats: each turns a file's decoded text into article drafts. A new format is one entry.
 */
import type { ArticleDraft, SplitMode } from "./types";
import type { FileFormat } from "./read-file";
import { htmlArticles } from "./html";
import { markdownToText } from "./markdown";
import { splitArticles } from "./split";

export interface FormatReader {
  format: FileFormat;
  description: string;
  toDrafts: (text: string, file: string, mode: SplitMode) => ArticleDraft[];
}

export const READERS: FormatReader[] = [
  {
    format: "text",
    description: "Plain text; one or several articles per file",
    toDrafts: (text, file, mode) => splitArticles(text, file, mode),
  },
  {
    format: "markdown",
    description: "Markdown reduced to plain text, then read like a text file",
    toDrafts: (text, file, mode) => splitArticles(markdownToText(text), file, mode),
  },
  {
    format: "html",
    description: "HTML page reduced to its article text (one article per full <article> element)",
    toDrafts: (text, file, mode) => htmlArticles(text, file, mode),
  },
];

export function readerFor(format: FileFormat): FormatReader {
  const reader = READERS.find((r) => r.format === format);
  if (!reader) throw new Error(`no reader registered for format "${format}"`);
  return reader;
}
