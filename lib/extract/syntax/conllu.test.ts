/**
 * CoNLL-U reader/writer: exact round trip (comments, multiword tokens, empty nodes), tree view, bad input.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readConllu, treeWords, writeConllu } from "./conllu";

// Shapes taken from UD English EWT (a "don't" multiword token) and the UD format guide (an empty node).
const SAMPLE = [
  "# sent_id = 1",
  "# text = I don't know.",
  "1\tI\tI\tPRON\tPRP\tCase=Nom\t4\tnsubj\t4:nsubj\t_",
  "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
  "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_",
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_",
  "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No",
  "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_",
  "",
  "# text = Sue likes coffee and Bill tea",
  "1\tSue\tSue\tPROPN\tNNP\t_\t2\tnsubj\t2:nsubj|5:nsubj\t_",
  "2\tlikes\tlike\tVERB\tVBZ\t_\t0\troot\t0:root\t_",
  "3\tcoffee\tcoffee\tNOUN\tNN\t_\t2\tobj\t2:obj\t_",
  "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t5.1:cc\t_",
  "5\tBill\tBill\tPROPN\tNNP\t_\t3\tconj\t5.1:nsubj\t_",
  "5.1\tlikes\tlike\tVERB\tVBZ\t_\t_\t_\t2:conj:and\tCopyOf=2",
  "6\ttea\ttea\tNOUN\tNN\t_\t5\torphan\t5.1:obj\t_",
  "",
  "",
].join("\n");

test("reading and writing CoNLL-U gives the same text back, multiword tokens and empty nodes included", () => {
  const sents = readConllu(SAMPLE);
  assert.equal(sents.length, 2);
  assert.deepEqual(
    sents[0].rows.map((r) => r.kind),
    ["word", "multiword", "word", "word", "word", "word"],
  );
  assert.equal(sents[1].rows[5].kind, "empty");
  assert.equal(writeConllu(sents), SAMPLE.replace(/\n+$/, "\n\n"));
});

test("the tree view keeps only syntactic words, with heads as numbers", () => {
  const [first, second] = readConllu(SAMPLE).map(treeWords);
  assert.deepEqual(first.form, ["I", "do", "n't", "know", "."]);
  assert.deepEqual(first.head, [4, 4, 4, 0, 4]);
  assert.deepEqual(second.form, ["Sue", "likes", "coffee", "and", "Bill", "tea"]);
  assert.equal(second.deprel[5], "orphan");
});

test("a line with the wrong number of columns is refused with its line number", () => {
  assert.throws(() => readConllu("# text = x\n1\tx\tx\n"), /line 2: expected 10 tab-separated columns, found 3/);
  assert.throws(() => readConllu("a\tx\tx\tX\tX\t_\t0\troot\t_\t_\n"), /line 1: ID "a"/);
});
