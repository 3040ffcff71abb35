/**
 * Cuts a text file into articles. Scraped news pages often hold several stories in one file, each laid out as:
 * headline, photo caption printed twice, outlet/counter markers ("TT", "20"), the headline and captions again,
 * then the body. A new article starts only where a headline-like line is followed by that kind of header
 * evidence (a repeated headline, a duplicated caption pair, a credit or marker, a wide gap); a section sub-head
 * inside a body has none of it and stays in the text.
 */
import type { ArticleDraft, SplitMode } from "./types";
import { dedupeCaptions, isMarker, isNearDuplicateLine, photoCredit } from "./captions";
import { cleanBody } from "./body";
import { firstSentenceTitle, isTitleCase, looksLikeHeadline } from "./headline";
import { compareKey, normaliseLines, squashSpaces } from "./normalise";

/** A non-blank line with the number of blank lines right before it. */
export interface Line {
  text: string;
  blankBefore: number;
}

/** How far (in non-blank lines) after a headline its header block (captions, markers, repeat) may reach. */
const HEADER_WINDOW = 12;
/** Evidence score from which a headline-like line starts a new article. */
const START_THRESHOLD = 3;

export function toLines(text: string): Line[] {
  const out: Line[] = [];
  let blanks = Number.POSITIVE_INFINITY;
  for (const raw of normaliseLines(text).split("\n")) {
    const t = squashSpaces(raw);
    if (t === "") {
      blanks = blanks === Number.POSITIVE_INFINITY ? blanks : blanks + 1;
      continue;
    }
    out.push({ text: t, blankBefore: blanks === Number.POSITIVE_INFINITY ? 99 : blanks });
    blanks = 0;
  }
  return out;
}

/** What follows a candidate headline before its body starts. */
export interface HeaderScan {
  /** Index of the first body line. */
  end: number;
  repeatedTitle: boolean;
  duplicatedCaption: boolean;
  credit: boolean;
  marker: boolean;
  captions: string[];
}

/** A header line that is a caption: printed twice in a row, carries a credit, or nearly repeats a neighbour caption. */
function isHeaderCaption(lines: Line[], j: number, end: number): boolean {
  const l = lines[j];
  const prev = j > 0 ? lines[j - 1] : null;
  const next = j + 1 < end ? lines[j + 1] : null;
  if (prev && l.blankBefore === 0 && prev.text === l.text) return true;
  if (next && next.blankBefore === 0 && next.text === l.text) return true;
  if (photoCredit(l.text)) return true;
  if (next && next.blankBefore === 0 && photoCredit(next.text) && isNearDuplicateLine(next.text, l.text)) return true;
  return false;
}

/** Scan the header block after a headline at `start`: repeats of the headline, captions and markers. */
export function scanHeader(lines: Line[], start: number, end = lines.length): HeaderScan {
  const titleKey = compareKey(lines[start].text);
  const scan: HeaderScan = {
    end: start + 1,
    repeatedTitle: false,
    duplicatedCaption: false,
    credit: false,
    marker: false,
    captions: [],
  };
  let j = start + 1;
  while (j < end && j - start <= HEADER_WINDOW) {
    const l = lines[j];
    if (compareKey(l.text) === titleKey) {
      scan.repeatedTitle = true;
    } else if (isMarker(l.text)) {
      scan.marker = true;
    } else if (isHeaderCaption(lines, j, end)) {
      scan.captions.push(l.text);
      if (j > start + 1 && l.blankBefore === 0 && lines[j - 1].text === l.text) scan.duplicatedCaption = true;
      if (photoCredit(l.text)) scan.credit = true;
    } else {
      break;
    }
    j++;
  }
  scan.end = j;
  return scan;
}

interface StartEvidence {
  id: string;
  description: string;
  weight: number;
  test: (line: Line, header: HeaderScan) => boolean;
}

/** Evidence that a headline-like line opens a new article; weights add up against START_THRESHOLD. */
export const START_EVIDENCE: StartEvidence[] = [
  {
    id: "repeated-headline",
    description: "The same line comes back after the caption block (page header printed twice)",
    weight: 3,
    test: (_l, h) => h.repeatedTitle,
  },
  {
    id: "duplicated-caption",
    description: "Followed by a photo caption printed twice",
    weight: 3,
    test: (_l, h) => h.duplicatedCaption,
  },
  {
    id: "caption-credit",
    description: "Followed by a caption with a photo credit",
    weight: 1,
    test: (_l, h) => h.credit,
  },
  { id: "marker", description: "Followed by outlet/counter markers (TT, 20)", weight: 2, test: (_l, h) => h.marker },
  { id: "gap", description: "Two or more blank lines before it", weight: 1, test: (l) => l.blankBefore >= 2 },
  {
    id: "wide-gap-title-case",
    description: "Three or more blank lines before a title-case line",
    weight: 2,
    test: (l) => l.blankBefore >= 3 && isTitleCase(l.text),
  },
];

export function startScore(lines: Line[], i: number): number {
  const header = scanHeader(lines, i);
  return START_EVIDENCE.reduce((sum, e) => sum + (e.test(lines[i], header) ? e.weight : 0), 0);
}

/** Indices of the lines that open an article; the first line always does. */
export function findArticleStarts(lines: Line[]): number[] {
  if (lines.length === 0) return [];
  const starts = [0];
  let i = looksLikeHeadline(lines[0].text) ? scanHeader(lines, 0).end : 1;
  while (i < lines.length) {
    if (looksLikeHeadline(lines[i].text) && startScore(lines, i) >= START_THRESHOLD) {
      starts.push(i);
      i = scanHeader(lines, i).end;
    } else {
      i++;
    }
  }
  return starts;
}

/** Group lines into blocks of consecutive non-blank lines. */
function toBlocks(lines: Line[]): string[][] {
  const blocks: string[][] = [];
  for (const l of lines) {
    if (blocks.length === 0 || l.blankBefore > 0) blocks.push([l.text]);
    else blocks[blocks.length - 1].push(l.text);
  }
  return blocks;
}

/** Ends like a sentence (".", "!", "?", "…", maybe inside quotes) or is too long for a headline (12+ words). */
export function readsAsSentence(line: string): boolean {
  const s = line.trim();
  return /[.!?…]["'”’)\]]*$/.test(s) || s.split(/\s+/).length >= 12;
}

/** Build one article from its lines: headline and header captions apart, the rest cleaned as body. */
export function parseSegment(lines: Line[], file: string, position: number): ArticleDraft | null {
  if (lines.length === 0) return null;
  let title: string | null = null;
  let headerCaptions: string[] = [];
  let bodyStart = 0;
  if (looksLikeHeadline(lines[0].text)) {
    const header = scanHeader(lines, 0);
    title = lines[0].text;
    headerCaptions = header.captions;
    bodyStart = header.end;
  }
  const body = cleanBody(toBlocks(lines.slice(bodyStart)));
  let text = body.paragraphs.join("\n\n");
  if (text === "" && title !== null && lines.length === 1 && readsAsSentence(title)) {
    // A lone line that reads as a sentence is a short item, not a headline without a story.
    text = title;
    title = null;
  }
  if (text === "") return null;
  return {
    title: title ?? firstSentenceTitle(text),
    text,
    captions: dedupeCaptions([...headerCaptions, ...body.captions]),
    statedSource: body.statedSource,
    statedDate: body.statedDate,
    file,
    position,
  };
}

/**
 * Articles of one text file. `mode: "none"` keeps the whole file as one article (headline, captions and footers
 * are still separated). Articles without body text are left out.
 */
export function splitArticles(text: string, fileLabel: string, mode: SplitMode = "auto"): ArticleDraft[] {
  const lines = toLines(text);
  const drafts: ArticleDraft[] = [];
  const chunks = mode === "auto" ? splitAtSeparators(lines) : [lines.filter((l) => !isSeparator(l.text))];
  for (const chunk of chunks) {
    const starts = mode === "auto" ? findArticleStarts(chunk) : chunk.length > 0 ? [0] : [];
    starts.forEach((s, k) => {
      const draft = parseSegment(chunk.slice(s, starts[k + 1] ?? chunk.length), fileLabel, drafts.length);
      if (draft) drafts.push(draft);
    });
  }
  return drafts;
}

/** A rule line ("-----", "=====", "_____", "* * *") between stories or sections. */
export function isSeparator(line: string): boolean {
  return /^(?:-{3,}|={3,}|_{3,}|(?:\*\s*){3,})$/.test(line.trim());
}

/**
 * Cut at explicit article separators: lines of dashes, equals signs or underscores. "* * *" is a section break
 * inside a story, so it is only dropped. The line after a cut opens a chunk with a wide gap before it.
 */
export function splitAtSeparators(lines: Line[]): Line[][] {
  const chunks: Line[][] = [[]];
  for (const l of lines) {
    if (!isSeparator(l.text)) {
      const chunk = chunks[chunks.length - 1];
      chunk.push(chunk.length === 0 ? { ...l, blankBefore: 99 } : l);
    } else if (!/^\*/.test(l.text) && chunks[chunks.length - 1].length > 0) {
      chunks.push([]);
    }
  }
  return chunks.filter((c) => c.length > 0);
}
