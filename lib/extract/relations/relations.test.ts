import { test } from "node:test";
import assert from "node:assert/strict";
import { splitSentences } from "../tokenize";
import { demonymCountries, isMediaOutlet } from "../gazetteer";
import type { EntityType } from "../../graph/types";
import { extractRelations, matchVerb } from "./index";
import type { RelMention } from "./types";

/**
 * Mentions for a sentence: each [surface, type] becomes a mention whose ref is its surface (so assertions read
 * like the text); capitalised demonyms are found automatically, as the pipeline does.
 */
function relations(text: string, names: [string, EntityType][]): string[] {
  const mentions: RelMention[] = [];
  const taken = (s: number, e: number) => mentions.some((m) => m.start < e && s < m.end);
  for (const [surface, type] of names) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      if (/\p{L}/u.test(text[at + surface.length] ?? "") || taken(at, at + surface.length)) continue;
      mentions.push({
        start: at,
        end: at + surface.length,
        text: surface,
        type,
        ref: surface,
        media: isMediaOutlet(surface),
      });
    }
  }
  for (const m of text.matchAll(/\p{Lu}[\p{L}-]+/gu)) {
    const countries = demonymCountries(m[0]);
    const at = m.index!;
    if (countries.length === 0 || taken(at, at + m[0].length)) continue;
    mentions.push({
      start: at,
      end: at + m[0].length,
      text: m[0],
      type: "LOCATION",
      ref: countries.join("|"),
      demonym: true,
    });
  }
  return extractRelations(splitSentences(text), mentions)
    .map((c) => `${c.source} ${c.predicate} ${c.target}${c.hedged ? " (hedged)" : ""}`)
    .sort();
}

test("received at a place, object with owner and title; roles from possessive and demonym", () => {
  const text =
    "Russian President Vladimir Putin received at the Kremlin Iran's President Ebrahim Raisi to discuss bilateral relations.";
  assert.deepEqual(
    relations(text, [
      ["Vladimir Putin", "PERSON"],
      ["Kremlin", "ORGANIZATION"],
      ["Iran", "LOCATION"],
      ["Ebrahim Raisi", "PERSON"],
    ]),
    [
      "Ebrahim Raisi PRESIDENT_OF Iran",
      "Vladimir Putin MET Ebrahim Raisi",
      "Vladimir Putin PRESIDENT_OF Russia",
      "Vladimir Putin RECEIVED Ebrahim Raisi",
    ],
  );
});

test("hosted, over a relative clause on the object side", () => {
  const text = "Putin hosted Raisi, who was elected in August, at the Kremlin on Wednesday.";
  assert.deepEqual(
    relations(text, [
      ["Putin", "PERSON"],
      ["Raisi", "PERSON"],
      ["Kremlin", "ORGANIZATION"],
    ]),
    ["Putin HOSTED Raisi", "Putin MET Raisi"],
  );
});

test("coordinated subjects of a reciprocal verb", () => {
  const text =
    "Russian President Vladimir Putin and Iranian President Ibrahim Raisi met Wednesday evening in Moscow, amid Tehran’s assertion.";
  const got = relations(text, [
    ["Vladimir Putin", "PERSON"],
    ["Ibrahim Raisi", "PERSON"],
    ["Moscow", "LOCATION"],
    ["Tehran", "LOCATION"],
  ]);
  assert.ok(got.includes("Vladimir Putin MET Ibrahim Raisi"), got.join("; "));
  assert.ok(got.includes("Ibrahim Raisi PRESIDENT_OF Iran"));
  assert.ok(!got.some((r) => r.includes("Moscow")), "a place phrase is no participant");
});

test("negated and denied statements are not asserted", () => {
  const text =
    "Contrary to the previous analysis, Russian sources said that Moscow and Tehran would not sign the document during the current visit.";
  assert.deepEqual(
    relations(text, [
      ["Moscow", "LOCATION"],
      ["Tehran", "LOCATION"],
    ]),
    [],
  );
  const names: [string, EntityType][] = [
    ["Putin", "PERSON"],
    ["Raisi", "PERSON"],
  ];
  assert.deepEqual(relations("Putin did not meet Raisi.", names), []);
  assert.deepEqual(relations("Putin refused to meet Raisi.", names), []);
  assert.deepEqual(relations("Putin never met Raisi.", names), []);
  assert.deepEqual(relations("Putin denied meeting Raisi.", names), []);
  assert.deepEqual(relations("Putin met Raisi.", names), ["Putin MET Raisi"]);
  assert.deepEqual(relations("Putin allegedly met Raisi.", names), ["Putin MET Raisi (hedged)"]);
});

test("passive voice swaps subject and agent", () => {
  const names: [string, EntityType][] = [
    ["Putin", "PERSON"],
    ["Raisi", "PERSON"],
    ["Moscow", "LOCATION"],
  ];
  assert.deepEqual(relations("Raisi was received by Putin in Moscow.", names), [
    "Putin MET Raisi",
    "Putin RECEIVED Raisi",
  ]);
});

test("role patterns on seed sentences", () => {
  assert.deepEqual(
    relations("Kremlin spokesman Dmitry Peskov kept up Russia's bellicose tone on Friday.", [
      ["Kremlin", "ORGANIZATION"],
      ["Dmitry Peskov", "PERSON"],
      ["Russia", "LOCATION"],
    ]),
    ["Dmitry Peskov SPOKESPERSON_OF Kremlin"],
  );
  assert.deepEqual(
    relations("“Starting a war is hard to justify,” EU foreign policy chief Kaja Kallas said on X.", [
      ["EU", "ORGANIZATION"],
      ["Kaja Kallas", "PERSON"],
    ]),
    ["Kaja Kallas FOREIGN_POLICY_CHIEF_OF EU"],
  );
  assert.deepEqual(
    relations(
      "Britain's domestic spy chief, MI5 Director General Ken McCallum, said last month that Iran was trying.",
      [
        ["Britain", "LOCATION"],
        ["MI5", "ORGANIZATION"],
        ["Ken McCallum", "PERSON"],
        ["Iran", "LOCATION"],
      ],
    ),
    ["Ken McCallum DIRECTOR_GENERAL_OF MI5", "Ken McCallum DOMESTIC_SPY_CHIEF_OF Britain"],
  );
  assert.deepEqual(
    relations("Hungarian Prime Minister Viktor Orban echoed Moscow's talking points.", [
      ["Viktor Orban", "PERSON"],
      ["Moscow", "LOCATION"],
    ]),
    ["Viktor Orban PRIME_MINISTER_OF Hungary"],
  );
  assert.deepEqual(
    relations(
      "Tim Dean, director of the Arkansas State University, said sales were brisk. Sergei Lavrov, Russia's foreign minister, spoke.",
      [
        ["Tim Dean", "PERSON"],
        ["Arkansas State University", "ORGANIZATION"],
        ["Sergei Lavrov", "PERSON"],
        ["Russia", "LOCATION"],
      ],
    ),
    ["Sergei Lavrov FOREIGN_MINISTER_OF Russia", "Tim Dean DIRECTOR_OF Arkansas State University"],
  );
});

test("role phrases that go on, or close a clause, are not roles", () => {
  assert.deepEqual(
    relations("It's growing fast, said Rudolf Fischer, head of Telekom Austria's fixed line division.", [
      ["Rudolf Fischer", "PERSON"],
      ["Telekom Austria", "ORGANIZATION"],
    ]),
    [],
  );
  assert.deepEqual(
    relations("Bush will be more consensual as he begins his second term as US President, Tony Blair has said.", [
      ["Bush", "PERSON"],
      ["US", "LOCATION"],
      ["Tony Blair", "PERSON"],
    ]),
    [],
  );
  assert.deepEqual(
    relations("Ard Jan Vetham, Capgemini's principal consultant on RFID, said so.", [
      ["Ard Jan Vetham", "PERSON"],
      ["Capgemini", "ORGANIZATION"],
    ]),
    [],
  );
});

test("an unnamed object is named by a following 'identified as' sentence", () => {
  const text =
    "Turkish intelligence agents have captured a senior member of the ISIS terror group in an area along the border, Türkiye's state-run news agency reported Monday.\n\n" +
    "Anadolu Agency said the suspect was identified as Mehmet Goren and a member of the group's branch.";
  assert.deepEqual(
    relations(text, [
      ["ISIS", "ORGANIZATION"],
      ["Türkiye", "LOCATION"],
      ["Anadolu Agency", "ORGANIZATION"],
      ["Mehmet Goren", "PERSON"],
    ]),
    ["Turkey CAPTURED Mehmet Goren"],
  );
  // Nobody named afterwards: nothing asserted.
  assert.deepEqual(relations("Turkish agents have captured a senior member of the group.", []), []);
});

test("a nationality does not own a profession", () => {
  assert.deepEqual(relations("British director Mark Dornford-May won.", [["Mark Dornford-May", "PERSON"]]), []);
});

test("place inside an object phrase; a place before the subject is not a subject", () => {
  const text =
    "Elsewhere in Ukraine, Russia struck a residential district of Sumy overnight with Iranian-designed Shahed drones.";
  assert.deepEqual(
    relations(text, [
      ["Ukraine", "LOCATION"],
      ["Russia", "LOCATION"],
      ["Sumy", "LOCATION"],
    ]),
    ["Russia STRUCK Sumy"],
  );
});

test("outlets and noun modifiers are not objects", () => {
  assert.deepEqual(
    relations("The official told Reuters. Raisi told Putin that Iran sees no limits.", [
      ["Reuters", "ORGANIZATION"],
      ["Raisi", "PERSON"],
      ["Putin", "PERSON"],
      ["Iran", "LOCATION"],
    ]),
    ["Raisi TOLD Putin"],
  );
  assert.deepEqual(
    relations("Israel has asked a US banker to run its central bank.", [
      ["Israel", "LOCATION"],
      ["US", "LOCATION"],
    ]),
    [],
  );
});

test("verb lemmatiser: irregular and regular forms, nouns refused where the lexicon says so", () => {
  assert.equal(matchVerb("met")?.entry.predicate, "MET");
  assert.equal(matchVerb("meets")?.form, "s");
  assert.equal(matchVerb("struck")?.entry.predicate, "STRUCK");
  assert.equal(matchVerb("hosted")?.entry.predicate, "HOSTED");
  assert.equal(matchVerb("capturing")?.entry.predicate, "CAPTURED");
  assert.equal(matchVerb("criticised")?.entry.predicate, "CRITICIZED");
  assert.equal(matchVerb("back"), undefined, "only 'backed' is surely a verb");
  assert.equal(matchVerb("table"), undefined);
});

test("bad input: no mentions or mentions outside every sentence", () => {
  assert.deepEqual(extractRelations(splitSentences("Nothing here."), []), []);
  assert.deepEqual(
    extractRelations(splitSentences("Putin met Raisi."), [
      { start: 100, end: 105, text: "Putin", type: "PERSON", ref: "p" },
      { start: 110, end: 115, text: "Raisi", type: "PERSON", ref: "r" },
    ]),
    [],
  );
});
