import { readFileSync } from "node:fs";
import { detokenise, parseConll, tagsToSpans } from "../lib/extract/ner/conll";
import { loadDefaultTagger, modelEntities } from "../lib/extract/ner";
import { splitSentences } from "../lib/extract/tokenize";
const docs = parseConll(readFileSync("/work/shared/eval/conll2003-dev.txt", "utf8"));
const tagger = loadDefaultTagger();
const M: Record<string, string> = { PER: "PERSON", ORG: "ORGANIZATION", LOC: "LOCATION", MISC: "MISC" };
const fp = new Map<string, number>(),
  fn = new Map<string, number>();
for (const d of docs) {
  const { text, offsets } = detokenise(d);
  const gold = new Map<string, string>();
  d.sentences.forEach((s, si) => {
    for (const sp of tagsToSpans(s.tags)) {
      const t = text.slice(offsets[si][sp.start].start, offsets[si][sp.end - 1].end).toLowerCase();
      gold.set(M[sp.type] + "\t" + t, "");
    }
  });
  const pred = new Set(
    modelEntities(text, splitSentences(text), tagger).map((s) => s.type + "\t" + s.text.toLowerCase()),
  );
  for (const p of pred) if (!gold.has(p) && !p.startsWith("MISC")) fp.set(p, (fp.get(p) ?? 0) + 1);
  for (const g of gold.keys()) if (!pred.has(g) && !g.startsWith("MISC")) fn.set(g, (fn.get(g) ?? 0) + 1);
}
const top = (m: Map<string, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 70)
    .map(([k, v]) => `${v} ${k}`)
    .join(" | ");
console.log("FP:", top(fp));
console.log("FN:", top(fn));
