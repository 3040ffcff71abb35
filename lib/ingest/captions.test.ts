import { test } from "node:test";
import assert from "node:assert/strict";
import { creditOutlet, dedupeCaptions, isMarker, photoCredit } from "./captions";

test("photo credits from the seeds and other common forms are strong; a trailing (AFP) is weak", () => {
  const strong = [
    "European Union flags flutter outside the EU Commission headquarters in Brussels, Belgium July 16, 2025. REUTERS/Yves Herman",
    "A sign with a drone ban is displayed outside the airport in Munich, Germany October 6, 2025. REUTERS/Angelika Warmuth/File",
    "Commanders meet in Tehran, Iran August 17, 2023. Office of the Iranian Supreme Leader/WANA (West Asia News Agency) via REUTERS",
    "A Turkish soldier stands guard outside the Silivri Prison. (File/Reuters)",
    "Iran's Evin Prison (File photo: Reuters)",
    "Russian President Vladimir Putin, left, and Iranian President Ebrahim Raisi, right [Pavel Bednyakov/AP Photo]",
    "Residents wade through a flooded street. (AP Photo/Sunday Alamba)",
    "The summit venue. Photo: John Smith/AFP",
    "Protesters in Paris (Photo by Jane Doe/Getty Images)",
  ];
  for (const s of strong) assert.equal(photoCredit(s), "strong", s);
  assert.equal(photoCredit("Putin with Raisi at the Kremlin (AFP)"), "weak");
  assert.equal(photoCredit("Oiler arrives in Ponce, December 21, 2025. (Reuters)"), "weak");
  for (const s of [
    "Iran and the Eurasian Economic Union (EAEU) are developing relations.",
    "The official told Reuters on Friday.",
    "NATO and Ukraine to Hold Emergency Talks",
  ]) {
    assert.equal(photoCredit(s), null, s);
  }
});

test("creditOutlet reads the outlet from the credit at the end, not from the description", () => {
  assert.equal(creditOutlet("Flags in Brussels. REUTERS/Yves Herman"), "Reuters");
  assert.equal(creditOutlet("Leaders meet [Pavel Bednyakov/AP Photo]"), "AP");
  assert.equal(creditOutlet("Putin with Raisi at the Kremlin (AFP)"), "AFP");
  assert.equal(creditOutlet("Supreme Leader/WANA (West Asia News Agency) via REUTERS"), "Reuters");
  assert.equal(creditOutlet("Iran's Evin Prison (File photo: Reuters)"), "Reuters");
  assert.equal(creditOutlet("A plain line without a credit"), null);
});

test("markers: outlet tags and counters, not words or headlines", () => {
  for (const m of ["TT", "20", "AP", "1234", "15 shares"]) assert.ok(isMarker(m), m);
  for (const m of ["Tehran", "2024 budget", "EU Toughens Visa Rules", "12345"]) assert.ok(!isMarker(m), m);
});

test("dedupeCaptions drops exact repeats and keeps the longer of near-copies", () => {
  const alt =
    "Russian President Vladimir Putin and his Iranian counterpart Ebrahim Raisi talk to each other during their meeting in Moscow";
  const cap =
    "Russian President Vladimir Putin, left, and Iranian President Ebrahim Raisi, right, talk to each other during their meeting in Moscow [Pavel Bednyakov/AP Photo]";
  assert.deepEqual(dedupeCaptions([alt, cap, cap]), [cap]);
  assert.deepEqual(dedupeCaptions(["A cat on a wall. REUTERS/X", "A dog in a park. REUTERS/Y", " "]), [
    "A cat on a wall. REUTERS/X",
    "A dog in a park. REUTERS/Y",
  ]);
});
