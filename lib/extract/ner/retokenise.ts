/**
 * The NER tagger's view of a Doc's tokens. The tagger was trained on CoNLL-2003, whose tokens are coarser than
 * UD's: hyphenated words, contractions and "3%" are one token there. `nerSentences` joins the Doc's UD tokens
 * back into those units (by offsets only; the text is not tokenised again), then `retokenise` applies the
 * remaining CoNLL conventions: an initial or short abbreviation keeps its period ("C." "Lewis", "St." "Louis")
 * and hyphenated number chains stay one token ("1996-08-22", "6-2").
 */
import type { Sentence, Token } from "../tokenize";
import type { Doc } from "../syntax/doc";

const SHORT_WORD = /^(?:\p{Lu}\p{L}{0,3}|vs|[a-z])$/u;
const DIGITS = /^\d+$/;
/** UD splits these off the word before; CoNLL-2003 keeps them on it (the possessive 's is split in both). */
const JOINED_CLITIC = /^(?:n['’]t|['’](?:re|RE|ve|VE|ll|LL|d|D|m|M))$/;
const NUMBER_SUFFIX = /^(?:%|bn|m|km)$/;
const WORD_START = /^[\p{L}\p{M}]/u;
const WORD_EDGE = /^[\p{L}\p{M}\d]|[\p{L}\p{M}\d]$/u;
const ALNUM_END = /[\p{L}\p{M}\d]$/u;
const ALNUM_START = /^[\p{L}\p{M}\d]/u;
const WORD_PERIOD = /^\p{L}+\.$/u;

/** CoNLL-2003-style tokens of sentence `s` of the Doc, as offsets into doc.text. */
export function nerTokens(doc: Doc, s: number): Token[] {
  const text = doc.text;
  const a = doc.sentStart[s];
  const b = doc.sentEnd[s];
  const out: Token[] = [];
  const push = (start: number, end: number) => out.push({ text: text.slice(start, end), start, end });
  let i = a;
  while (i < b) {
    const start = doc.start[i];
    let end = doc.end[i];
    let j = i;
    const form = doc.form[i];
    if (WORD_START.test(form) || (WORD_EDGE.test(form) && !/^\d/.test(form))) {
      // A hyphen chain that starts with a word ("well-known", "covid-19"; not "20-year-old", which CoNLL splits
      // after the number) and words with clitics joined ("didn't", "we're", "cannot").
      for (;;) {
        const n1 = j + 1;
        if (n1 >= b || doc.start[n1] !== doc.end[j]) break;
        const f1 = doc.form[n1];
        // CoNLL's tokens keep "M&S's" whole: its possessive split only follows plain (hyphenated) words.
        const possessiveKept = /^['’][sS]$/.test(f1) && /[&.]/.test(doc.form[j]);
        if (JOINED_CLITIC.test(f1) || possessiveKept || (/^not$/i.test(f1) && /^can$/i.test(doc.form[j]))) {
          j = n1;
          continue;
        }
        if (
          (f1 === "-" || f1 === "‐") &&
          n1 + 1 < b &&
          doc.start[n1 + 1] === doc.end[n1] &&
          ALNUM_END.test(doc.form[j]) &&
          ALNUM_START.test(doc.form[n1 + 1])
        ) {
          j = n1 + 1;
          continue;
        }
        break;
      }
    } else if (/^\d/.test(form) && j + 1 < b && doc.start[j + 1] === end && NUMBER_SUFFIX.test(doc.form[j + 1])) {
      j++;
    }
    end = doc.end[j];
    if (j === i && WORD_PERIOD.test(form) && form.length > 1) {
      // UD keeps "Mr." and "etc." whole; CoNLL splits the period off and retokenise decides whether it rejoins.
      push(start, end - 1);
      push(end - 1, end);
    } else push(start, end);
    i = j + 1;
  }
  return out;
}

/** The Doc's sentences with CoNLL-2003-style tokens (before `retokenise`). */
export function nerSentences(doc: Doc): Sentence[] {
  const out: Sentence[] = [];
  for (let s = 0; s < doc.sentenceCount; s++) {
    const start = doc.start[doc.sentStart[s]];
    const end = doc.end[doc.sentEnd[s] - 1];
    out.push({ text: doc.text.slice(start, end), start, end, tokens: nerTokens(doc, s) });
  }
  return out;
}

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
