import { test } from "node:test";
import assert from "node:assert/strict";
import { detectDate, findDates } from "./date";

test("full dates in the forms the seeds use", () => {
  assert.deepEqual(
    findDates("in Tehran, Iran August 17, 2023. Office of").map((d) => d.iso),
    ["2023-08-17"],
  );
  assert.deepEqual(
    findDates("Dnipro, on November 22, 2024. (AFP) and Jan. 1, 2017 and 3 Sept 2021 and 2025-12-21").map((d) => d.iso),
    ["2024-11-22", "2017-01-01", "2021-09-03", "2025-12-21"],
  );
  assert.deepEqual(findDates("February 30, 2024 and December 14 and 2024"), []);
});

test("publication date: latest full date in captions or the dateline; body history is ignored", () => {
  assert.equal(
    detectDate({
      text: "Russia on Monday expressed support.",
      captions: ["Oiler arrives, December 21, 2025. (Reuters)"],
    }),
    "2025-12-21",
  );
  assert.equal(
    detectDate({ text: "LONDON, March 3, 2025 - Shares fell.\n\nAn attack on Jan. 1, 2017 killed 39.", captions: [] }),
    "2025-03-03",
  );
  assert.equal(detectDate({ text: "Intro.\n\nA shooting on Jan. 1, 2017, killed 39 people.", captions: [] }), null);
  assert.equal(detectDate({ text: "Intro.", captions: [], statedDate: "2024-05-05" }), "2024-05-05");
  assert.equal(detectDate({ text: "She was arrested on December 14.", captions: [] }), null);
});
