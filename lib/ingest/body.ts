/**
 * Turns the body of one article (blocks of consecutive non-blank lines) into paragraphs: drops page furniture,
 * takes out the "Source: X" line, moves photo captions (repeated lines, lines with a photo credit) to captions,
 * and re-joins hard-wrapped lines. Section sub-heads stay in the text as their own paragraph.
 */
import { dedupeCaptions, isMarker, isNearDuplicateLine, photoCredit } from "./captions";
import { matchBoilerplate, parseSourceLine } from "./boilerplate";
import { publishedLineDate } from "./date";
import { squashSpaces } from "./normalise";

export interface CleanBody {
  paragraphs: string[];
  captions: string[];
  statedSource: string | null;
  /** Latest date stated by "Published/Updated ..." lines, which are removed from the text. */
  statedDate: string | null;
}

/** A caption line inside the body needs a credit only captions carry, and must be caption-sized. */
function isStandaloneCaption(line: string): boolean {
  return photoCredit(line) === "strong" && line.split(/\s+/).length <= 80;
}

/**
 * Lines of one block that are captions: lines printed twice in a row, lines with a strong photo credit, and
 * alt-text lines that nearly repeat a neighbouring caption.
 */
export function captionLinesOfBlock(lines: string[]): boolean[] {
  const isCaption = lines.map(
    (l, i) => (i > 0 && lines[i - 1] === l) || (i + 1 < lines.length && lines[i + 1] === l) || isStandaloneCaption(l),
  );
  // Alt text printed next to its captioned twin ("... in Moscow" / "... in Moscow [Name/AP Photo]").
  for (let i = 0; i < lines.length; i++) {
    if (isCaption[i]) continue;
    const prev = i > 0 && isCaption[i - 1] && isNearDuplicateLine(lines[i - 1], lines[i]);
    const next = i + 1 < lines.length && isCaption[i + 1] && isNearDuplicateLine(lines[i + 1], lines[i]);
    if (prev || next) isCaption[i] = true;
  }
  return isCaption;
}

/** Lines of similar length that break mid-sentence: a paragraph wrapped at a fixed width. */
export function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  const inner = lines.slice(0, -1);
  if (!inner.every((l) => l.length >= 40 && l.length <= 100)) return false;
  const midSentence = inner.filter((l) => !/[.!?:"”’)]$/.test(l)).length;
  return midSentence >= inner.length / 2;
}

/** Clean the body blocks of one article. */
export function cleanBody(blocks: string[][]): CleanBody {
  const paragraphs: string[] = [];
  const captions: string[] = [];
  let statedSource: string | null = null;
  let statedDate: string | null = null;

  outer: for (const block of blocks) {
    const lines: string[] = [];
    for (const raw of block) {
      const line = squashSpaces(raw);
      if (line === "") continue;
      const rule = matchBoilerplate(line);
      if (rule?.action === "end-article") {
        if (lines.length > 0) pushBlock(lines, paragraphs, captions);
        break outer;
      }
      if (rule) continue;
      const published = publishedLineDate(line);
      if (published) {
        if (statedDate === null || published > statedDate) statedDate = published;
        continue;
      }
      const source = parseSourceLine(line);
      if (source) {
        statedSource ??= source;
        continue;
      }
      if (isMarker(line)) continue;
      lines.push(line);
    }
    if (lines.length > 0) pushBlock(lines, paragraphs, captions);
  }
  return { paragraphs, captions: dedupeCaptions(captions), statedSource, statedDate };
}

function pushBlock(lines: string[], paragraphs: string[], captions: string[]): void {
  const captionFlags = captionLinesOfBlock(lines);
  const rest: string[] = [];
  lines.forEach((l, i) => (captionFlags[i] ? captions.push(l) : rest.push(l)));
  if (rest.length === 0) return;
  if (isHardWrapped(rest)) paragraphs.push(rest.join(" "));
  else paragraphs.push(...rest);
}
