/**
 * UD-style tokenisation into a Doc. Sentence boundaries come from the shared splitter (lib/extract/tokenize.ts)
 * so every stage agrees on them; inside a sentence, words are split the way the English Web Treebank writes
 * them, because the tagger and parser were trained on that: clitics off ("do" "n't", "ca" "n't", "John" "'s",
 * "we" "'re"), hyphens and slashes between words as their own tokens ("well" "-" "known"), other punctuation
 * split ("3" "%", "$" "5"), while abbreviations ("Mr.", "U.S."), numbers ("3.5", "1,000", "08:30", "1990s"),
 * web addresses and words with inner periods or ampersands ("bbc.co.uk", "AT&T") stay whole. The NER stage sees
 * these tokens through a view that joins them back into CoNLL-2003's conventions (lib/extract/ner/retokenise.ts).
 */
import { splitSentences } from "../tokenize";
import { Doc } from "./doc";

// Order matters: earlier alternatives win at the same position.
const TOKEN_RE = new RegExp(
  [
    String.raw`https?:\/\/\S+`, // URLs
    String.raw`(?:\p{L}\.){2,}`, // U.S. / a.m. / U.K.
    String.raw`(?<![\p{L}\p{M}\d'’.&‐-])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|Rev|St|Jr|Sr|Inc|Ltd|Corp|Co|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mt|Ft|Dept|Univ|approx)\.(?=\s|$|[,;:)])`,
    String.raw`(?<![\p{L}\p{M}\d'’.&‐-])\p{Lu}\.(?=\s+\p{Lu})`, // an initial: "John F. Kennedy"
    String.raw`[$£€¥]?\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s)?`, // 1,000 / 3.5 / 08:30 / 24/7 / 1990s / 20th / $5
    String.raw`(?:[\p{L}\p{M}\d]+?)(?=n['’]t\b)`, // "do" of "don't"
    String.raw`n['’]t\b`,
    String.raw`[Cc]an(?=not\b)`, // "cannot" is "can" "not"
    String.raw`['’](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)\b`, // clitics
    String.raw`[\p{L}\p{M}\d]+(?:['’.&][\p{L}\p{M}\d]+)*(?=['’](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)\b)`, // word before a clitic
    String.raw`[\p{L}\p{M}\d]+(?:['’.&][\p{L}\p{M}\d]+)*`, // words, O'Neill, AT&T, bbc.co.uk
    String.raw`\.\.\.|…|--|—|–`,
    String.raw`\S`, // any other single symbol or punctuation mark
  ].join("|"),
  "gu",
);

const CURRENCY = /^[$£€¥]/;

/** Token offsets [start, end) of one stretch of text, `offset` added. */
export function udTokenOffsets(text: string, offset = 0): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const s = offset + (m.index ?? 0);
    const w = m[0];
    if (w.length > 1 && CURRENCY.test(w) && /\d/.test(w[1])) {
      // UD writes "$5" as "$" "5".
      out.push([s, s + 1], [s + 1, s + w.length]);
      continue;
    }
    out.push([s, s + w.length]);
  }
  return out;
}

/** Splits an article into sentences and UD tokens; no annotation yet. */
export function tokenise(text: string): Doc {
  const tokens: [number, number][] = [];
  const sents: [number, number][] = [];
  for (const s of splitSentences(text)) {
    const first = tokens.length;
    for (const t of udTokenOffsets(s.text, s.start)) tokens.push(t);
    if (tokens.length > first) sents.push([first, tokens.length]);
  }
  return new Doc(text, tokens, sents);
}
