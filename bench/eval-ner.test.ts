import { test } from "node:test";
import assert from "node:assert/strict";
import { errorBreakdown, nerTargets } from "./eval-ner";

const set = (...items: string[]) => new Set(items.map((x) => x.replace(":", "\t")));

test("doc-level errors are sorted into type, boundary and missing kinds", () => {
  const out = new Map<string, string[]>();
  errorBreakdown(
    set("LOCATION:leeds", "ORGANIZATION:jones medical", "PERSON:alan he", "ORGANIZATION:tax", "PERSON:ian rush"),
    set(
      "ORGANIZATION:leeds",
      "ORGANIZATION:jones medical industries",
      "PERSON:alan",
      "PERSON:ian rush",
      "LOCATION:york",
    ),
    out,
  );
  assert.deepEqual(Object.fromEntries(out), {
    "FP type ORGANIZATION -> LOCATION": ["leeds"],
    "FP boundary ORGANIZATION": ["jones medical"],
    "FP boundary PERSON": ["alan he"],
    "FP spurious ORGANIZATION": ["tax"],
    "FN type ORGANIZATION -> LOCATION": ["leeds"],
    "FN boundary ORGANIZATION": ["jones medical industries"],
    "FN boundary PERSON": ["alan"],
    "FN missed LOCATION": ["york"],
  });
});

test("the NER targets are issue 10's: doc-level 0.93 and ORGANIZATION 0.88", () => {
  const [all, org] = nerTargets({ tp: 9, fp: 1, fn: 1 }, { tp: 8, fp: 2, fn: 2 });
  assert.deepEqual([all.label, all.target], ["Doc-level F1", 0.93]);
  assert.equal(all.f1.toFixed(2), "0.90");
  assert.deepEqual([org.label, org.target], ["Doc-level ORGANIZATION F1", 0.88]);
  assert.equal(org.f1.toFixed(2), "0.80");
});
