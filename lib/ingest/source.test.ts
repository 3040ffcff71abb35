import { test } from "node:test";
import assert from "node:assert/strict";
import { bodyAttributions, detectSource } from "./source";
import { parseSourceLine } from "./boilerplate";
import { normaliseOutlet } from "./outlets";

test("explicit Source line beats body attributions and caption credits", () => {
  assert.equal(
    detectSource({
      text: "The official told Reuters on Friday.",
      captions: ["Leaders meet [Pavel Bednyakov/AP Photo]"],
      statedSource: "Al Jazeera",
    }),
    "Al Jazeera",
  );
});

test("body attribution beats the caption credit (seed 002 Venezuela story: photo by Reuters, story by AFP)", () => {
  assert.equal(
    detectSource({
      text: "Russia on Monday expressed full support for Venezuela.\n\nA third ship was being pursued, a US official told AFP Sunday.",
      captions: ["The US Navy oiler arrives at port in Ponce, Puerto Rico, December 21, 2025. (Reuters)"],
    }),
    "AFP",
  );
});

test("attribution forms found in the seeds and common wire copy", () => {
  assert.deepEqual(bodyAttributions("It said the aim was to protect security, Reuters reported."), ["Reuters"]);
  assert.deepEqual(bodyAttributions('"The plot was contained," the official told Reuters.'), ["Reuters"]);
  assert.deepEqual(bodyAttributions("Anadolu Agency said the suspect was identified as a member."), ["Anadolu Agency"]);
  assert.deepEqual(bodyAttributions("BEIRUT (AFP) - Fighting resumed on Sunday."), ["AFP"]);
  assert.deepEqual(bodyAttributions("Five people died, according to the Associated Press."), ["AP"]);
  // Named as a subject, not as the reporting outlet.
  assert.deepEqual(bodyAttributions("Reuters journalists covered the Reuters Institute report."), []);
  assert.deepEqual(bodyAttributions("He said AFP and Reuters were present. He told Reuters. Reuters reported."), [
    "Reuters",
  ]);
});

test("caption credit is used when the body names no outlet; null when nothing is stated", () => {
  assert.equal(detectSource({ text: "Putin met Raisi.", captions: ["Putin with Raisi at the Kremlin (AFP)"] }), "AFP");
  assert.equal(
    detectSource({ text: "Flags flutter.", captions: ["Flags in Brussels. REUTERS/Yves Herman"] }),
    "Reuters",
  );
  assert.equal(detectSource({ text: "Raisi met Putin in Moscow on Wednesday.", captions: [] }), null);
});

test("Source lines and outlet names are normalised", () => {
  assert.equal(parseSourceLine("Source: Al Jazeera"), "Al Jazeera");
  assert.equal(parseSourceLine("Source: Al Jazeera and news agencies"), "Al Jazeera");
  assert.equal(parseSourceLine("SOURCE: REUTERS"), "Reuters");
  assert.equal(parseSourceLine("Source: The Hindu"), "The Hindu");
  assert.equal(parseSourceLine("Sources said the talks would resume."), null);
  assert.equal(normaliseOutlet("Associated Press"), "AP");
  assert.equal(normaliseOutlet("Agence France-Presse"), "AFP");
  assert.equal(normaliseOutlet("afp"), null);
});
