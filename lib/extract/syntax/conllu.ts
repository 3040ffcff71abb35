/**
 * CoNLL-U reading and writing (https://universaldependencies.org/format.html). Every line is kept: comments,
 * multiword-token ranges ("3-4") and empty nodes ("5.1") pass through untouched, so `writeConllu(readConllu(x))`
 * gives back x (up to a missing final blank line). Trees for training and evaluation use only the word lines.
 */

export type RowKind = "word" | "multiword" | "empty";

export interface ConlluRow {
  kind: RowKind;
  /** The ten columns: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC. */
  cols: string[];
}

export interface ConlluSentence {
  /** Comment lines with their leading "#". */
  comments: string[];
  rows: ConlluRow[];
}

/** The syntactic words of a sentence (word rows only), as parallel arrays; heads are 0 for root, else 1-based. */
export interface TreeWords {
  form: string[];
  lemma: string[];
  upos: string[];
  xpos: string[];
  head: number[];
  deprel: string[];
}

export const COL = { ID: 0, FORM: 1, LEMMA: 2, UPOS: 3, XPOS: 4, FEATS: 5, HEAD: 6, DEPREL: 7, DEPS: 8, MISC: 9 };

export function readConllu(text: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence = { comments: [], rows: [] };
  const lines = text.split(/\r?\n/);
  lines.forEach((line, n) => {
    if (line.trim() === "") {
      if (cur.comments.length || cur.rows.length) out.push(cur);
      cur = { comments: [], rows: [] };
      return;
    }
    if (line.startsWith("#")) {
      cur.comments.push(line);
      return;
    }
    const cols = line.split("\t");
    if (cols.length !== 10) {
      throw new Error(
        `CoNLL-U line ${n + 1}: expected 10 tab-separated columns, found ${cols.length}: "${line.slice(0, 60)}"`,
      );
    }
    const id = cols[0];
    const kind: RowKind = /^\d+$/.test(id)
      ? "word"
      : /^\d+-\d+$/.test(id)
        ? "multiword"
        : /^\d+\.\d+$/.test(id)
          ? "empty"
          : fail(n, id);
    cur.rows.push({ kind, cols });
  });
  if (cur.comments.length || cur.rows.length) out.push(cur);
  return out;
}

function fail(n: number, id: string): never {
  throw new Error(
    `CoNLL-U line ${n + 1}: ID "${id}" is not a word (7), a multiword range (3-4) or an empty node (5.1).`,
  );
}

export function writeConllu(sentences: readonly ConlluSentence[]): string {
  return sentences.map((s) => [...s.comments, ...s.rows.map((r) => r.cols.join("\t"))].join("\n") + "\n\n").join("");
}

/** The word rows of a sentence as a tree; heads and labels are "_" → -1 / "" when unannotated. */
export function treeWords(s: ConlluSentence): TreeWords {
  const t: TreeWords = { form: [], lemma: [], upos: [], xpos: [], head: [], deprel: [] };
  for (const r of s.rows) {
    if (r.kind !== "word") continue;
    const c = r.cols;
    t.form.push(c[COL.FORM]);
    t.lemma.push(c[COL.LEMMA]);
    t.upos.push(c[COL.UPOS]);
    t.xpos.push(c[COL.XPOS]);
    t.head.push(c[COL.HEAD] === "_" ? -1 : Number(c[COL.HEAD]));
    t.deprel.push(c[COL.DEPREL] === "_" ? "" : c[COL.DEPREL]);
  }
  return t;
}
