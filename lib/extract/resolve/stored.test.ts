/** Unit tests of resolution against stored entities (stored.ts), on local entities as linkArticle makes them. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { entityLookupKeys, formLookupKeys, mergeWithStored, type StoredArticle } from "./stored";
import type { LocalEntity } from "./link";

const local = (name: string, type: LocalEntity["type"], forms: string[] = [name]): LocalEntity => ({
  key: name.toLowerCase(),
  name,
  type,
  fixed: false,
  mentions: forms.map((text, i) => ({ start: i * 20, end: i * 20 + text.length, text, type })),
});

const STORED: StoredArticle[] = [
  {
    articleId: "a-1",
    entities: [
      { id: "person:vladimir-putin", name: "Vladimir Putin", type: "PERSON", aliases: ["Putin", "Vladimir Putin"] },
      { id: "person:digby-jones", name: "Digby Jones", type: "PERSON", aliases: ["Digby Jones"] },
      { id: "organization:kremlin", name: "Kremlin", type: "ORGANIZATION", aliases: ["Kremlin"] },
      { id: "person:sergei-lavrov", name: "Sergei Lavrov", type: "PERSON", aliases: ["Sergei Lavrov"] },
      { id: "person:dmitry-peskov", name: "Dmitry Peskov", type: "PERSON", aliases: ["Dmitry Peskov"] },
    ],
  },
];

test("forms that the merge rules can join share a lookup key", () => {
  const shared = (a: string, b: string) => formLookupKeys(a).some((k) => formLookupKeys(b).includes(k));
  assert.ok(shared("Putin", "Vladimir Putin"), "bare surname");
  assert.ok(shared("WADA", "World Anti-Doping Agency"), "acronym");
  assert.ok(!shared("Kremlin", "Digby Jones"));
  assert.deepEqual(entityLookupKeys("Vladimir Putin", ["Putin"]), [
    ...new Set(entityLookupKeys("Vladimir Putin", ["Putin"])),
  ]);
  for (const k of entityLookupKeys("Société Générale", ["SocGen"])) assert.match(k, /^[a-z]_[a-z0-9_]+$/);
});

test("a bare surname joins the one stored person its article shares company with; another given name does not", () => {
  const result = mergeWithStored(
    [
      {
        articleId: "a-new",
        entities: [
          local("Putin", "PERSON"),
          local("Dave Jones", "PERSON"),
          local("Kremlin", "ORGANIZATION"),
          local("Sergei Lavrov", "PERSON"),
          local("Dmitry Peskov", "PERSON"),
        ],
      },
    ],
    { stored: STORED, isStoredId: (id) => STORED[0].entities.some((e) => e.id === id) },
  );
  assert.deepEqual(result.idOf, [
    [
      "person:vladimir-putin",
      "person:dave-jones",
      "organization:kremlin",
      "person:sergei-lavrov",
      "person:dmitry-peskov",
    ],
  ]);
  const putin = result.entities.find((e) => e.id === "person:vladimir-putin")!;
  assert.equal(putin.name, "Vladimir Putin", "the stored name stays");
  assert.deepEqual(
    putin.mentions.map((m) => m.articleId),
    ["a-new"],
    "only the new article's mentions are returned",
  );
});

test("a bare surname whose article shares no company with the stored bearer stays apart", () => {
  const result = mergeWithStored([{ articleId: "a-new", entities: [local("Putin", "PERSON")] }], {
    stored: STORED,
    isStoredId: (id) => STORED[0].entities.some((e) => e.id === id),
  });
  assert.equal(result.idOf[0][0], "person:putin");
});

test("two stored people with the surname: a bare surname joins neither", () => {
  const stored: StoredArticle[] = [
    ...STORED,
    { articleId: "a-2", entities: [{ id: "person:dave-jones", name: "Dave Jones", type: "PERSON", aliases: [] }] },
  ];
  const result = mergeWithStored([{ articleId: "a-new", entities: [local("Jones", "PERSON")] }], {
    stored,
    isStoredId: (id) => ["person:jones", "person:dave-jones", "person:digby-jones"].includes(id),
  });
  assert.equal(result.idOf[0][0], "person:jones-2", "a fresh id, clear of the stored ones");
});
