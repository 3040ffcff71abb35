/**
 * Document-level name propagation: a name the tagger found once is found everywhere else in the article, e.g. the
 * all-caps headline "PUTIN AND RAISI MEET" after the body tagged "Putin" and "Raisi". Only capitalised runs not
 * already inside a span are considered, and a sentence's first word must not be a word usually written in lower
 * case ("Will", "May"), so ordinary words are not turned into names.
 */
import type { Token } from "../tokenize";
import type { EntitySpan } from "../types";
import type { CasingLexicon } from "./features";

const MAX_NAME_TOKENS = 6;

function key(tokens: Token[], from: number, to: number): string {
  let k = "";
  for (let i = from; i < to; i++) k += (i > from ? " " : "") + tokens[i].text.toLowerCase().replace(/’/g, "'");
  return k;
}

function capitalised(tok: string): boolean {
  const c = tok[0];
  return c !== c.toLowerCase();
}

export function propagateNames(
  text: string,
  sentences: { tokens: Token[] }[],
  spans: EntitySpan[],
  casing: CasingLexicon,
): EntitySpan[] {
  if (spans.length === 0) return spans;
  // Surface text (token-joined, lower case) → type; the first type seen wins (the tagger rarely disagrees with itself).
  const known = new Map<string, EntitySpan["type"]>();
  const covered = new Set<number>();
  const spanAt = new Map<number, EntitySpan>();
  for (const s of spans) spanAt.set(s.start, s);
  for (const sent of sentences) {
    const toks = sent.tokens;
    for (let i = 0; i < toks.length; i++) {
      const s = spanAt.get(toks[i].start);
      if (!s) continue;
      let j = i;
      while (j < toks.length && toks[j].end <= s.end) covered.add(toks[j++].start);
      const k = key(toks, i, j);
      if (!known.has(k)) known.set(k, s.type);
    }
  }
  const inside = (pos: number) => covered.has(pos);
  // Cheap first check before building candidate keys: does any known name start with this word?
  const firstWords = new Set<string>();
  for (const k of known.keys()) firstWords.add(k.split(" ")[0]);
  const added: EntitySpan[] = [];
  for (const sent of sentences) {
    const toks = sent.tokens;
    let i = 0;
    while (i < toks.length) {
      if (!capitalised(toks[i].text) || inside(toks[i].start) || !firstWords.has(key(toks, i, i + 1))) {
        i++;
        continue;
      }
      let best = 0;
      let type: EntitySpan["type"] | undefined;
      for (let j = i + 1; j <= toks.length && j - i <= MAX_NAME_TOKENS; j++) {
        if (!capitalised(toks[j - 1].text) || inside(toks[j - 1].start)) break;
        const t = known.get(key(toks, i, j));
        if (t) {
          best = j - i;
          type = t;
        }
      }
      const first = toks[i].text.toLowerCase();
      const commonWord = i === 0 && best === 1 && casing.get(first) === "L";
      if (type && best > 0 && !commonWord) {
        const start = toks[i].start;
        const end = toks[i + best - 1].end;
        added.push({ start, end, text: text.slice(start, end), type });
        i += best;
      } else i++;
    }
  }
  if (added.length === 0) return spans;
  return spans.concat(added).sort((a, b) => a.start - b.start || a.end - b.end);
}
