/**
 * The committed syntax model on real news sentences: subject, object and oblique attachments, a passive, a
 * coordination and a relative clause; that the model files load and parse exactly as at training time; the
 * CoNLL-U annotation leaves every column it does not predict untouched. No accuracy thresholds here: accuracy
 * is measured by `npm run eval -- syntax`.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { analyse, Doc, loadSyntaxModel, type Token } from "./index";
import { DEFAULT_MODEL_DIR, decodeParser, decodeTagger, encodeParser, encodeTagger } from "./model";
import { readConllu, writeConllu } from "./conllu";
import { annotateConllu, formatTrees } from "./format";

function word(doc: Doc, text: string): Token {
  const i = doc.form.indexOf(text);
  assert.ok(i >= 0, `no token "${text}" in ${doc.form.join(" ")}`);
  return doc.token(i);
}

/** "rel(head, dependent)" with the relation's base type. */
function arc(t: Token): string {
  return `${t.dep.split(":")[0]}(${t.head?.text ?? "ROOT"}, ${t.text})`;
}

const SEED =
  "Russian President Vladimir Putin received his Iranian counterpart Ebrahim Raisi at the Kremlin on Wednesday.";

test("seed sentence: the name is the subject, the counterpart the object, Wednesday an oblique", () => {
  const doc = analyse(SEED);
  assert.equal(arc(word(doc, "received")), "root(ROOT, received)");
  // UD heads a multi-word name on its first word: Vladimir ← flat Putin, with the title as nmod:desc.
  assert.equal(arc(word(doc, "Vladimir")), "nsubj(received, Vladimir)");
  assert.equal(arc(word(doc, "Putin")), "flat(Vladimir, Putin)");
  assert.equal(arc(word(doc, "President")), "nmod(Vladimir, President)");
  assert.equal(arc(word(doc, "counterpart")), "obj(received, counterpart)");
  assert.equal(arc(word(doc, "Wednesday")), "obl(received, Wednesday)");
  assert.equal(arc(word(doc, "at")), "case(Kremlin, at)");
  assert.equal(word(doc, "received").lemma, "receive");
  assert.equal(word(doc, "Putin").upos, "PROPN");
});

// Known defect of the shipped model: "at the Kremlin" is attached to "counterpart" (nmod) instead of the verb.
test("seed sentence: 'at the Kremlin' is an oblique of the verb", { todo: "PP attachment after a long object" }, () => {
  const doc = analyse(SEED);
  assert.equal(arc(word(doc, "Kremlin")), "obl(received, Kremlin)");
});

test("a passive: the subject is nsubj:pass, the auxiliary aux:pass, the agent obl:agent with 'by'", () => {
  const doc = analyse("The agreement was signed by the two presidents.");
  assert.equal(arc(word(doc, "signed")), "root(ROOT, signed)");
  assert.equal(word(doc, "agreement").dep, "nsubj:pass");
  assert.equal(word(doc, "agreement").head?.text, "signed");
  assert.equal(arc(word(doc, "was")), "aux(signed, was)");
  assert.equal(word(doc, "was").dep, "aux:pass");
  assert.equal(word(doc, "presidents").dep, "obl:agent");
  assert.equal(word(doc, "presidents").head?.text, "signed");
  assert.equal(word(doc, "presidents").lemma, "president");
});

test("a coordination: the second conjunct hangs on the first, the pair is the subject", () => {
  const doc = analyse("Moscow and Tehran would not sign the document during the current visit.");
  assert.equal(arc(word(doc, "Moscow")), "nsubj(sign, Moscow)");
  assert.equal(arc(word(doc, "Tehran")), "conj(Moscow, Tehran)");
  assert.equal(arc(word(doc, "and")), "cc(Tehran, and)");
  assert.equal(arc(word(doc, "document")), "obj(sign, document)");
});

test("a relative clause modifies its noun and has its own subject", () => {
  const doc = analyse("The lawmaker who raised the alarm met the minister on Monday.");
  assert.equal(word(doc, "raised").dep, "acl:relcl");
  assert.equal(word(doc, "raised").head?.text, "lawmaker");
  assert.equal(arc(word(doc, "who")), "nsubj(raised, who)");
  assert.equal(arc(word(doc, "lawmaker")), "nsubj(met, lawmaker)");
});

test("the committed model files load and parse exactly as when they were trained", () => {
  const fixture = JSON.parse(readFileSync(DEFAULT_MODEL_DIR + "fixture.json", "utf8")) as [
    string,
    string,
    string,
    string,
    number,
    string,
  ][][];
  const doc = Doc.fromWords(fixture.map((s) => s.map((t) => t[0])));
  const model = loadSyntaxModel();
  model.tag(doc);
  model.parse(doc);
  const got = doc.sents.map((s) =>
    s.tokens.map((t) => [t.text, t.upos, t.xpos, t.lemma, t.head ? t.head.i - s.start + 1 : 0, t.dep]),
  );
  assert.deepEqual(got, fixture);
});

test("a parser with feature set 2 keeps its feature set and word clusters through encoding and decoding", () => {
  const { parser } = loadSyntaxModel();
  const first = decodeParser(encodeParser(parser));
  assert.equal(first.features, parser.features);
  assert.ok(encodeParser(first).equals(encodeParser(parser)), "a re-encoded parser has different bytes");
  const clusters = new Map([
    ["Moscow", "0110100111"],
    ["Tehran", "0110100110"],
  ]);
  const rich = decodeParser(encodeParser({ ...parser, features: 2, clusters }));
  assert.equal(rich.features, 2);
  assert.deepEqual([...rich.clusters].sort(), [...clusters].sort());
  assert.deepEqual(rich.labels, parser.labels);
});

test("a tagger keeps its word clusters and ambiguity classes through encoding and decoding", () => {
  const { tagger, lemmatiser } = loadSyntaxModel();
  const bytes = encodeTagger(tagger, lemmatiser);
  assert.ok(encodeTagger(decodeTagger(bytes).tagger, lemmatiser).equals(bytes), "a re-encoded tagger differs");
  const clusters = new Map([
    ["Moscow", "0110100111"],
    ["Tehran", "0110100110"],
  ]);
  const ambig = new Map([["that", "3,7,12"]]);
  const back = decodeTagger(encodeTagger({ ...tagger, clusters, ambig }, lemmatiser)).tagger;
  assert.deepEqual([...back.clusters].sort(), [...clusters].sort());
  assert.deepEqual([...back.ambig], [...ambig]);
  assert.deepEqual(back.classes, tagger.classes);
});

test("every sentence gets one root and a tree without cycles", () => {
  const doc = analyse('Hi! He said - twice - that it was "over", and left. (Really.) OK');
  for (const s of doc.sents) {
    const roots = s.tokens.filter((t) => t.head === null);
    assert.equal(roots.length, 1, s.text);
    for (const t of s.tokens) {
      let k = t.i;
      for (let steps = 0; doc.head[k] >= 0; steps++) {
        assert.ok(steps <= s.length, `cycle at ${t.text}`);
        k = doc.head[k];
      }
    }
  }
  assert.match(formatTrees(doc), /^# Hi!\nroot {2}Hi {2}INTJ/);
});

test("CoNLL-U annotation fills the five predicted columns and leaves the rest alone", () => {
  const input = [
    "# text = I don't know.",
    "1\tI\t_\t_\t_\tCase=Nom\t_\t_\t_\t_",
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
    "2\tdo\t_\t_\t_\t_\t_\t_\t_\t_",
    "3\tn't\t_\t_\t_\t_\t_\t_\t_\t_",
    "4\tknow\t_\t_\t_\t_\t_\t_\t4:x\tSpaceAfter=No",
    "4.1\tghost\t_\t_\t_\t_\t_\t_\t_\t_",
    "5\t.\t_\t_\t_\t_\t_\t_\t_\t_",
    "",
    "",
  ].join("\n");
  const out = writeConllu(annotateConllu(readConllu(input), loadSyntaxModel()));
  const rows = out.split("\n").map((l) => l.split("\t"));
  assert.equal(rows[0][0], "# text = I don't know.");
  assert.deepEqual(rows[1].slice(1, 8), ["I", "I", "PRON", "PRP", "Case=Nom", "4", "nsubj"]);
  assert.deepEqual(rows[2], ["2-3", "don't", "_", "_", "_", "_", "_", "_", "_", "_"]);
  assert.deepEqual(rows[4].slice(1, 4), ["n't", "not", "PART"]);
  assert.deepEqual(rows[5].slice(6), ["0", "root", "4:x", "SpaceAfter=No"]);
  assert.deepEqual(rows[6], ["4.1", "ghost", "_", "_", "_", "_", "_", "_", "_", "_"]);
});

test("names found before tagging: a name's word read as an adverb becomes a proper noun, its sentence retagged", () => {
  const model = loadSyntaxModel();
  const text = "Rover, owned by BMW until 2000, collapsed.";
  const plain = analyse(text);
  // The tagger alone reads the sentence-initial name as an adverb (what this test guards against).
  assert.equal(word(plain, "Rover").upos, "ADV");
  const doc = analyse(text);
  const names = new Uint8Array(doc.length);
  names[doc.form.indexOf("Rover")] = 1;
  names[doc.form.indexOf("BMW")] = 1;
  model.tag(doc, names);
  model.parse(doc);
  assert.equal(word(doc, "Rover").upos, "PROPN");
  assert.equal(word(doc, "BMW").upos, "PROPN");
  // Retagged, the name is the passive's subject (it hung off "owned" as an adverb before).
  assert.equal(arc(word(doc, "Rover")), "nsubj(owned, Rover)");
  assert.equal(arc(word(plain, "Rover")), "advmod(owned, Rover)");
  // A word the tagger's dictionary knows keeps its tag even inside a name (the NER's false "I").
  const me = analyse("I said it.");
  model.tag(me, Uint8Array.from([1, 0, 0, 0]));
  assert.equal(word(me, "I").upos, "PRON");
});
