import { test } from "node:test";
import assert from "node:assert/strict";
import { paragraphRanges, parseHighlight, resolveSpans, segmentText } from "./highlight";

const text = "Russian President Vladimir Putin received Iran's President Ebrahim Raisi.";
const putin = { start: 18, end: 32, id: "p" };
const raisi = { start: 59, end: 72, id: "r" };

test("segments cover the text exactly, with mentions marked", () => {
  const segs = segmentText(text, [raisi, putin]);
  assert.equal(segs.map((s) => s.text).join(""), text);
  const marked = segs.filter((s) => s.span).map((s) => s.text);
  assert.deepEqual(marked, ["Vladimir Putin", "Ebrahim Raisi"]);
});

test("overlapping mentions: first (longest on ties) wins, later overlaps dropped", () => {
  const segs = segmentText(text, [
    { start: 27, end: 32, id: "putin-only" },
    { start: 18, end: 32, id: "full" },
    { start: 18, end: 26, id: "vladimir" },
  ]);
  const marked = segs.filter((s) => s.span).map((s) => [s.text, s.span!.id]);
  assert.deepEqual(marked, [["Vladimir Putin", "full"]]);
});

test("adjacent mentions stay separate segments", () => {
  const segs = segmentText("AB", [
    { start: 0, end: 1, id: "a" },
    { start: 1, end: 2, id: "b" },
  ]);
  assert.deepEqual(
    segs.map((s) => [s.text, s.span?.id]),
    [
      ["A", "a"],
      ["B", "b"],
    ],
  );
});

test("out-of-range and empty offsets are clamped or ignored", () => {
  const segs = segmentText("hello", [
    { start: -5, end: 2, id: "x" },
    { start: 3, end: 99, id: "y" },
    { start: 4, end: 4, id: "empty" },
    { start: 10, end: 12, id: "beyond" },
    { start: Number.NaN, end: 2, id: "nan" },
  ]);
  assert.equal(segs.map((s) => s.text).join(""), "hello");
  assert.deepEqual(
    segs.filter((s) => s.span).map((s) => [s.text, s.span!.id]),
    [
      ["he", "x"],
      ["lo", "y"],
    ],
  );
});

test("a range restricts segments and clips mentions crossing it", () => {
  const segs = segmentText(text, [putin], { from: 26, to: 40 });
  assert.equal(segs.map((s) => s.text).join(""), text.slice(26, 40));
  assert.equal(segs[0].text, " Putin");
  assert.equal(segs[0].span?.id, "p");
});

test("focus splits segments and flags them", () => {
  const segs = segmentText(text, [putin], { focus: { start: 27, end: 41 } });
  assert.equal(segs.map((s) => s.text).join(""), text);
  assert.equal(
    segs
      .filter((s) => s.focus)
      .map((s) => s.text)
      .join(""),
    text.slice(27, 41),
  );
  assert.ok(segs.some((s) => s.focus && s.span?.id === "p"));
});

test("markup in the text stays plain text in segments", () => {
  const t = "Hi <script>window.__xss=1</script> there";
  const segs = segmentText(t, [{ start: 3, end: 11 }]);
  assert.equal(segs[1].text, "<script>");
});

test("paragraphRanges splits on blank lines and keeps offsets", () => {
  const t = "  First para.\nstill first.\n\n\nSecond.\n \nThird  ";
  const ranges = paragraphRanges(t);
  assert.deepEqual(
    ranges.map((r) => t.slice(r.start, r.end)),
    ["First para.\nstill first.", "Second.", "Third"],
  );
  assert.deepEqual(paragraphRanges(""), []);
});

test("parseHighlight accepts start-end only", () => {
  assert.deepEqual(parseHighlight("10-20"), { start: 10, end: 20 });
  assert.equal(parseHighlight("20-10"), null);
  assert.equal(parseHighlight("a-b"), null);
  assert.equal(parseHighlight(undefined), null);
  assert.deepEqual(parseHighlight(["1-2", "3-4"]), { start: 1, end: 2 });
});

test("resolveSpans returns sorted, non-overlapping spans", () => {
  const out = resolveSpans(
    [
      { start: 5, end: 9 },
      { start: 0, end: 3 },
      { start: 2, end: 6 },
    ],
    0,
    20,
  );
  assert.deepEqual(out, [
    { start: 0, end: 3 },
    { start: 5, end: 9 },
  ]);
});
