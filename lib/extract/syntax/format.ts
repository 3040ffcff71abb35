/**
 * Output forms of an annotated Doc: CoNLL-U annotation of gold-tokenised input (predictions written into LEMMA,
 * UPOS, XPOS, HEAD and DEPREL; every other column, comment, multiword token and empty node left as it was), and
 * a readable indented tree for a person debugging an extraction.
 */
import { COL, type ConlluSentence } from "./conllu";
import { Doc } from "./doc";
import type { SyntaxModel } from "./model";

/** Annotates the word rows of each sentence in place with the model's predictions; returns the sentences. */
export function annotateConllu(sentences: ConlluSentence[], model: SyntaxModel): ConlluSentence[] {
  const words = sentences.map((s) => s.rows.filter((r) => r.kind === "word"));
  const nonEmpty = words.filter((w) => w.length > 0);
  const doc = Doc.fromWords(nonEmpty.map((w) => w.map((r) => r.cols[COL.FORM])));
  model.tag(doc);
  model.parse(doc);
  nonEmpty.forEach((rows, si) => {
    const a = doc.sentStart[si];
    rows.forEach((r, k) => {
      const d = a + k;
      r.cols[COL.LEMMA] = doc.lemma[d];
      r.cols[COL.UPOS] = doc.upos[d];
      r.cols[COL.XPOS] = doc.xpos[d];
      r.cols[COL.HEAD] = String(doc.head[d] < 0 ? 0 : doc.head[d] - a + 1);
      r.cols[COL.DEPREL] = doc.deprel[d];
    });
  });
  return sentences;
}

/**
 * One block per sentence: the sentence text, then its tree from the root down, each line
 * "relation  word  UPOS/XPOS  lemma  #position", dependents in text order.
 */
export function formatTrees(doc: Doc): string {
  const out: string[] = [];
  for (const sent of doc.sents) {
    out.push(`# ${sent.text}`);
    const kids = new Map<number, number[]>();
    const roots: number[] = [];
    for (let i = sent.start; i < sent.end; i++) {
      const h = doc.head[i];
      if (h < 0) roots.push(i);
      else kids.set(h, [...(kids.get(h) ?? []), i]);
    }
    const line = (i: number, prefix: string, branch: string) => {
      const margin = doc.parsed ? ` (margin ${doc.margin[i].toFixed(1)})` : "";
      out.push(
        `${prefix}${branch}${doc.deprel[i] || "?"}  ${doc.form[i]}  ${doc.upos[i]}/${doc.xpos[i]}  ${doc.lemma[i]}  #${i - sent.start + 1}${margin}`,
      );
    };
    const walk = (i: number, prefix: string, last: boolean, top: boolean) => {
      line(i, prefix, top ? "" : last ? "└─ " : "├─ ");
      const cs = kids.get(i) ?? [];
      const next = top ? "" : prefix + (last ? "   " : "│  ");
      cs.forEach((c, k) => walk(c, next, k === cs.length - 1, false));
    };
    for (const r of roots) walk(r, "", true, true);
    out.push("");
  }
  return out.join("\n");
}
