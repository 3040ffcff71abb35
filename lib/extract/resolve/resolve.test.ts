/**
 * Resolution on real name pairs from the BBC corpus, one test per kind the resolver must get right: in-article
 * linking (linkArticle) and cross-article merging (mergeAcrossArticles) over hand-placed mentions, so the tests
 * do not depend on the tagger.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Entity, EntityType } from "../../graph/types";
import type { NameMention } from "./clean";
import { linkArticle } from "./link";
import { mergeAcrossArticles } from "./merge";
import { statedAliases } from "./aliases";

/** Mentions of the given forms at their (first unused) places in the text. */
function mentions(text: string, forms: [string, EntityType][]): NameMention[] {
  const used = new Set<number>();
  return forms.map(([form, type]) => {
    let at = text.indexOf(form);
    while (used.has(at)) at = text.indexOf(form, at + 1);
    assert.ok(at >= 0, `${form} not in text`);
    used.add(at);
    return { start: at, end: at + form.length, text: form, type };
  });
}

function corpus(articles: [string, [string, EntityType][]][]): Entity[] {
  return mergeAcrossArticles(
    articles.map(([text, forms], i) => ({
      articleId: `a${i}`,
      entities: linkArticle(text, mentions(text, forms)).entities,
    })),
  ).entities;
}

const entityOf = (entities: Entity[], alias: string) => entities.filter((e) => e.aliases.includes(alias));

test("different people sharing a surname stay apart, and a bare surname joins none of them", () => {
  const es = corpus([
    [
      "Cardiff sacked Dave Jones after a poor start. Cardiff fans welcomed it.",
      [
        ["Dave Jones", "PERSON"],
        ["Cardiff", "ORGANIZATION"],
      ],
    ],
    [
      "CBI director general Digby Jones said the CBI wanted tax cuts.",
      [
        ["Digby Jones", "PERSON"],
        ["CBI", "ORGANIZATION"],
      ],
    ],
    ["The film is based on a book by Diana Wynne Jones.", [["Diana Wynne Jones", "PERSON"]]],
    ["Ospreys loose-head Duncan Jones is injured.", [["Duncan Jones", "PERSON"]]],
    [
      "Jones said the CBI would not back the plan.",
      [
        ["Jones", "PERSON"],
        ["CBI", "ORGANIZATION"],
      ],
    ],
  ]);
  const ids = ["Dave Jones", "Digby Jones", "Diana Wynne Jones", "Duncan Jones"].map((n) => entityOf(es, n)[0].id);
  assert.equal(new Set(ids).size, 4);
  assert.equal(entityOf(es, "Jones")[0].aliases.length, 1, "ambiguous bare surname stays on its own");
});

test("a nickname merges when the contexts share a name: Bernie Ebbers = Bernard Ebbers", () => {
  const es = corpus([
    [
      "The trial of Bernie Ebbers, former chief of WorldCom, began.",
      [
        ["Bernie Ebbers", "PERSON"],
        ["WorldCom", "ORGANIZATION"],
      ],
    ],
    [
      "At the trial of Bernard Ebbers, WorldCom's former finance chief spoke.",
      [
        ["Bernard Ebbers", "PERSON"],
        ["WorldCom", "ORGANIZATION"],
      ],
    ],
  ]);
  const [e] = entityOf(es, "Bernie Ebbers");
  assert.deepEqual(e.aliases, ["Bernard Ebbers", "Bernie Ebbers"]);
  assert.equal(e.resolution?.[0].rule, "person-nickname");
});

test("a nickname alone, with nothing shared in the contexts, does not merge: Andy Scott ≠ Andrew Scott", () => {
  const es = corpus([
    [
      "Andrew Scott won the theatre award at the Jerwood.",
      [
        ["Andrew Scott", "PERSON"],
        ["Jerwood", "ORGANIZATION"],
      ],
    ],
    [
      "A goal from Andy Scott condemned Mansfield.",
      [
        ["Andy Scott", "PERSON"],
        ["Mansfield", "ORGANIZATION"],
      ],
    ],
  ]);
  assert.notEqual(entityOf(es, "Andrew Scott")[0].id, entityOf(es, "Andy Scott")[0].id);
});

test("an initial form joins the one person it fits: D Peel = Dwayne Peel; R Kelly is not Ruth Kelly", () => {
  const es = corpus([
    [
      "Wales scrum-half Dwayne Peel of Llanelli is fit.",
      [
        ["Dwayne Peel", "PERSON"],
        ["Llanelli", "ORGANIZATION"],
      ],
    ],
    [
      "Wales: S Jones, D Peel (Llanelli).",
      [
        ["D Peel", "PERSON"],
        ["Llanelli", "ORGANIZATION"],
      ],
    ],
    [
      "Education Secretary Ruth Kelly spoke to Labour.",
      [
        ["Ruth Kelly", "PERSON"],
        ["Labour", "ORGANIZATION"],
      ],
    ],
    [
      "R Kelly and Jay-Z cancelled their tour.",
      [
        ["R Kelly", "PERSON"],
        ["Jay-Z", "PERSON"],
      ],
    ],
  ]);
  assert.equal(entityOf(es, "D Peel")[0].id, entityOf(es, "Dwayne Peel")[0].id);
  assert.equal(entityOf(es, "D Peel")[0].resolution?.find((r) => r.alias === "D Peel")?.rule, "person-initial");
  assert.notEqual(entityOf(es, "R Kelly")[0].id, entityOf(es, "Ruth Kelly")[0].id);
});

test("a misspelt surname merges: Mikhail Khordokovsky = Mikhail Khodorkovsky", () => {
  const es = corpus([
    [
      "Yukos founder Mikhail Khodorkovsky is in jail.",
      [
        ["Yukos", "ORGANIZATION"],
        ["Mikhail Khodorkovsky", "PERSON"],
      ],
    ],
    [
      "Ex-Yukos boss Mikhail Khordokovsky is on trial.",
      [
        ["Yukos", "ORGANIZATION"],
        ["Mikhail Khordokovsky", "PERSON"],
      ],
    ],
  ]);
  const [e] = entityOf(es, "Mikhail Khordokovsky");
  assert.ok(e.aliases.includes("Mikhail Khodorkovsky"));
  assert.equal(e.resolution?.[0].rule, "person-surname-spelling");
});

test("acronyms defined in the text join their names, mixed case too", () => {
  const text1 = "The World Anti-Doping Agency (Wada) said Wada would appeal.";
  const r1 = linkArticle(
    text1,
    mentions(text1, [
      ["World Anti-Doping Agency", "ORGANIZATION"],
      ["Wada", "PERSON"],
      ["Wada", "PERSON"],
    ]),
  );
  assert.equal(r1.entities.length, 1);
  assert.equal(r1.entities[0].type, "ORGANIZATION");
  assert.deepEqual(r1.entities[0].links, [{ form: "Wada", to: "World Anti-Doping Agency", rule: "acronym-defined" }]);

  const text2 = "A report by the Office of Fair Trading, the OFT, found that the OFT had acted.";
  const r2 = linkArticle(
    text2,
    mentions(text2, [
      ["Office of Fair Trading", "ORGANIZATION"],
      ["OFT", "ORGANIZATION"],
      ["OFT", "ORGANIZATION"],
    ]),
  );
  assert.equal(r2.entities.length, 1);
});

test("an acronym before a country is not the country's: 'America (MPAA)' stays apart from the United States", () => {
  const text = "The Motion Picture Association of America (MPAA) sued.";
  const ms: NameMention[] = [
    ...mentions(text, [
      ["Motion Picture Association", "ORGANIZATION"],
      ["MPAA", "ORGANIZATION"],
    ]),
    {
      start: text.indexOf("America"),
      end: text.indexOf("America") + 7,
      text: "America",
      type: "LOCATION",
      gazetteer: { name: "United States", type: "LOCATION", kind: "country" },
    },
  ];
  const r = linkArticle(text, ms);
  const mpaa = r.entities.find((e) => e.mentions.some((m) => m.text === "MPAA"))!;
  assert.ok(!mpaa.mentions.some((m) => m.text === "America"));
});

test("party and club short forms merge: Lib Dems = Liberal Democrats, Man Utd = Manchester United", () => {
  const es = corpus([
    ["The Liberal Democrats unveiled their plans.", [["Liberal Democrats", "ORGANIZATION"]]],
    ["The Lib Dems said the plans were costed.", [["Lib Dems", "ORGANIZATION"]]],
    ["A Lib Dem spokesman said so.", [["Lib Dem", "ORGANIZATION"]]],
    ["Manchester United won again.", [["Manchester United", "ORGANIZATION"]]],
    ["Shares rise on new Man Utd offer.", [["Man Utd", "ORGANIZATION"]]],
    ["Manchester City lost.", [["Manchester City", "ORGANIZATION"]]],
  ]);
  const lib = entityOf(es, "Liberal Democrats")[0];
  assert.deepEqual(lib.aliases, ["Lib Dem", "Lib Dems", "Liberal Democrats"]);
  assert.equal(entityOf(es, "Man Utd")[0].id, entityOf(es, "Manchester United")[0].id);
  assert.notEqual(entityOf(es, "Man Utd")[0].id, entityOf(es, "Manchester City")[0].id);
});

test("function-word and leading-country variants merge; a short remainder keeps its country", () => {
  const es = corpus([
    ["The Institute for Fiscal Studies said so.", [["Institute for Fiscal Studies", "ORGANIZATION"]]],
    ["The Institute of Fiscal Studies disagreed.", [["Institute of Fiscal Studies", "ORGANIZATION"]]],
    [
      "The US Securities and Exchange Commission fined it.",
      [["US Securities and Exchange Commission", "ORGANIZATION"]],
    ],
    ["The Securities and Exchange Commission agreed.", [["Securities and Exchange Commission", "ORGANIZATION"]]],
    ["The Russian Foreign Ministry said no.", [["Russian Foreign Ministry", "ORGANIZATION"]]],
    ["The Foreign Ministry said yes.", [["Foreign Ministry", "ORGANIZATION"]]],
  ]);
  assert.equal(entityOf(es, "Institute of Fiscal Studies")[0].id, entityOf(es, "Institute for Fiscal Studies")[0].id);
  assert.equal(
    entityOf(es, "US Securities and Exchange Commission")[0].id,
    entityOf(es, "Securities and Exchange Commission")[0].id,
  );
  assert.notEqual(entityOf(es, "Russian Foreign Ministry")[0].id, entityOf(es, "Foreign Ministry")[0].id);
});

test("stated aliases merge: Jay-Z, real name Shawn Carter; Norman Cook - aka Fatboy Slim", () => {
  const t1 = "Jay-Z, real name Shawn Carter, said he had inherited the label.";
  const r1 = linkArticle(
    t1,
    mentions(t1, [
      ["Jay-Z", "PERSON"],
      ["Shawn Carter", "PERSON"],
    ]),
  );
  assert.equal(r1.entities.length, 1);
  assert.equal(r1.entities[0].links?.[0].rule, "stated-alias");
  const t2 = "DJ Norman Cook - aka Fatboy Slim - has said that dance music is not dead.";
  const r2 = linkArticle(
    t2,
    mentions(t2, [
      ["Norman Cook", "PERSON"],
      ["Fatboy Slim", "ORGANIZATION"],
    ]),
  );
  assert.equal(r2.entities.length, 1);
  assert.equal(r2.entities[0].name, "Norman Cook");
  // Two names in a list are not aliases.
  assert.deepEqual(
    statedAliases("Norman Cook and Fatboy Slim.", [
      { start: 0, end: 11 },
      { start: 16, end: 27 },
    ]),
    [],
  );
});

test("a company that sounds like a person stays a company: Time Warner ≠ Tim Warner", () => {
  const es = corpus([
    [
      "Time Warner said profits rose. Time Warner owns AOL.",
      [
        ["Time Warner", "ORGANIZATION"],
        ["Time Warner", "PERSON"],
        ["AOL", "ORGANIZATION"],
      ],
    ],
    ["Quarterly results from Time Warner beat forecasts.", [["Time Warner", "PERSON"]]],
    [
      "Security expert Tim Warner said firms must prepare; AOL agreed.",
      [
        ["Tim Warner", "PERSON"],
        ["AOL", "ORGANIZATION"],
      ],
    ],
  ]);
  const [tw] = entityOf(es, "Time Warner");
  assert.equal(tw.type, "ORGANIZATION");
  assert.ok(!tw.aliases.includes("Tim Warner"));
});

test("no articles, no entities", () => {
  assert.deepEqual(mergeAcrossArticles([]), { entities: [], idOf: [] });
  assert.deepEqual(linkArticle("", []), { entities: [], entityOf: [] });
});

test("a slip in a long, distinctive surname merges without shared context: Steve Brookstein = Steve Brockstein", () => {
  const es = corpus([
    ["X Factor winner Steve Brookstein tops the chart.", [["Steve Brookstein", "PERSON"]]],
    ["Steve Brockstein sings Elvis.", [["Steve Brockstein", "PERSON"]]],
  ]);
  const [e] = entityOf(es, "Steve Brockstein");
  assert.deepEqual(e.aliases, ["Steve Brockstein", "Steve Brookstein"]);
  assert.equal(e.resolution?.[0].rule, "person-surname-spelling");
});

test("a short surname variant needs strong shared context: David Davis = David Davies, Andy Davis ≠ Andy Davies", () => {
  const politics = (name: string): [string, [string, EntityType][]] => [
    `${name} said Charles Clarke and Mark Oaten of the Liberal Democrats disagreed with Labour.`,
    [
      [name, "PERSON"],
      ["Charles Clarke", "PERSON"],
      ["Mark Oaten", "PERSON"],
      ["Liberal Democrats", "ORGANIZATION"],
      ["Labour", "ORGANIZATION"],
    ],
  ];
  const es = corpus([
    politics("David Davis"),
    politics("David Davies"),
    [
      "Linesman Andy Davis flagged at Rangers.",
      [
        ["Andy Davis", "PERSON"],
        ["Rangers", "ORGANIZATION"],
      ],
    ],
    [
      "Middlesbrough defender Andy Davies joined Rangers.",
      [
        ["Andy Davies", "PERSON"],
        ["Rangers", "ORGANIZATION"],
        ["Middlesbrough", "ORGANIZATION"],
      ],
    ],
  ]);
  assert.deepEqual(entityOf(es, "David Davies")[0].aliases, ["David Davies", "David Davis"]);
  assert.equal(entityOf(es, "David Davies")[0].resolution?.[0].rule, "person-surname-variant");
  assert.deepEqual(entityOf(es, "Andy Davies")[0].aliases, ["Andy Davies"]);
  assert.deepEqual(entityOf(es, "Andy Davis")[0].aliases, ["Andy Davis"]);
});

test("one article writing a name twice with a slip in the surname: Charles Clarke … Charles Clark", () => {
  const text = "Charles Clarke defended the plan. Charles Clark said the Lords were wrong. Charles Clarke won.";
  const r = linkArticle(
    text,
    mentions(text, [
      ["Charles Clarke", "PERSON"],
      ["Charles Clark", "PERSON"],
      ["Charles Clarke", "PERSON"],
    ]),
  );
  assert.equal(r.entities.length, 1);
  assert.deepEqual(r.entities[0].links, [{ form: "Charles Clark", to: "Charles Clarke", rule: "spelling-in-article" }]);
  // Two different surnames with one given name stay two people.
  const text2 = "Paul Thomson and Paul Robson played.";
  assert.equal(
    linkArticle(
      text2,
      mentions(text2, [
        ["Paul Thomson", "PERSON"],
        ["Paul Robson", "PERSON"],
      ]),
    ).entities.length,
    2,
  );
});

test("an initial form joins a full name the tagger typed otherwise in its article: S Burger = Schalk Burger", () => {
  const text = "Schalk Burger was sin-binned. Replacements: S Burger (S Africa).";
  const r = linkArticle(
    text,
    mentions(text, [
      ["Schalk Burger", "ORGANIZATION"],
      ["S Burger", "PERSON"],
    ]),
  );
  assert.equal(r.entities.length, 1);
  assert.equal(r.entities[0].type, "PERSON");
  assert.equal(r.entities[0].name, "Schalk Burger");
});

test("a mixed-case acronym with an inner capital joins the name it abbreviates: MoD = Ministry of Defence", () => {
  const text = "The Ministry of Defence said the MoD had acted; the Who played on.";
  const r = linkArticle(
    text,
    mentions(text, [
      ["Ministry of Defence", "ORGANIZATION"],
      ["MoD", "MISC"],
      ["Who", "ORGANIZATION"],
    ]),
  );
  assert.deepEqual(
    r.entities.map((e) => e.mentions.map((m) => m.text)),
    [["Ministry of Defence", "MoD"], ["Who"]],
  );
});

test("an acronym defined in one article names the entity in articles on the same story that only use it: IFPI", () => {
  const es = corpus([
    [
      "The International Federation of Phonographic Industries (IFPI) said sales of BPI and RIAA members rose.",
      [
        ["International Federation of Phonographic Industries", "ORGANIZATION"],
        ["IFPI", "ORGANIZATION"],
        ["BPI", "ORGANIZATION"],
        ["RIAA", "ORGANIZATION"],
      ],
    ],
    [
      "The IFPI figures, like those of the BPI and the RIAA, came out.",
      [
        ["IFPI", "ORGANIZATION"],
        ["BPI", "ORGANIZATION"],
        ["RIAA", "ORGANIZATION"],
      ],
    ],
  ]);
  const [e] = entityOf(es, "IFPI");
  assert.ok(e.aliases.includes("International Federation of Phonographic Industries"));
  assert.deepEqual(entityOf(es, "IFPI").length, 1);
  // Without a story in common the letters alone say nothing (BBC: "Hal" Luscombe is no Hindustan Aeronautics).
  const apart = corpus([
    [
      "Hindustan Aeronautics (HAL) won an order from the Indian air force.",
      [
        ["Hindustan Aeronautics", "ORGANIZATION"],
        ["HAL", "ORGANIZATION"],
      ],
    ],
    ["An injury to HAL kept him out of the Wales side.", [["HAL", "ORGANIZATION"]]],
  ]);
  assert.equal(entityOf(apart, "HAL").length, 2);
});

test("a one-letter slip in a rare short given name merges on strong context: Tama Umaga = Tana Umaga", () => {
  const rugby = (name: string): [string, [string, EntityType][]] => [
    `${name} led the All Blacks against Brian O'Driscoll and the Lions of Clive Woodward.`,
    [
      [name, "PERSON"],
      ["All Blacks", "ORGANIZATION"],
      ["Brian O'Driscoll", "PERSON"],
      ["Lions", "ORGANIZATION"],
      ["Clive Woodward", "PERSON"],
    ],
  ];
  const es = corpus([rugby("Tana Umaga"), rugby("Tama Umaga")]);
  assert.deepEqual(entityOf(es, "Tama Umaga")[0].aliases, ["Tama Umaga", "Tana Umaga"]);
  // Two common given names one letter apart are two people whatever the context.
  const es2 = corpus([rugby("Dean Jones"), rugby("Sean Jones")]);
  assert.equal(entityOf(es2, "Dean Jones")[0].aliases.length, 1);
});

test("a name given only as a stated alias does not name the entity: Mars - real name Bob Allen Deal", () => {
  const text = "Mars - real name Bob Allen Deal - had surgery, said the manager of guitarist Mick Mars.";
  const es = corpus([
    [
      text,
      [
        ["Mick Mars", "PERSON"],
        ["Mars", "PERSON"],
        ["Bob Allen Deal", "PERSON"],
      ],
    ],
  ]);
  const [e] = entityOf(es, "Bob Allen Deal");
  assert.equal(e.name, "Mick Mars");
  assert.ok(e.resolution?.some((r) => r.alias === "Bob Allen Deal" && r.rule === "stated-alias"));
});
