import { test } from "node:test";
import assert from "node:assert/strict";
import { detokenise, parseConll, tagsToSpans, toIob2 } from "./conll";

const SAMPLE = `-DOCSTART- O

EU B-ORG
rejects O
German B-MISC
call O
. O

Peter B-PER
Blackburn I-PER

-DOCSTART- O

" O
Hello O
, O
" O
said O
the O
U.S. B-LOC
's O
envoy O
( O
AP I-ORG
) O
`;

test("parseConll splits documents and sentences", () => {
  const docs = parseConll(SAMPLE);
  assert.equal(docs.length, 2);
  assert.equal(docs[0].sentences.length, 2);
  assert.deepEqual(docs[0].sentences[1], { tokens: ["Peter", "Blackburn"], tags: ["B-PER", "I-PER"] });
});

test("parseConll converts IOB1 starts to IOB2", () => {
  const docs = parseConll(SAMPLE);
  const s = docs[1].sentences[0];
  assert.equal(s.tags[s.tokens.indexOf("AP")], "B-ORG");
  assert.deepEqual(toIob2(["I-PER", "I-PER", "I-LOC", "O", "I-LOC"]), ["B-PER", "I-PER", "B-LOC", "O", "B-LOC"]);
});

test("parseConll rejects a line without a tag", () => {
  assert.throws(() => parseConll("lonely\n"), /expected "token TAG"/);
});

test("detokenise attaches punctuation and keeps token offsets exact", () => {
  const docs = parseConll(SAMPLE);
  const { text, offsets } = detokenise(docs[1]);
  assert.equal(text, '"Hello," said the U.S.\'s envoy (AP)');
  docs[1].sentences[0].tokens.forEach((tok, i) => {
    assert.equal(text.slice(offsets[0][i].start, offsets[0][i].end), tok);
  });
  const first = detokenise(docs[0]);
  assert.equal(first.text, "EU rejects German call.\nPeter Blackburn");
});

test("tagsToSpans reads IOB2 and tolerates stray I- tags", () => {
  assert.deepEqual(tagsToSpans(["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "B-LOC"]), [
    { type: "PER", start: 0, end: 2 },
    { type: "LOC", start: 3, end: 4 },
    { type: "LOC", start: 4, end: 5 },
    { type: "LOC", start: 5, end: 6 },
  ]);
  assert.deepEqual(tagsToSpans([]), []);
});
