/**
 * Evaluates the syntax layer on UD English EWT dev with gold tokens: UPOS, XPOS and lemma accuracy, UAS and LAS
 * with and without punctuation (predicted tags feed the parser, as in use), beside UDPipe 1's published
 * figures for the same treebank; and tagging + parsing throughput on one core. Measures only; never trains.
 *
 *   npm run eval -- syntax      # options: --dev <conllu file>, --model <dir holding tagger.bin.gz, parser.bin.gz>
 */
import { readFileSync } from "node:fs";
import { readConllu, treeWords } from "../lib/extract/syntax/conllu";
import { Doc } from "../lib/extract/syntax/doc";
import { loadDefaultSyntaxModel, loadSyntaxModelFrom } from "../lib/extract/syntax/model";
import { sharedPath } from "../lib/util/shared-data";

/** UDPipe 1.2 on UD English EWT, gold tokenisation, its own predicted tags (greedy transition parser). */
const UDPIPE1 = { UAS: 84.4, LAS: 81.1 };
const TARGETS: Record<string, number> = { UPOS: 95.5, UAS: 88, LAS: 85 };

export async function run(args: string[]): Promise<void> {
  const i = args.indexOf("--dev");
  const devPath = i >= 0 ? args[i + 1] : sharedPath("eval", "ud", "en_ewt-ud-dev.conllu");
  const m = args.indexOf("--model");
  const loadStart = performance.now();
  const model = m >= 0 ? loadSyntaxModelFrom(args[m + 1].replace(/\/?$/, "/")) : loadDefaultSyntaxModel();
  const loadMs = performance.now() - loadStart;
  const gold = readConllu(readFileSync(devPath, "utf8")).map(treeWords);
  const doc = Doc.fromWords(gold.map((s) => s.form));

  // Warm-up on a copy so the timed run measures steady-state speed, not JIT compilation.
  const warm = Doc.fromWords(gold.slice(0, 300).map((s) => s.form));
  model.tag(warm);
  model.parse(warm);

  const c0 = process.cpuUsage();
  const t0 = performance.now();
  model.tag(doc);
  const t1 = performance.now();
  model.parse(doc);
  const t2 = performance.now();
  const cpu = process.cpuUsage(c0);

  let n = 0;
  let upos = 0;
  let xpos = 0;
  let lemma = 0;
  const all = { n: 0, uas: 0, las: 0 };
  const noPunct = { n: 0, uas: 0, las: 0 };
  gold.forEach((s, si) => {
    const a = doc.sentStart[si];
    s.form.forEach((_, k) => {
      const d = a + k;
      n++;
      if (doc.upos[d] === s.upos[k]) upos++;
      if (doc.xpos[d] === s.xpos[k]) xpos++;
      if (doc.lemma[d] === s.lemma[k]) lemma++;
      const head = doc.head[d] < 0 ? 0 : doc.head[d] - a + 1;
      const ok = head === s.head[k];
      const lab = ok && doc.deprel[d] === s.deprel[k];
      for (const acc of s.upos[k] === "PUNCT" ? [all] : [all, noPunct]) {
        acc.n++;
        if (ok) acc.uas++;
        if (lab) acc.las++;
      }
    });
  });
  const pct = (x: number, d: number) => ((100 * x) / d).toFixed(2).padStart(6);
  const row = (name: string, v: string, ref = "", target = "") =>
    console.log(`  ${name.padEnd(22)} ${v.padStart(8)}   ${ref.padStart(12)}   ${target}`);
  console.log(`Syntax on ${devPath}: ${gold.length} sentences, ${n} words (gold tokens, predicted tags)\n`);
  row("measure", "newsgraph", "UDPipe 1", "target");
  row("UPOS", pct(upos, n), "", `≥ ${TARGETS.UPOS}`);
  row("XPOS", pct(xpos, n));
  row("lemma", pct(lemma, n));
  row("UAS (with punct.)", pct(all.uas, all.n), UDPIPE1.UAS.toFixed(1), `≥ ${TARGETS.UAS}`);
  row("LAS (with punct.)", pct(all.las, all.n), UDPIPE1.LAS.toFixed(1), `≥ ${TARGETS.LAS}`);
  row("UAS (no punct.)", pct(noPunct.uas, noPunct.n));
  row("LAS (no punct.)", pct(noPunct.las, noPunct.n));
  const cpuS = (cpu.user + cpu.system) / 1e6;
  console.log(
    `\nSpeed (one core): tagging ${Math.round(n / ((t1 - t0) / 1000))} words/s, parsing ${Math.round(n / ((t2 - t1) / 1000))} words/s, ` +
      `tagging + parsing ${Math.round(n / ((t2 - t0) / 1000))} words/s wall (${Math.round(n / cpuS)} words/s CPU); ` +
      `model load ${loadMs.toFixed(0)} ms. Target ≥ 30000 words/s.`,
  );
  console.log("UDPipe 1 figures: UDPipe 1.2 baseline on UD English EWT with gold tokenisation (CoNLL 2017/UD 2.x).");
}
