import { test } from "node:test";
import assert from "node:assert/strict";
import type { EntityType } from "../../graph/types";
import type { LocalEntity } from "./link";
import { mergeAcrossArticles } from "./merge";
import { nameTokens, normKey } from "./names";
import { givenNameMatch, personNameMatch, surnameMatch } from "./person";

function local(name: string, type: EntityType, n = 1, key = normKey(name)): LocalEntity {
  const mentions = Array.from({ length: n }, (_, i) => ({
    start: i * 100,
    end: i * 100 + name.length,
    text: name,
    type,
  }));
  return { key, name, type, fixed: key.startsWith("g:"), mentions };
}

test("spelling variants of one person merge across articles when their contexts share a name", () => {
  const khamenei = () => local("Ali Khamenei", "PERSON");
  const r = mergeAcrossArticles([
    {
      articleId: "a1",
      entities: [local("Ebrahim Raisi", "PERSON", 3), local("Volodymyr Zelenskyy", "PERSON"), khamenei()],
    },
    {
      articleId: "a2",
      entities: [local("Ibrahim Raisi", "PERSON"), local("Volodymyr Zelensky", "PERSON"), khamenei()],
    },
  ]);
  assert.deepEqual(
    r.entities.filter((e) => e.id !== "person:ali-khamenei").map((e) => [e.id, e.aliases]),
    [
      ["person:ebrahim-raisi", ["Ebrahim Raisi", "Ibrahim Raisi"]],
      // Equally complete and frequent: the alphabetically first spelling names it.
      ["person:volodymyr-zelensky", ["Volodymyr Zelensky", "Volodymyr Zelenskyy"]],
    ],
  );
  assert.deepEqual(r.idOf, [
    ["person:ebrahim-raisi", "person:volodymyr-zelensky", "person:ali-khamenei"],
    ["person:ebrahim-raisi", "person:volodymyr-zelensky", "person:ali-khamenei"],
  ]);
  const raisi = r.entities.find((e) => e.id === "person:ebrahim-raisi")!;
  assert.deepEqual(raisi.resolution, [{ alias: "Ibrahim Raisi", rule: "person-nickname", via: "Ebrahim Raisi" }]);
});

test("people sharing only a surname stay apart; a bare surname joins only an unambiguous full name", () => {
  const company = () => [local("Sergei Lavrov", "PERSON"), local("Dmitry Peskov", "PERSON")];
  const r = mergeAcrossArticles([
    { articleId: "a1", entities: [local("Donald Trump", "PERSON"), local("Vladimir Putin", "PERSON"), ...company()] },
    { articleId: "a2", entities: [local("Melania Trump", "PERSON"), local("Putin", "PERSON"), ...company()] },
    { articleId: "a3", entities: [local("Trump", "PERSON")] },
  ]);
  assert.deepEqual(
    r.entities.map((e) => e.id),
    [
      "person:dmitry-peskov",
      "person:donald-trump",
      "person:melania-trump",
      "person:sergei-lavrov",
      "person:trump",
      "person:vladimir-putin",
    ],
  );
  assert.equal(r.entities.find((e) => e.id === "person:vladimir-putin")!.mentions.length, 2);
});

test("a bare name joins its one bearer only where an article of the bearer shares its company", () => {
  // Real BBC cases: the film "Ray" beside Jamie Foxx is not Yukos's lawyer Hugh Ray; a "Dance" teacher is not
  // the actor Charles Dance, even when some "Dance" elsewhere is his and the word is also an organisation's name.
  const r = mergeAcrossArticles([
    {
      articleId: "a1",
      entities: [local("Hugh Ray", "PERSON"), local("Yukos", "ORGANIZATION"), local("Mikhail Khodorkovsky", "PERSON")],
    },
    { articleId: "a2", entities: [local("Ray", "PERSON"), local("Jamie Foxx", "PERSON")] },
    {
      articleId: "a3",
      entities: [local("Ray", "PERSON"), local("Yukos", "ORGANIZATION"), local("Mikhail Khodorkovsky", "PERSON")],
    },
    {
      articleId: "b1",
      entities: [local("Charles Dance", "PERSON"), local("Jeremy Irons", "PERSON"), local("Helen Mirren", "PERSON")],
    },
    {
      articleId: "b2",
      entities: [local("Dance", "PERSON"), local("Jeremy Irons", "PERSON"), local("Helen Mirren", "PERSON")],
    },
    { articleId: "b3", entities: [local("Dance", "ORGANIZATION", 3)] },
    { articleId: "b4", entities: [local("Dance", "PERSON")] },
  ]);
  const idOf = (article: number) => r.idOf[article][0];
  assert.equal(idOf(2), "person:hugh-ray", "the Yukos article's Ray");
  assert.notEqual(idOf(1), "person:hugh-ray", "the film");
  assert.equal(idOf(4), "person:charles-dance");
  assert.notEqual(idOf(6), "person:charles-dance", "the dance teacher");
  assert.equal(idOf(6), idOf(5), "an unjoined bare name votes its type with the same name elsewhere");
});

test("name similarity rules", () => {
  assert.equal(givenNameMatch("ebrahim", "ibrahim"), "nickname");
  assert.equal(givenNameMatch("donald", "melania"), null);
  assert.equal(givenNameMatch("v", "vladimir"), "initial");
  assert.equal(surnameMatch("zelenskyy", "zelensky"), "spelling");
  assert.equal(surnameMatch("falconer", "falcon"), null);
  assert.equal(personNameMatch(nameTokens("Ali Khamenei"), nameTokens("Ali Shamkhani")), null);
  // Real different-person pairs from the BBC corpus.
  assert.equal(personNameMatch(nameTokens("Alex Bell"), nameTokens("Alexander Graham Bell")), null);
  // A short surname variant is only a candidate: the merge step needs strong shared context for it.
  assert.equal(personNameMatch(nameTokens("Andy Davis"), nameTokens("Andy Davies")), "person-surname-variant");
  assert.equal(personNameMatch(nameTokens("Andy Davis"), nameTokens("Andrew Davies")), null);
  assert.equal(personNameMatch(nameTokens("Tim Warner"), nameTokens("Time Warner")), null);
  assert.equal(personNameMatch(nameTokens("Rowan Williams"), nameTokens("Robin Williams")), null);
  assert.equal(personNameMatch(nameTokens("Jose Antonio Reyes"), nameTokens("Jose Reyes")), "person-middle-name");
});

test("gazetteer keys merge whatever the surface; ids are stable and mentions sorted", () => {
  const r = mergeAcrossArticles([
    { articleId: "b", entities: [local("United States", "LOCATION", 2, "g:United States")] },
    { articleId: "a", entities: [local("United States", "LOCATION", 1, "g:United States")] },
  ]);
  assert.equal(r.entities.length, 1);
  assert.equal(r.entities[0].id, "location:united-states");
  assert.deepEqual(
    r.entities[0].mentions.map((m) => m.articleId),
    ["a", "b", "b"],
  );
});

test("different entities with the same slug get distinct ids", () => {
  const r = mergeAcrossArticles([
    { articleId: "a", entities: [local("AT&T", "ORGANIZATION", 1, "att"), local("AT T", "ORGANIZATION", 1, "at t")] },
  ]);
  assert.deepEqual(
    r.entities.map((e) => e.id),
    ["organization:at-t", "organization:at-t-2"],
  );
});

test("empty input", () => {
  assert.deepEqual(mergeAcrossArticles([]), { entities: [], idOf: [] });
});

test("a name typed PERSON in some articles and ORGANIZATION in others is one entity, typed by weighted votes", () => {
  const r = mergeAcrossArticles([
    { articleId: "a1", entities: [local("Chelsea", "PERSON", 5)] },
    { articleId: "a2", entities: [local("Chelsea", "ORGANIZATION", 3)] },
  ]);
  assert.deepEqual(
    r.entities.map((e) => [e.id, e.mentions.length]),
    [["organization:chelsea", 8]],
    "one-word persons never named in full vote at half weight",
  );
});

test("a bare given name joins no one by its spelling alone: each article's 'John' is its own", () => {
  const r = mergeAcrossArticles([
    { articleId: "a1", entities: [local("John", "PERSON"), local("Huw Stephens", "PERSON")] },
    { articleId: "a2", entities: [local("John", "PERSON"), local("Gordon Brown", "PERSON")] },
    { articleId: "a3", entities: [local("Dallaglio", "PERSON")] },
    { articleId: "a4", entities: [local("Dallaglio", "PERSON")] },
  ]);
  assert.notEqual(r.idOf[0][0], r.idOf[1][0]);
  // A bare surname that joined no full name is still one entity across articles.
  assert.equal(r.idOf[2][0], r.idOf[3][0]);
});

test("a bare surname several people carry is one entity only across articles that share company", () => {
  // Real BBC shape: "Green" is a Wasps prop in a rugby line-up, a substitute in a football report and a band's
  // name in a chart story, and the corpus names two Greens in full (Tom and Robson), so none of them may join.
  const rugby = () => [local("Lawrence Dallaglio", "PERSON"), local("Josh Lewsey", "PERSON")];
  const r = mergeAcrossArticles([
    { articleId: "a1", entities: [local("Tom Green", "PERSON"), local("Jim Carrey", "PERSON")] },
    { articleId: "a2", entities: [local("Robson Green", "PERSON"), local("ITV", "ORGANIZATION")] },
    { articleId: "r1", entities: [local("Green", "PERSON"), ...rugby()] },
    { articleId: "r2", entities: [local("Green", "PERSON"), ...rugby()] },
    { articleId: "f1", entities: [local("Green", "PERSON"), local("Bolton", "ORGANIZATION")] },
    { articleId: "m1", entities: [local("Green", "PERSON"), local("Usher", "PERSON")] },
  ]);
  const green = (article: number) => r.idOf[article][0];
  assert.equal(green(2), green(3), "the two rugby reports name one Green");
  assert.notEqual(green(4), green(2), "the football substitute is another");
  assert.notEqual(green(5), green(4));
  assert.notEqual(green(5), green(2));
  for (const a of [2, 4, 5]) assert.ok(![green(0), green(1)].includes(green(a)), "no bare Green joins a full name");
  assert.deepEqual(
    r.entities.find((e) => e.id === green(3))!.mentions.map((m) => m.articleId),
    ["r1", "r2"],
  );
});

test("an acronym joins the one long form with its initials, unless the long form holds a number word", () => {
  // Real BBC shapes: "RSC" beside the Royal Shakespeare Company's company; "RFL" (the Rugby Football League) in a
  // rugby league story beside one that quotes Radio Five Live, whose initials it happens to spell.
  const arts = () => [local("Stratford", "LOCATION"), local("Greg Doran", "PERSON")];
  const rugby = () => [local("Andy Farrell", "PERSON"), local("Wigan", "ORGANIZATION")];
  const r = mergeAcrossArticles([
    { articleId: "a1", entities: [local("Royal Shakespeare Company", "ORGANIZATION"), ...arts()] },
    { articleId: "a2", entities: [local("RSC", "ORGANIZATION"), ...arts()] },
    { articleId: "r1", entities: [local("Radio Five Live", "ORGANIZATION"), ...rugby()] },
    { articleId: "r2", entities: [local("RFL", "ORGANIZATION"), ...rugby()] },
  ]);
  assert.equal(r.idOf[1][0], r.idOf[0][0], "RSC = Royal Shakespeare Company");
  assert.deepEqual(
    r.entities.find((e) => e.id === r.idOf[0][0])!.resolution?.map((x) => x.rule),
    ["acronym-initials"],
  );
  assert.notEqual(r.idOf[3][0], r.idOf[2][0], "RFL is not Radio Five Live");
});
