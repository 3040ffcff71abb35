import { test } from "node:test";
import assert from "node:assert/strict";
import { displayFilePath } from "./display-path";

test("relative labels are shown as stored", () => {
  assert.equal(displayFilePath("seeds/000_1bd9928de369abd6.txt"), "seeds/000_1bd9928de369abd6.txt");
  assert.equal(displayFilePath("story.txt"), "story.txt");
});

test("absolute labels keep only their last folder and file name", () => {
  assert.equal(displayFilePath("/work/shared/corpora/bbc/business/405.txt"), "…/business/405.txt");
  assert.equal(displayFilePath("C:\\Users\\ana\\news\\a.md"), "…/news/a.md");
  assert.equal(displayFilePath("file:///srv/x/y.html"), "…/x/y.html");
  assert.equal(displayFilePath("/a.txt"), "…/a.txt");
});
