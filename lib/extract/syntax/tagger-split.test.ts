/**
 * Inference scores some of the tagger's feature templates once per word and role and reuses the sums; that is
 * exact only if the split parts are exactly the full feature list. This checks that on real sentences.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyse } from "./index";
import { staticSplitMismatches } from "./tagger";

const SENTENCES = [
  "Russian President Vladimir Putin received his Iranian counterpart Ebrahim Raisi at the Kremlin on Wednesday.",
  "The deal, which was signed by both firms in 2019, is worth £1.2bn.",
  "“We will not back down,” she said.",
  "Go!",
];

test("the tagger's per-word and per-role parts are exactly its static features", () => {
  for (const s of SENTENCES) assert.equal(staticSplitMismatches(analyse(s).form), 0, s);
});
