/**
 * The NER view of a Doc: UD tokens joined back into CoNLL-2003 units by offsets, then CoNLL's abbreviation and
 * number-chain conventions.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenise } from "../syntax/tokenise";
import { nerSentences, retokenise } from "./retokenise";

test("hyphenated words, contractions and percentages are one token again; the possessive stays split", () => {
  const text = "Iran's well-known envoy didn't say we're 3% short, Mr. Raisi said of M&S's 20-year-old plan.";
  const [s] = nerSentences(tokenise(text));
  assert.deepEqual(
    s.tokens.map((t) => t.text),
    ["Iran", "'s", "well-known", "envoy", "didn't", "say", "we're", "3%", "short", ",", "Mr", ".", "Raisi", "said",
     "of", "M&S's", "20", "-", "year-old", "plan", "."], // prettier-ignore
  );
  for (const t of s.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(
    retokenise(s.tokens, text)
      .map((t) => t.text)
      .slice(9, 12),
    [",", "Mr.", "Raisi"],
  );
});

test("sentences keep the Doc's boundaries", () => {
  const sents = nerSentences(tokenise("Putin met Raisi.\nThe talks lasted three hours."));
  assert.deepEqual(
    sents.map((s) => s.text),
    ["Putin met Raisi.", "The talks lasted three hours."],
  );
});
