import { test } from "node:test";
import assert from "node:assert/strict";
import {
  FIRST_NAME_SET,
  GIVEN_NAME_GENDER,
  TAGGER_FIRST_NAME_SET,
  countryName,
  demonymCountries,
  demonymCountry,
  isMediaOutlet,
  lookupName,
  normKey,
  roleName,
} from "./index";
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, NEUTRAL_GIVEN_NAMES } from "./lists/given-names";

test("country aliases resolve to one canonical name", () => {
  for (const alias of ["US", "U.S.", "United States", "America", "USA"])
    assert.equal(countryName(alias), "United States");
  assert.equal(countryName("Türkiye"), "Turkey");
  assert.equal(countryName("Turkiye"), "Turkey");
  assert.equal(countryName("Britain"), "United Kingdom");
  assert.equal(countryName("Russian Federation"), "Russia");
  assert.equal(countryName("the Czech Republic"), "Czech Republic");
});

test("short aliases need capitals: 'us' and 'un' are words", () => {
  assert.equal(lookupName("us"), undefined);
  assert.equal(lookupName("un"), undefined);
  assert.equal(lookupName("UN")?.name, "United Nations");
});

test("demonyms name countries; unknown words do not", () => {
  assert.equal(demonymCountry("Iranian"), "Iran");
  assert.equal(demonymCountry("Turkish"), "Turkey");
  assert.equal(demonymCountry("Czech"), "Czech Republic");
  assert.equal(demonymCountry("Hungarian"), "Hungary");
  assert.equal(demonymCountry("iranian"), undefined, "demonyms are capitalised");
  assert.equal(demonymCountry("Martian"), undefined);
  assert.deepEqual(demonymCountries("Norwegian-Iranian"), ["Norway", "Iran"]);
  assert.deepEqual(demonymCountries("Norwegian-Bogus"), []);
});

test("organisations: acronyms, seats of government, media", () => {
  assert.equal(lookupName("EU")?.name, "European Union");
  assert.equal(lookupName("EAEU")?.name, "Eurasian Economic Union");
  assert.equal(lookupName("Kremlin")?.type, "ORGANIZATION");
  assert.equal(lookupName("ISIS")?.name, "Islamic State");
  assert.ok(isMediaOutlet("Reuters"));
  assert.ok(!isMediaOutlet("NATO"));
  assert.equal(lookupName("Dnipro")?.kind, "city");
  assert.equal(lookupName("Dnipro")?.country, "Ukraine");
});

test("role phrases become UPPER_SNAKE role names; phrases without a head do not", () => {
  assert.equal(roleName(["foreign", "policy", "chief"]), "FOREIGN_POLICY_CHIEF");
  assert.equal(roleName(["Director", "General"]), "DIRECTOR_GENERAL");
  assert.equal(roleName(["spokesman"]), "SPOKESPERSON");
  assert.equal(roleName(["Prime", "Minister"]), "PRIME_MINISTER");
  assert.equal(roleName(["foreign", "policy"]), null);
  assert.equal(roleName([]), null);
});

test("normKey folds case, diacritics and dots", () => {
  assert.equal(normKey("Türkiye"), "turkiye");
  assert.equal(normKey("U.S."), "us");
  assert.equal(normKey("  The Kremlin "), "kremlin");
});

test("given names: one list, each name in one gender list at most, words and places left out", () => {
  const words = (list: string) => list.split(/\s+/).filter(Boolean);
  const male = new Set(words(MALE_GIVEN_NAMES));
  const female = new Set(words(FEMALE_GIVEN_NAMES));
  const neutral = new Set(words(NEUTRAL_GIVEN_NAMES));
  for (const n of male) assert.ok(!female.has(n) && !neutral.has(n), `${n} has one gender`);
  for (const n of female) assert.ok(!neutral.has(n), `${n} has one gender`);
  assert.equal(FIRST_NAME_SET.size, male.size + female.size + neutral.size);
  // Short forms news uses for footballers and politicians ("Wes Brown", "Sol Campbell", "Jamie Carragher").
  for (const n of ["wes", "sol", "jamie", "gareth", "keir"]) assert.equal(GIVEN_NAME_GENDER.get(n), "m", n);
  for (const n of ["tessa", "yvette", "ruth"]) assert.equal(GIVEN_NAME_GENDER.get(n), "f", n);
  assert.ok(FIRST_NAME_SET.has("hilary") && !GIVEN_NAME_GENDER.has("hilary"), "Hilary Benn and Hillary Clinton");
  for (const n of TAGGER_FIRST_NAME_SET) assert.ok(FIRST_NAME_SET.has(n), `${n}: the tagger's names are a subset`);
  for (const w of ["will", "jordan", "chelsea", "blair", "taylor", "said", "per", "august"])
    assert.ok(!FIRST_NAME_SET.has(w), `${w} reads as a word, place or surname first`);
});
