/**
 * Learns the NER tagger's word clusters from unlabelled text the project may use (the BBC corpus, CoNLL-2003
 * train tokens, UD English EWT train tokens; never an evaluation split) and writes
 * lib/extract/ner/model/clusters.txt.gz. Deterministic: the same inputs give the same bytes.
 *
 *   npm run train:clusters
 *   npm run train:clusters -- --depth 10 --min-count 3 --iterations 6 --out /tmp/clusters.txt.gz
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DEFAULT_CLUSTER_OPTIONS, encodeClusters, induceClusters } from "../lib/extract/ner/clusters";
import { articleSentences, conllSentences, conlluSentences } from "../lib/extract/ner/clusters/corpus";
import { sharedPath } from "../lib/util/shared-data";

export const DEFAULT_CLUSTERS_PATH = "lib/extract/ner/model/clusters.txt.gz";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf("--" + name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function read(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new Error(`train-clusters: cannot read ${what} at ${path} (${(e as Error).message}).`);
  }
}

/** Every .txt file under `dir`, in sorted path order (so the corpus order never depends on the file system). */
function textFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".txt") && name !== "README.TXT") out.push(p);
    }
  };
  walk(dir);
  return out;
}

function main(): void {
  const t0 = Date.now();
  const cpu0 = process.cpuUsage();
  const bbc = arg("bbc", sharedPath("corpora", "bbc"));
  const conll = arg("conll", sharedPath("eval", "conll2003-train.txt"));
  const ud = arg("ud", sharedPath("eval", "ud", "en_ewt-ud-train.conllu"));
  const out = arg("out", DEFAULT_CLUSTERS_PATH);
  const options = {
    depth: Number(arg("depth", String(DEFAULT_CLUSTER_OPTIONS.depth))),
    minCount: Number(arg("min-count", String(DEFAULT_CLUSTER_OPTIONS.minCount))),
    iterations: Number(arg("iterations", String(DEFAULT_CLUSTER_OPTIONS.iterations))),
  };
  let files: string[];
  try {
    files = textFiles(bbc);
  } catch (e) {
    throw new Error(
      `train-clusters: cannot list the BBC corpus at ${bbc} (${(e as Error).message}). Pass --bbc <dir>.`,
    );
  }
  const sentences = [
    ...files.flatMap((f) => articleSentences(read(f, "a BBC article"))),
    ...conllSentences(read(conll, "CoNLL-2003 train")),
    ...conlluSentences(read(ud, "UD EWT train")),
  ];
  const tokens = sentences.reduce((n, s) => n + s.length, 0);
  console.log(
    `train-clusters: ${files.length} BBC files + CoNLL train + UD train: ${sentences.length} sentences, ${tokens} tokens`,
  );
  const result = induceClusters(sentences, options, (line) => console.log("train-clusters: " + line));
  const data = encodeClusters(
    result.paths,
    `depth=${options.depth} min-count=${options.minCount} iterations=${options.iterations} tokens=${tokens}`,
  );
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, data);
  const cpu = process.cpuUsage(cpu0);
  console.log(
    `train-clusters: wrote ${out} (${result.paths.size} words, ${(data.length / 1e3).toFixed(0)} kB) in ` +
      `${((Date.now() - t0) / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU`,
  );
}

main();
