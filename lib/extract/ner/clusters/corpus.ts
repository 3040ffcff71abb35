/**
 * Unlabelled training text for the word clusters, as token sentences in the tagger's own tokenisation: news
 * articles go through the shared tokenizer and the tagger's CoNLL adjustments (retokenise.ts); CoNLL-2003 and
 * UD CoNLL-U files give their token columns (labels and trees are ignored). Pure: callers read the files.
 */
import { splitSentences } from "../../tokenize";
import { parseConll } from "../conll";
import { retokenise } from "../retokenise";
import { clusterKey } from "./index";

export function articleSentences(text: string): string[][] {
  return splitSentences(text)
    .map((s) => retokenise(s.tokens, text).map((t) => clusterKey(t.text)))
    .filter((s) => s.length > 0);
}

export function conllSentences(source: string): string[][] {
  return parseConll(source).flatMap((d) => d.sentences.map((s) => s.tokens.map(clusterKey)));
}

/** FORM column of CoNLL-U; multiword-token ranges ("3-4") and empty nodes ("5.1") are skipped. */
export function conlluSentences(source: string): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const line of source.split("\n")) {
    const l = line.trimEnd();
    if (l === "") {
      if (cur.length) out.push(cur);
      cur = [];
      continue;
    }
    if (l.startsWith("#")) continue;
    const cols = l.split("\t");
    if (cols.length < 2 || !/^\d+$/.test(cols[0])) continue;
    cur.push(clusterKey(cols[1]));
  }
  if (cur.length) out.push(cur);
  return out;
}
