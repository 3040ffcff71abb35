/**
 * Light text normalisation shared by every reader: unified line endings, no trailing spaces, no runs of more than
 * one blank line in output text, and a comparison key for matching repeated lines and near-copies.
 */

/** Unify line endings, drop a byte-order mark and trailing spaces. Blank-line runs are kept (they carry meaning). */
export function normaliseLines(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00a0]+$/gm, "");
}

/** Collapse 3+ consecutive newlines (2+ blank lines) to one blank line and trim the ends. */
export function collapseBlankLines(text: string): string {
  return text.replace(/\n{3,}/g, "\n\n").trim();
}

/** Collapse inner whitespace of one paragraph to single spaces. */
export function squashSpaces(line: string): string {
  return line.replace(/[ \t\u00a0]+/g, " ").trim();
}

/**
 * Key for comparing lines and texts: lower case, curly quotes and dashes folded, punctuation dropped, spaces
 * collapsed. Two lines with the same key are "the same line" for the splitter.
 */
export function compareKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Words of a text as compare keys (for shingling and overlap tests). */
export function keyWords(text: string): string[] {
  const key = compareKey(text);
  return key === "" ? [] : key.split(" ");
}
