/**
 * Tokens and sentences with character offsets. Every later stage (the NER tagger, resolution, relations) works
 * on these, so offsets always point back into the article text. Tokenisation follows CoNLL-2003's conventions
 * (punctuation split off, possessive 's its own token, hyphenated words and abbreviations kept whole) because
 * the tagger was trained on that data.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
}

// Order matters: earlier alternatives win. Abbreviations like "U.S." and "a.m." before plain words; numbers with
// separators before punctuation; possessive/contraction clitics split off the word they follow.
const TOKEN_RE = new RegExp(
  [
    String.raw`https?:\/\/\S+`, // URLs
    String.raw`[\p{L}]\.(?:[\p{L}]\.)+`, // U.S. / a.m. / U.K.
    String.raw`\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s|%|bn|m|km)?`, // 1,000 / 3.5 / 08:30 / 1979 / 20th / 1990s
    String.raw`[\p{L}\p{M}\d]+(?:[-‐'’][\p{L}\p{M}\d]+)*(?=['’][sS]\b)`, // word before a possessive 's
    String.raw`['’][sS]\b`, // possessive 's
    String.raw`[\p{L}\p{M}\d]+(?:[-‐'’.&][\p{L}\p{M}\d]+)*`, // words, hyphenated words, O'Neill, AT&T
    String.raw`\.\.\.|…|--|—|–`,
    String.raw`[^\s\p{L}\p{M}\d]`, // any other single symbol or punctuation mark
  ].join("|"),
  "gu",
);

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = offset + (m.index ?? 0);
    tokens.push({ text: m[0], start, end: start + m[0].length });
  }
  return tokens;
}

/** Words that end with a period without ending the sentence. Lower-cased, without the period. */
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof gen lt col maj capt sgt cmdr adm gov sen rep rev st jr sr inc ltd corp co no vs etc approx " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft est dept univ fig al e.g i.e"
  ).split(" "),
);

const CLOSERS = new Set(['"', "'", "”", "’", ")", "]", "»"]);

/**
 * Splits text into sentences. Blank lines and line breaks always end a sentence (news files put headlines and
 * paragraphs on their own lines); inside a line, . ! ? end one when followed by space and an upper-case letter,
 * a digit or an opening quote, unless the word before is a known abbreviation or a single initial ("John F.").
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lineRe = /[^\n]+/g;
  for (const line of text.matchAll(lineRe)) {
    const lineStart = line.index ?? 0;
    const lineText = line[0];
    let segStart = 0;
    const boundaryRe = /[.!?…]+/g;
    for (const b of lineText.matchAll(boundaryRe)) {
      let end = (b.index ?? 0) + b[0].length;
      while (end < lineText.length && CLOSERS.has(lineText[end])) end++;
      const rest = lineText.slice(end);
      if (!/^\s+["“‘'(\[]?[\p{Lu}\d]/u.test(rest)) continue;
      if (b[0] === ".") {
        // The word before the dot, from a bounded window: a regex anchored at $ over the whole segment is
        // quadratic on a long line with many dots and no sentence end.
        const from = Math.max(segStart, (b.index ?? 0) - 64);
        const before = lineText.slice(from, b.index).match(/([\p{L}.]+)$/u)?.[1] ?? "";
        const lower = before.toLowerCase();
        if (ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(before) || /^(?:\p{L}\.)+\p{L}$/u.test(before)) continue;
      }
      pushSentence(sentences, text, lineStart + segStart, lineStart + end);
      segStart = end;
    }
    pushSentence(sentences, text, lineStart + segStart, lineStart + lineText.length);
  }
  return sentences;
}

/**
 * Longest sentence handed to the taggers and the relation extractor, in characters. Real sentences stay far below
 * it (the BBC corpus's longest is about 1,400); a text without sentence ends (a 1 MB single line of words) is cut
 * at the last space before the cap, so per-sentence work (pairs of mentions, tagger lattices) stays bounded.
 */
export const MAX_SENTENCE_CHARS = 2_000;

function pushSentence(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return;
  if (end - start > MAX_SENTENCE_CHARS) {
    let cut = start + MAX_SENTENCE_CHARS;
    const space = text.lastIndexOf(" ", cut);
    if (space > start + MAX_SENTENCE_CHARS / 2) cut = space;
    pushSentence(out, text, start, cut);
    pushSentence(out, text, cut, end);
    return;
  }
  const sentenceText = text.slice(start, end);
  out.push({ text: sentenceText, start, end, tokens: tokenize(sentenceText, start) });
}
