/**
 * Adjusts the shared tokenizer's output to the CoNLL-2003 token conventions the tagger was trained on, without
 * touching the tokenizer itself: an initial or short abbreviation keeps its period ("C." "Lewis", "St." "Louis")
 * and hyphenated number chains stay one token ("1996-08-22", "6-2").
 */
import type { Token } from "../tokenize";

const SHORT_WORD = /^(?:\p{Lu}\p{L}{0,3}|vs|[a-z])$/u;
const DIGITS = /^\d+$/;

export function retokenise(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const next = tokens[i + 1];
    // "C" + "." (touching) merges unless the period ends the sentence.
    if (next && next.text === "." && next.start === t.end && i + 2 < tokens.length && SHORT_WORD.test(t.text)) {
      out.push({ text: text.slice(t.start, next.end), start: t.start, end: next.end });
      i += 2;
      continue;
    }
    if (DIGITS.test(t.text)) {
      let j = i;
      while (
        j + 2 < tokens.length &&
        tokens[j + 1].text === "-" &&
        tokens[j + 1].start === tokens[j].end &&
        tokens[j + 2].start === tokens[j + 1].end &&
        DIGITS.test(tokens[j + 2].text)
      )
        j += 2;
      if (j > i) {
        out.push({ text: text.slice(t.start, tokens[j].end), start: t.start, end: tokens[j].end });
        i = j + 1;
        continue;
      }
    }
    out.push(t);
    i++;
  }
  return out;
}
