import { test } from "node:test";
import assert from "node:assert/strict";
import {
  correctionBody,
  correctionsFile,
  mergedAliases,
  mergeOffsets,
  partitionByAlias,
  slug,
  splitEntityId,
  subtractOffsets,
} from "./curation-plan";

test("partitionByAlias: offsets whose text is the alias (case/spacing ignored) go apart from the rest", () => {
  const text = "Angela Merkel met Macron. Later MERKEL  said no; Merkelism is not a name.";
  const offsets = { starts: [0, 32, 49], ends: [13, 38, 58] };
  const { alias, rest } = partitionByAlias(text, offsets, "Merkel");
  assert.deepEqual(alias, { starts: [32], ends: [38] });
  assert.deepEqual(rest, { starts: [0, 49], ends: [13, 58] });
});

test("offset lists: union is de-duplicated and sorted, subtraction removes exact pairs only", () => {
  const a = { starts: [10, 0], ends: [15, 5] };
  const b = { starts: [0, 20], ends: [5, 25] };
  assert.deepEqual(mergeOffsets(a, b), { starts: [0, 10, 20], ends: [5, 15, 25] });
  assert.deepEqual(subtractOffsets(mergeOffsets(a, b), { starts: [10, 0], ends: [15, 6] }), {
    starts: [0, 20],
    ends: [5, 25],
  });
});

test("mergedAliases: both alias lists and the other's name, never the kept name itself", () => {
  assert.deepEqual(
    mergedAliases({ name: "Paris", aliases: ["Paname"] }, { name: "France", aliases: ["Paris", "FR"] }),
    ["FR", "France", "Paname"],
  );
});

test("split ids are stable and readable", () => {
  assert.equal(slug("Žofie  Nováková!"), "zofie-novakova");
  assert.equal(splitEntityId("person:angela-merkel", "Merkel"), "person:angela-merkel~merkel");
  assert.equal(splitEntityId("person:x", "!!!"), "person:x~x");
});

test("correctionBody: defaults who/why, refuses unknown kinds, self-merges and unknown types", () => {
  const ok = correctionBody.parse({ kind: "reject", params: { relationId: "rel:1" } });
  assert.equal(ok.who, "anonymous");
  assert.equal(ok.why, "");
  assert.throws(() => correctionBody.parse({ kind: "delete", params: {} }));
  assert.throws(() => correctionBody.parse({ kind: "merge", params: { keepId: "a", mergeId: "a" } }));
  assert.throws(() => correctionBody.parse({ kind: "retype", params: { entityId: "a", type: "CITY" } }));
  assert.throws(() => correctionBody.parse({ kind: "split", params: { entityId: "a", alias: "  " } }));
});

test("correctionsFile: the format marker and version are required, records are validated", () => {
  const record = { id: "cur:1", kind: "reject", params: { relationId: "r" }, at: "2026-01-02T03:04:05.000Z" };
  const file = correctionsFile.parse({ format: "newsgraph-corrections", version: 1, corrections: [record] });
  assert.equal(file.corrections[0].undone, false);
  assert.throws(() => correctionsFile.parse({ format: "x", version: 1, corrections: [] }));
  assert.throws(() =>
    correctionsFile.parse({
      format: "newsgraph-corrections",
      version: 1,
      corrections: [{ ...record, at: "yesterday" }],
    }),
  );
});
