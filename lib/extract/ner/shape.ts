/**
 * Token normalisation and word shapes. News text uses curly quotes and long dashes where CoNLL-2003 has ASCII,
 * so tokens are normalised before they become features.
 */

const CHAR_MAP: Record<string, string> = { "’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "—": "-", "–": "-" };

export function normaliseToken(token: string): string {
  if (token.length === 1) return CHAR_MAP[token] ?? token;
  // Most tokens are plain ASCII words: check the code units before running a regex.
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 0x2018 && c <= 0x201d) return token.replace(/[’‘“”]/g, (ch) => CHAR_MAP[ch]);
  }
  return token;
}

function charClass(c: string): string {
  if (c >= "0" && c <= "9") return "d";
  const lo = c.toLowerCase();
  const up = c.toUpperCase();
  if (lo !== up) return c === up ? "X" : "x";
  return c;
}

/** Long shape with runs capped at 4 ("Xxxx", "dddd-dd-dd"), and the short shape with runs collapsed ("Xx"). */
export function wordShapes(word: string): { long: string; short: string } {
  let long = "";
  let short = "";
  let last = "";
  let run = 0;
  for (const c of word) {
    const k = charClass(c);
    if (k === last) {
      run++;
      if (run < 4) long += k;
    } else {
      long += k;
      short += k;
      last = k;
      run = 0;
    }
  }
  return { long, short };
}

export type CaseClass = "upper" | "title" | "lower" | "mixed" | "none";

export function caseClass(word: string): CaseClass {
  const lo = word.toLowerCase();
  const up = word.toUpperCase();
  if (lo === up) return "none";
  if (word === up) return "upper";
  if (word === lo) return "lower";
  if (word[0] === up[0] && word.slice(1) === lo.slice(1)) return "title";
  return "mixed";
}

/** A sentence is a headline-style line when most of its words are written in capitals. */
export function isAllCapsSentence(tokens: string[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const t of tokens) {
    const c = caseClass(t);
    if (c === "none") continue;
    letters++;
    if (c === "upper") upper++;
  }
  return letters >= 2 && upper / letters > 0.7;
}
