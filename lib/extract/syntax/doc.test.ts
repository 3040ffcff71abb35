/**
 * The Doc model and the UD tokeniser on real news text: offsets point back into the text, views read the arrays,
 * UD conventions (clitics, hyphens, abbreviations) hold, bad construction is refused.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { Doc } from "./doc";
import { tokenise } from "./tokenise";

test("tokenise splits clitics, hyphens and punctuation the way UD English EWT does", () => {
  const doc = tokenise("Mr. Putin didn't say Iran's well-known U.S. deal cost $5.5 million (3%).");
  assert.deepEqual(doc.form, [
    "Mr.", "Putin", "did", "n't", "say", "Iran", "'s", "well", "-", "known", "U.S.", "deal", "cost", "$", "5.5",
    "million", "(", "3", "%", ")", ".",
  ]); // prettier-ignore
  for (let i = 0; i < doc.length; i++) assert.equal(doc.text.slice(doc.start[i], doc.end[i]), doc.form[i]);
  assert.deepEqual(tokenise("I cannot, I won't.").form, ["I", "can", "not", ",", "I", "wo", "n't", "."]);
});

test("sentences are token ranges; views read the Doc's arrays", () => {
  const text = "Russian President Vladimir Putin received Raisi. The talks lasted three hours.";
  const doc = tokenise(text);
  assert.equal(doc.sentenceCount, 2);
  const [s1, s2] = doc.sents;
  assert.equal(s1.text, "Russian President Vladimir Putin received Raisi.");
  assert.equal(s2.text, "The talks lasted three hours.");
  assert.equal(doc.sentenceOf(s2.start), 1);
  const putin = doc.charSpan(text.indexOf("Vladimir"), text.indexOf(" received"), "PERSON")!;
  assert.equal(putin.text, "Vladimir Putin");
  assert.equal(putin.length, 2);
  assert.equal(doc.tokenAt(text.indexOf("Raisi") + 2), putin.end + 1);
  assert.equal(doc.tokenAt(text.indexOf(" received")), -1);
  // Views see later annotation without being rebuilt.
  const tok = doc.token(4);
  doc.lemma[4] = "receive";
  doc.head[2] = 3;
  doc.head[3] = 4;
  doc.deprel[3] = "nsubj";
  assert.equal(tok.lemma, "receive");
  assert.deepEqual(
    tok.childrenWith("nsubj").map((t) => t.text),
    ["Putin"],
  );
  assert.equal(doc.token(3).head?.text, "received");
  assert.equal(putin.root.text, "Putin");
});

test("fromWords keeps gold tokens as they are", () => {
  const doc = Doc.fromWords([["I", "do", "n't", "know"], [], ["Yes", "."]]);
  assert.equal(doc.sentenceCount, 2);
  assert.deepEqual(doc.form, ["I", "do", "n't", "know", "Yes", "."]);
  assert.equal(doc.sents[1].text, "Yes .");
});

test("bad offsets or sentence ranges are refused with a clear error", () => {
  assert.throws(() => new Doc("abc", [[0, 4]], [[0, 1]]), /token 0 has bad offsets \[0, 4\)/);
  assert.throws(
    () =>
      new Doc(
        "ab cd",
        [
          [0, 2],
          [3, 5],
        ],
        [[0, 1]],
      ),
    /sentences cover 1 of 2 tokens/,
  );
  assert.throws(() => new Doc("ab", [[0, 2]], [[1, 1]]), /sentence 0 \[1, 1\) does not follow on/);
  assert.throws(() => tokenise("x").token(5), /no token 5/);
  assert.throws(() => Doc.fromWords([["a", ""]]), /empty word/);
});
