import { test } from "node:test";
import assert from "node:assert/strict";
import { splitSentences } from "../tokenize";
import { ENTITY_RULES, applyRules } from "./rules";

function found(text: string, type?: string): string[] {
  return applyRules(text, splitSentences(text))
    .filter((s) => !type || s.type === type)
    .map((s) => `${s.type}:${s.text}`);
}

test("every rule has an id, a description and a function", () => {
  const ids = new Set<string>();
  for (const r of ENTITY_RULES) {
    assert.ok(r.id && r.description && typeof r.fn === "function");
    assert.ok(!ids.has(r.id), `duplicate rule id ${r.id}`);
    ids.add(r.id);
  }
});

test("DATE: calendar dates, weekdays and years", () => {
  assert.deepEqual(found("The deal was signed on November 22, 2024 in Moscow.", "DATE"), ["DATE:November 22, 2024"]);
  assert.deepEqual(found("Talks resume on December 14 after a pause.", "DATE"), ["DATE:December 14"]);
  assert.deepEqual(found("Putin met Raisi on Wednesday evening.", "DATE"), ["DATE:Wednesday"]);
  assert.deepEqual(found("Hassan Rouhani’s 2017 visit was the last one.", "DATE"), ["DATE:2017"]);
  assert.deepEqual(found("Tehran, Iran August 17, 2023. Office of the Leader", "DATE"), ["DATE:August 17, 2023"]);
  assert.deepEqual(found("It rose sharply in the 1990s.", "DATE"), ["DATE:1990s"]);
  assert.deepEqual(found("Filed 2024-11-22 by staff.", "DATE"), ["DATE:2024-11-22"]);
});

test("DATE: quantities and unrelated numbers are not dates", () => {
  assert.deepEqual(found("About 2000 troops crossed the border.", "DATE"), []);
  assert.deepEqual(found("The index closed at 2017.5 points and 12,345 shares traded.", "DATE"), []);
  assert.deepEqual(found("May I ask a question?", "DATE"), []);
});

test("MONEY: symbols, multipliers and currency words", () => {
  assert.deepEqual(found("They might conclude a $10 billion contract.", "MONEY"), ["MONEY:$10 billion"]);
  assert.deepEqual(found("Fines of €5m were imposed.", "MONEY"), ["MONEY:€5m"]);
  assert.deepEqual(found("It costs 10 billion dollars a year.", "MONEY"), ["MONEY:10 billion dollars"]);
  assert.deepEqual(found("Shares fell to £3.50 on Monday.", "MONEY"), ["MONEY:£3.50"]);
  assert.deepEqual(found("A grant of US$300,000 was approved.", "MONEY"), ["MONEY:US$300,000"]);
  assert.deepEqual(found("It weighs 10 billion tonnes.", "MONEY"), []);
});

test("EVENT: capitalised names ending in an event word", () => {
  assert.deepEqual(found("Leaders met at the G20 Summit in Rome.", "EVENT"), ["EVENT:G20 Summit"]);
  assert.deepEqual(found("It was the worst crisis since World War II ended.", "EVENT"), ["EVENT:World War II"]);
  assert.deepEqual(found("France hosts the Olympics next year.", "EVENT"), ["EVENT:Olympics"]);
  assert.deepEqual(found("He remembers the Cold War well.", "EVENT"), ["EVENT:Cold War"]);
  assert.deepEqual(found("Travel fell during the COVID-19 pandemic.", "EVENT"), ["EVENT:COVID-19 pandemic"]);
});

test("EVENT: lower-case event words and bare heads are not events", () => {
  assert.deepEqual(found("The war went on and the summit was cancelled.", "EVENT"), []);
  assert.deepEqual(found("Summit talks began.", "EVENT"), []);
});

test("applyRules returns non-overlapping spans with offsets into the text", () => {
  const text = "On Monday, November 22, 2024, $5 billion was pledged.";
  const spans = applyRules(text, splitSentences(text));
  for (let i = 0; i < spans.length; i++) {
    assert.equal(text.slice(spans[i].start, spans[i].end), spans[i].text);
    if (i > 0) assert.ok(spans[i].start >= spans[i - 1].end);
  }
  assert.deepEqual(
    spans.map((s) => s.text),
    ["Monday, November 22, 2024", "$5 billion"],
  );
});

test("applyRules copes with empty text", () => {
  assert.deepEqual(applyRules("", []), []);
});
