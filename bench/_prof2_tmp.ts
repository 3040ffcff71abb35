import { readFileSync } from "node:fs";
import { detokenise, parseConll } from "../lib/extract/ner/conll";
import { loadDefaultTagger } from "../lib/extract/ner";
import { splitSentences } from "../lib/extract/tokenize";
import { retokenise } from "../lib/extract/ner/retokenise";
import { documentFeatures, staticFeatures } from "../lib/extract/ner/features";
import { tagDocument } from "../lib/extract/ner/tagger";
const texts = parseConll(readFileSync("/work/shared/eval/conll2003-dev.txt", "utf8")).map((d) => detokenise(d).text);
const tagger = loadDefaultTagger();
const docs = texts.map((t) => splitSentences(t).map((s) => retokenise(s.tokens, t).map((x) => x.text)));
const cpu = (name: string, fn: () => void) => {
  fn();
  let bc = 1e9;
  for (let r = 0; r < 5; r++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    bc = Math.min(bc, c.user / 1000);
  }
  console.log(name, bc.toFixed(0), "ms cpu");
};
cpu("docFeatures", () => {
  for (const d of docs) documentFeatures(d, tagger.casing);
});
cpu("tagDocument", () => {
  for (const d of docs) tagDocument(d, tagger);
});
const infos = docs.map((d) => documentFeatures(d, tagger.casing));
cpu("lookup all static strings", () => {
  let n = 0;
  for (const d of infos)
    for (const s of d) for (const i of s) for (const f of i.features) if (tagger.index.get(f) !== undefined) n++;
});
console.log("features", tagger.index.size, "tokens", docs.flat(2).length);
import { DynamicFeatures } from "../lib/extract/ner/features";
import { decodeDocument, transitionMask } from "../lib/extract/ner/decode";
import { taggerScorer } from "../lib/extract/ner/tagger";
const T = tagger.tags.length;
const dyn = new DynamicFeatures(tagger.tags);
const mask = transitionMask(tagger.tags);
const sc = taggerScorer(tagger);
const statics = infos.map((d) => d.map((s) => new Float64Array(s.length * T)));
cpu("decode only", () => {
  infos.forEach((d, k) => decodeDocument(d, dyn, sc, mask, { staticScores: statics[k] }));
});
cpu("dyn feats only", () => {
  for (const d of infos) for (const s of d) for (const i of s) dyn.features(i, 1, 2, 3, undefined);
});
const ws = new Map<any, Float64Array[]>();
cpu("wordscores lookups", () => {
  let n = 0;
  for (const d of infos)
    for (const s of d)
      for (const i of s) {
        let v = ws.get(i.word);
        if (!v) ws.set(i.word, (v = [new Float64Array(T)]));
        n += v.length;
      }
});
const wsc = new Map<any, Float64Array[]>();
const wsf = (word: any) => {
  let v = wsc.get(word);
  if (v) return v;
  v = [word.features, ...word.neighbour].map((feats: string[]) => {
    const x = new Float64Array(T);
    sc.score(feats, x);
    return x;
  });
  wsc.set(word, v);
  return v;
};
cpu("statics", () => {
  for (const d of infos)
    d.map((sent) => {
      const s = new Float64Array(sent.length * T);
      for (let i = 0; i < sent.length; i++) {
        const info = sent[i];
        const base = i * T;
        const own = wsf(info.word)[0];
        for (let t = 0; t < T; t++) s[base + t] = own[t];
        for (let k = 0; k < 4; k++) {
          const v = wsf(info.neighbours[k])[k + 1];
          for (let t = 0; t < T; t++) s[base + t] += v[t];
        }
        const feats = info.features;
        for (let j = 0; j < feats.length; j++) {
          const r = tagger.index.get(feats[j]);
          if (r === undefined) continue;
          for (let t = 0; t < T; t++) s[base + t] += tagger.weights[r * T + t];
        }
      }
      return s;
    });
});
cpu("tagDocument", () => {
  for (const d of docs) tagDocument(d, tagger);
});
(globalThis as any).PT = [0, 0, 0];
for (const d of docs) tagDocument(d, tagger);
console.log((globalThis as any).PT);
