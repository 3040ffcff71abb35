import { test } from "node:test";
import assert from "node:assert/strict";
import { induceClusters } from "./induce";
import { clusterKey, clusterOf, decodeClusters, encodeClusters } from "./index";
import { articleSentences, conlluSentences } from "./corpus";

/** Two word classes with disjoint contexts: animals after "the", verbs after animals. */
function toyCorpus(): string[][] {
  const out: string[][] = [];
  const animals = ["cat", "dog", "cow", "hen"];
  const verbs = ["runs", "sleeps", "eats", "sings"];
  animals.forEach((a, i) => verbs.forEach((v, j) => out.push(["the", a, v, (i + j) % 2 ? "today" : "now"])));
  return out;
}

const sharedPrefix = (a: string, b: string) => {
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  return k;
};

test("words with the same contexts end up in one cluster, apart from words of other contexts", () => {
  const { paths } = induceClusters(toyCorpus(), { depth: 3, minCount: 1 });
  const p = (w: string) => paths.get(w)!;
  assert.equal(p("cat").length, 3);
  // The expected first split: animals on one side, verbs on the other.
  for (const a of ["dog", "cow", "hen"]) assert.ok(sharedPrefix(p("cat"), p(a)) >= 1, `cat/${a}: ${p("cat")} ${p(a)}`);
  for (const v of ["sleeps", "eats", "sings"]) assert.ok(sharedPrefix(p("runs"), p(v)) >= 1, `runs/${v}`);
  assert.notEqual(p("cat")[0], p("runs")[0], "animals and verbs split at the root");
});

test("each level raises the class-bigram likelihood", () => {
  const { likelihoods } = induceClusters(toyCorpus(), { depth: 3, minCount: 1 });
  for (let i = 1; i < likelihoods.length; i++) assert.ok(likelihoods[i] >= likelihoods[i - 1] - 1e-6);
});

test("induction is deterministic: the same corpus gives the same bytes", () => {
  const corpus = [...toyCorpus(), ["the", "cat", "and", "the", "dog", "sleep"], ["a", "hen", "sings", "now"]];
  const a = encodeClusters(induceClusters(corpus, { depth: 4, minCount: 1 }).paths);
  const b = encodeClusters(
    induceClusters(
      corpus.map((s) => s.slice()),
      { depth: 4, minCount: 1 },
    ).paths,
  );
  assert.deepEqual(a, b);
});

test("rare words get no bit string; bad options and empty input are refused", () => {
  const { paths } = induceClusters([...toyCorpus(), ["the", "yak", "runs", "now"]], { depth: 2, minCount: 2 });
  assert.equal(paths.has("yak"), false);
  assert.equal(paths.has("<unk>"), false);
  assert.throws(() => induceClusters(toyCorpus(), { depth: 0 }), /depth/);
  assert.throws(() => induceClusters([]), /no sentences/);
});

test("the cluster file round-trips, and lookups fall back to lower case and generalise digits", () => {
  const paths = new Map([
    ["London", "0101"],
    ["the", "1100"],
    ["0000", "0011"],
  ]);
  const back = decodeClusters(encodeClusters(paths, "toy"));
  assert.deepEqual([...back].sort(), [...paths].sort());
  assert.equal(clusterOf(back, "The"), "1100");
  assert.equal(clusterOf(back, "1996"), "0011");
  assert.equal(clusterOf(back, "Paris"), undefined);
  assert.equal(clusterKey("’s"), "'s");
  assert.throws(() => decodeClusters(Buffer.from("not gzip")), /train:clusters/);
  assert.throws(() => encodeClusters(new Map([["a b", "01"]])), /white space/);
});

test("corpus readers give the tagger's tokens: articles via the tokenizer, CoNLL-U forms without ranges", () => {
  assert.deepEqual(articleSentences("Mr. Blair met C. Lewis in 1996.\n\nHe left."), [
    ["Mr.", "Blair", "met", "C.", "Lewis", "in", "0000", "."],
    ["He", "left", "."],
  ]);
  const conllu = "# text = Don't go\n1-2\tDon't\t_\n1\tDo\tdo\n2\tn't\tnot\n3\tgo\tgo\n3.1\tx\tx\n\n";
  assert.deepEqual(conlluSentences(conllu), [["Do", "n't", "go"]]);
});
