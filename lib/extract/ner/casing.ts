/**
 * Builds the casing lexicon from training text: how each word is usually written when its case carries
 * information (not sentence-initial, not in an all-caps headline). It lets the tagger read headlines and
 * sentence-initial words as if they were in running text.
 */
import type { CasingLexicon } from "./features";
import { caseClass, isAllCapsSentence, normaliseToken } from "./shape";

export function buildCasingLexicon(sentences: string[][], minCount = 2): CasingLexicon {
  const counts = new Map<string, { cap: number; low: number; up: number }>();
  for (const raw of sentences) {
    const toks = raw.map(normaliseToken);
    if (isAllCapsSentence(toks)) continue;
    for (let i = 1; i < toks.length; i++) {
      const c = caseClass(toks[i]);
      if (c === "none" || toks[i - 1] === '"' || toks[i - 1] === ":") continue;
      const lo = toks[i].toLowerCase();
      let e = counts.get(lo);
      if (!e) counts.set(lo, (e = { cap: 0, low: 0, up: 0 }));
      if (c === "lower") e.low++;
      else if (c === "upper" && toks[i].length > 1) e.up++;
      else e.cap++;
    }
  }
  const lex: CasingLexicon = new Map();
  for (const [w, e] of counts) {
    const n = e.cap + e.low + e.up;
    if (n < minCount) continue;
    const cls = e.low / n > 0.8 ? "L" : e.cap / n > 0.8 ? "C" : e.up / n > 0.8 ? "U" : "M";
    lex.set(w, cls);
  }
  return lex;
}
