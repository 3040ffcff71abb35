import { test } from "node:test";
import assert from "node:assert/strict";
import { markdownToText } from "./markdown";
import { splitArticles } from "./split";

const MD = `---
layout: post
---
# Talks **Resume** in Geneva

![Delegates](delegates.jpg)

Delegates met on *Monday* and [agreed](https://example.com/x "t") to keep \`talking\`.

## What comes next

- A second round is planned.
- Observers are _hopeful_.

> "We are close," one delegate said.

<div class="ad">Advertisement</div>
`;

test("Markdown markup is stripped, link text kept, images and raw HTML dropped", () => {
  const text = markdownToText(MD);
  assert.equal(
    text,
    [
      "Talks Resume in Geneva",
      "Delegates met on Monday and agreed to keep talking.",
      "What comes next",
      "A second round is planned.",
      "Observers are hopeful.",
      '"We are close," one delegate said.',
    ].join("\n\n"),
  );
});

test("Markdown goes through the splitter: heading becomes the title", () => {
  const [a] = splitArticles(markdownToText(MD), "a.md");
  assert.equal(a.title, "Talks Resume in Geneva");
  assert.ok(a.text.startsWith("Delegates met on Monday"));
  assert.ok(!a.text.includes("delegates.jpg"));
});

test("front-matter title becomes the first line", () => {
  assert.equal(
    markdownToText('---\ntitle: "Budget Vote Delayed"\n---\nLawmakers delayed it.'),
    "Budget Vote Delayed\n\nLawmakers delayed it.",
  );
});
