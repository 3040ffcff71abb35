import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findArticleStarts, splitArticles, toLines } from "./split";

const seed = (name: string) => readFileSync(fileURLToPath(new URL(`../../seeds/${name}`, import.meta.url)), "utf8");
const SEED_000 = seed("000_1bd9928de369abd6.txt");
const SEED_001 = seed("001_e7249d2a8808d04e.txt");
const SEED_002 = seed("002_4cce29e48f67c20c.txt");
const SEED_003 = seed("003_0e915014e309d15e.txt");
const SEED_004 = seed("004_8ac758571b9fd40f.txt");

test("seed 000 splits into its four stories with headline titles", () => {
  const arts = splitArticles(SEED_000, "000.txt");
  assert.deepEqual(
    arts.map((a) => a.title),
    [
      "Putin, Raisi Summit Maintains Social Distance, Marks a 'Turning Point' in Relations",
      "Iranian Plot to Kill Israel's Ambassador to Mexico Contained, US Official Says",
      "EU Toughens Visa Rules for Russians",
      "German Military Creates Rapid Response Teams to Counter Drone Threats",
    ],
  );
  assert.deepEqual(
    arts.map((a) => a.position),
    [0, 1, 2, 3],
  );
});

test("seed 000: captions are kept once and never in the text; markers and repeated headlines are gone", () => {
  for (const a of splitArticles(SEED_000, "000.txt")) {
    assert.equal(a.captions.length, 1, a.title);
    assert.ok(!a.text.includes(a.captions[0]), `caption leaked into text of ${a.title}`);
    assert.ok(!a.text.includes(a.title), `headline repeated in text of ${a.title}`);
    const lines = a.text.split("\n");
    assert.ok(!lines.includes("TT"), "TT marker in text");
    assert.ok(!lines.includes("20"), "counter in text");
    assert.ok(!a.text.includes("\n\n\n"), "triple newline");
  }
  const [summit] = splitArticles(SEED_000, "000.txt");
  assert.ok(summit.text.startsWith("Russian President Vladimir Putin received at the Kremlin"));
  assert.ok(summit.text.endsWith("which they believe is possible."));
  assert.equal(summit.text.split("\n\n").length, 31);
});

test("all-caps section sub-heads stay in the body and do not start a new article", () => {
  const german = splitArticles(SEED_000, "000.txt")[3];
  assert.ok(german.text.includes("\n\nDRONE SIGHTINGS CAUSE HEADACHES ACROSS EUROPE\n\n"));
  assert.ok(german.text.includes("BELGIUM AIRPORTS LATEST TO SPOT DRONES"));
  assert.ok(german.text.endsWith("called a coordinated attack."));
});

test("seeds 001 and 002 (no counter line) split into 2 and 4 articles", () => {
  assert.deepEqual(
    splitArticles(SEED_001, "001").map((a) => a.title.slice(0, 20)),
    ["Putin, Raisi Summit ", "NATO and Ukraine to "],
  );
  assert.deepEqual(
    splitArticles(SEED_002, "002").map((a) => a.title.slice(0, 20)),
    ["Putin, Raisi Summit ", "Russia Pledges ‘Full", "Turkish Agents Captu", "Iran Arrests Norwegi"],
  );
});

test("seed 003: one article; standfirst in text, caption pair out, Source line read and removed", () => {
  const arts = splitArticles(SEED_003, "003");
  assert.equal(arts.length, 1);
  const [a] = arts;
  assert.equal(a.title, "Putin and Raisi back closer ties in Kremlin meeting");
  assert.equal(a.statedSource, "Al Jazeera");
  assert.ok(a.text.startsWith("Hassan Rouhani’s 2017 visit was the last time"));
  assert.ok(!a.text.includes("Source: Al Jazeera"));
  assert.ok(!a.text.includes("Pavel Bednyakov"));
  assert.deepEqual(a.captions.length, 1);
  assert.match(a.captions[0], /\[Pavel Bednyakov\/AP Photo\]$/);
  // Mixed-case sub-heads stay in the body.
  assert.ok(a.text.includes("\n\nNuclear deal, Middle East\n\n"));
  assert.ok(a.text.includes("‘Cooperation road map’"));
});

test("seed 004: comment-form footer is dropped, sub-heads kept", () => {
  const arts = splitArticles(SEED_004, "004");
  assert.equal(arts.length, 1);
  assert.ok(!arts[0].text.includes("Leave a Reply"));
  assert.ok(!arts[0].text.includes("Your email address"));
  assert.ok(arts[0].text.endsWith("the Iranian president added."));
  assert.ok(arts[0].text.includes("\n\nVisit and talks\n\n"));
  assert.deepEqual(arts[0].captions, []);
});

test("generalises: unseen headlines, other credit forms, no counter, one blank line between stories", () => {
  const text = [
    "Floods Force Thousands From Homes in Northern Province",
    "",
    "Residents wade through a flooded street in Lagos, Nigeria, May 3, 2024. (AP Photo/Sunday Alamba)",
    "Residents wade through a flooded street in Lagos, Nigeria, May 3, 2024. (AP Photo/Sunday Alamba)",
    "",
    "Floods Force Thousands From Homes in Northern Province",
    "",
    "Residents wade through a flooded street in Lagos, Nigeria, May 3, 2024. (AP Photo/Sunday Alamba)",
    "Residents wade through a flooded street in Lagos, Nigeria, May 3, 2024. (AP Photo/Sunday Alamba)",
    "",
    "Heavy rain has forced thousands of people from their homes, officials said on Friday.",
    "",
    "RESCUE EFFORTS CONTINUE",
    "",
    "Rescue teams used boats to reach stranded families.",
    "",
    "Central Bank Holds Rates Steady",
    "",
    "The central bank building in Frankfurt. REUTERS/Kai Pfaffenbach",
    "The central bank building in Frankfurt. REUTERS/Kai Pfaffenbach",
    "",
    "The bank kept its main rate unchanged, citing easing inflation.",
  ].join("\n");
  const arts = splitArticles(text, "x.txt");
  assert.deepEqual(
    arts.map((a) => a.title),
    ["Floods Force Thousands From Homes in Northern Province", "Central Bank Holds Rates Steady"],
  );
  assert.equal(arts[0].text.split("\n\n").length, 3);
  assert.deepEqual(arts[1].captions, ["The central bank building in Frankfurt. REUTERS/Kai Pfaffenbach"]);
});

test("a plain single-article file: first line is the title when it reads like a headline", () => {
  const text =
    "Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76%.\n\nThe firm said sales rose.\n";
  const arts = splitArticles(text, "bbc.txt");
  assert.equal(arts.length, 1);
  assert.equal(arts[0].title, "Ad sales boost Time Warner profit");
  assert.equal(arts[0].text, "Quarterly profits at US media giant TimeWarner jumped 76%.\n\nThe firm said sales rose.");
});

test("without a headline line the title is the first sentence and the text keeps it", () => {
  const text = "The minister resigned on Tuesday after a week of protests. Her deputy takes over.\n\nMore follows.";
  const [a] = splitArticles(text, "t.txt");
  assert.equal(a.title, "The minister resigned on Tuesday after a week of protests.");
  assert.ok(a.text.startsWith("The minister resigned"));
});

test("a sub-head after a wide gap but without captions or repeat does not split", () => {
  const text = "Talks Resume in Geneva\n\nDelegates met on Monday.\n\n\nWhat comes next\n\nA second round is planned.";
  assert.equal(splitArticles(text, "t.txt").length, 1);
});

test("dash separator lines cut articles; split none keeps one article per file", () => {
  const text = "First Story Headline Here\n\nBody one.\n\n-----\n\nSecond Story Headline Here\n\nBody two.";
  assert.deepEqual(
    splitArticles(text, "t.txt").map((a) => a.title),
    ["First Story Headline Here", "Second Story Headline Here"],
  );
  const none = splitArticles(SEED_000, "000.txt", "none");
  assert.equal(none.length, 1);
  assert.equal(none[0].title, "Putin, Raisi Summit Maintains Social Distance, Marks a 'Turning Point' in Relations");
  assert.ok(none[0].text.includes("EU Toughens Visa Rules for Russians"));
});

test("CRLF line endings and trailing spaces give the same articles", () => {
  const crlf = SEED_000.replace(/\n/g, "  \r\n");
  assert.deepEqual(splitArticles(crlf, "000.txt"), splitArticles(SEED_000, "000.txt"));
});

test("findArticleStarts finds nothing in an empty text", () => {
  assert.deepEqual(findArticleStarts(toLines("\n\n  \n")), []);
  assert.deepEqual(splitArticles("", "e.txt"), []);
});

test("page furniture around an Al Jazeera-style story: byline, date line, audio widget, gallery counter", () => {
  const text = [
    "Iran and Russia sign long-term cooperation pact",
    "",
    "The deal covers energy, trade and security, officials say.",
    "",
    "By Maziar Motamedi",
    "Published On 19 Jan 2022",
    "Listen to this article",
    "",
    "1 of 5",
    "Officials sign the agreement in Moscow, Russia [Sergei Ilyin/Sputnik via Reuters]",
    "",
    "Tehran, Iran – Iran and Russia have signed a cooperation agreement.",
    "",
    "By the end of the year, trade is expected to double.",
    "",
    "Source: Al Jazeera and news agencies",
  ].join("\n");
  const [a] = splitArticles(text, "aj.txt");
  assert.equal(a.title, "Iran and Russia sign long-term cooperation pact");
  assert.equal(a.statedDate, "2022-01-19");
  assert.equal(a.statedSource, "Al Jazeera");
  assert.deepEqual(a.captions, ["Officials sign the agreement in Moscow, Russia [Sergei Ilyin/Sputnik via Reuters]"]);
  assert.equal(
    a.text,
    [
      "The deal covers energy, trade and security, officials say.",
      "Tehran, Iran – Iran and Russia have signed a cooperation agreement.",
      "By the end of the year, trade is expected to double.",
    ].join("\n\n"),
  );
});

test("hard-wrapped paragraphs are re-joined; one-line paragraphs are not", () => {
  const text = [
    "Council Approves New Budget",
    "",
    "The city council approved the new budget on Tuesday after a long",
    "debate about spending on schools, roads and the police department.",
    "",
    "The mayor welcomed the vote.",
  ].join("\n");
  const [a] = splitArticles(text, "w.txt");
  assert.equal(
    a.text,
    "The city council approved the new budget on Tuesday after a long debate about spending on schools, roads and the police department.\n\nThe mayor welcomed the vote.",
  );
});

test("headline + single credited caption + marker starts an article even after one blank line", () => {
  const text = [
    "Ministers Meet in Brussels",
    "",
    "Ministers met to discuss the budget.",
    "",
    "Storm Cuts Power to Thousands",
    "",
    "Workers repair a power line in Texas, January 5, 2025. (AP)",
    "TT",
    "",
    "A winter storm cut power to thousands of homes.",
  ].join("\n");
  const arts = splitArticles(text, "m.txt");
  assert.deepEqual(
    arts.map((a) => a.title),
    ["Ministers Meet in Brussels", "Storm Cuts Power to Thousands"],
  );
  assert.deepEqual(arts[1].captions, ["Workers repair a power line in Texas, January 5, 2025. (AP)"]);
  assert.equal(arts[1].text, "A winter storm cut power to thousands of homes.");
});

test("a lone line that reads as a sentence is a short item, not a headline without a body", () => {
  const drafts = splitArticles("Tony Blair has called a general election for 5 May!\n", "short.txt", "auto");
  assert.equal(drafts.length, 1);
  assert.equal(drafts[0].text, "Tony Blair has called a general election for 5 May!");
  assert.ok(drafts[0].title.length > 0);
  // A lone headline is still not an article.
  assert.deepEqual(splitArticles("Blair Calls Election\n", "h.txt", "auto"), []);
});

test("a 10 MB single line is split without overflowing the stack", () => {
  const line = "Word after word goes on here without end ".repeat(250_000);
  const drafts = splitArticles(line, "long.txt", "none");
  assert.equal(drafts.length, 1);
  assert.ok(drafts[0].title.length <= 121);
});
