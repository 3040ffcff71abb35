/**
 * Word clusters for the NER tagger: the key under which a token is looked up, the compact file format
 * (gzipped text, one line per cluster: bit string, then its words) and lookups with a lower-case fallback.
 * Encoding and decoding are pure; the files are read by scripts/train-ner.ts and written by
 * scripts/train-clusters.ts. The model embeds the clusters it was trained with (see model.ts).
 */
import { gunzipSync, gzipSync } from "node:zlib";
import { normaliseToken } from "../shape";

export type { ClusterOptions, ClusterResult } from "./induce";
export { DEFAULT_CLUSTER_OPTIONS, induceClusters } from "./induce";

/** Bit string by word key. */
export type ClusterMap = Map<string, string>;

const DIGIT_RE = /\d/g;
const HEADER = "# newsgraph word clusters/1";

/** Clusters are learnt and looked up on ASCII-quoted forms with digits as 0 ("1996" and "2004" share a key). */
export function clusterKey(token: string): string {
  return normaliseToken(token).replace(DIGIT_RE, "0");
}

/** A token's bit string: its own form, else its lower-case form (a capitalised sentence start). */
export function clusterOf(clusters: ClusterMap, token: string): string | undefined {
  const k = clusterKey(token);
  return clusters.get(k) ?? clusters.get(k.toLowerCase());
}

/** One line per cluster, clusters and words sorted, so the same clusters always give the same bytes. */
export function encodeClusters(paths: ClusterMap, comment = ""): Buffer {
  const byPath = new Map<string, string[]>();
  for (const [w, p] of paths) {
    if (/\s/.test(w)) throw new Error(`clusters: word "${w}" contains white space`);
    let list = byPath.get(p);
    if (!list) byPath.set(p, (list = []));
    list.push(w);
  }
  const lines = [HEADER + (comment ? " " + comment.replace(/\n/g, " ") : "")];
  for (const p of [...byPath.keys()].sort()) lines.push(p + " " + byPath.get(p)!.sort().join(" "));
  return gzipSync(lines.join("\n") + "\n", { level: 9 });
}

export function decodeClusters(data: Buffer): ClusterMap {
  let text: string;
  try {
    text = gunzipSync(data).toString("utf8");
  } catch (e) {
    throw new Error(`clusters: not a gzipped cluster file (${(e as Error).message}). Run \`npm run train:clusters\`.`);
  }
  const lines = text.split("\n");
  if (!lines[0].startsWith(HEADER))
    throw new Error(`clusters: unknown file format "${lines[0].slice(0, 40)}". Run \`npm run train:clusters\`.`);
  const out: ClusterMap = new Map();
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]) continue;
    const [path, ...words] = lines[i].split(" ");
    if (!/^[01]+$/.test(path)) throw new Error(`clusters: line ${i + 1} does not start with a bit string`);
    for (const w of words) out.set(w, path);
  }
  return out;
}
