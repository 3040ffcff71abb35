/**
 * De-duplication of articles across files: the same story scraped into several files (sometimes with a line
 * missing or a counter added) becomes one article listing every file. Word 5-gram shingles of the normalised
 * body; two articles are copies when the smaller one's shingles are at least 80% contained in the other's.
 * Different outlets' reports of one event share facts but few 5-grams, so they stay apart.
 */
import type { Article } from "../graph/types";
import { dedupeCaptions } from "./captions";
import { keyWords } from "./normalise";

export const SHINGLE_SIZE = 5;
export const CONTAINMENT_THRESHOLD = 0.8;

/** FNV-1a hash of a word. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Shingles are kept as 30-bit hashes (small integers) rather than strings: several times lighter in sets and
 * maps, and a rare collision only nudges an overlap score.
 */
function shingleHash(wordHashes: number[], from: number, k: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < from + k; i++) h = Math.imul(h ^ wordHashes[i], 0x01000193);
  return (h >>> 0) & 0x3fffffff;
}

/** Word k-gram shingles of the normalised text, hashed; a text shorter than k words is one shingle. */
export function shingles(text: string, k = SHINGLE_SIZE): Set<number> {
  return shinglesOfWords(keyWords(text), k);
}

function shinglesOfWords(words: string[], k = SHINGLE_SIZE): Set<number> {
  const hashes = words.map(fnv1a);
  const out = new Set<number>();
  if (words.length === 0) return out;
  if (words.length < k) {
    out.add(shingleHash(hashes, 0, words.length));
    return out;
  }
  for (let i = 0; i + k <= words.length; i++) out.add(shingleHash(hashes, i, k));
  return out;
}

/** |A ∩ B| / min(|A|, |B|): 1 when the smaller set lies wholly inside the larger. */
export function containment<T>(a: Set<T>, b: Set<T>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (big.has(s)) shared++;
  return shared / small.size;
}

/** |A ∩ B| / |A ∪ B|. */
export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]];
    i = parent[i];
  }
  return i;
}

/** Groups of indices of articles that are copies of each other, each group in input order. */
export function duplicateGroups(texts: string[], threshold = CONTAINMENT_THRESHOLD): number[][] {
  return groupsOfShingleSets(
    texts.map((t) => shingles(t)),
    threshold,
  );
}

/** Shingles shared by more articles than this are boilerplate; counting them would make the index quadratic. */
const MAX_POSTING = 500;

function groupsOfShingleSets(sets: Set<number>[], threshold: number): number[][] {
  const parent = sets.map((_, i) => i);
  // Inverted index: only pairs that share a shingle are compared. Most shingles occur once, so a posting is a
  // bare article index until a second article shares it.
  const postings = new Map<number, number | number[]>();
  sets.forEach((set, i) => {
    const shared = new Map<number, number>();
    for (const s of set) {
      const posting = postings.get(s);
      if (posting === undefined) {
        postings.set(s, i);
      } else if (typeof posting === "number") {
        shared.set(posting, (shared.get(posting) ?? 0) + 1);
        postings.set(s, [posting, i]);
      } else if (posting.length < MAX_POSTING) {
        for (const j of posting) shared.set(j, (shared.get(j) ?? 0) + 1);
        posting.push(i);
      }
    }
    for (const [j, n] of shared) {
      const smaller = Math.min(set.size, sets[j].size);
      if (smaller > 0 && n / smaller >= threshold) parent[find(parent, i)] = find(parent, j);
    }
  });
  const groups = new Map<number, number[]>();
  sets.forEach((_, i) => {
    const root = find(parent, i);
    const g = groups.get(root);
    if (g) g.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()].sort((a, b) => a[0] - b[0]);
}

/**
 * Merge copies: one article per group, with the most complete copy's title, text and id, every file (sorted),
 * all distinct captions, and the first stated source/date. Output keeps the order of each group's first copy.
 */
export function dedupeArticles(
  articles: Article[],
  threshold = CONTAINMENT_THRESHOLD,
): { articles: Article[]; duplicatesDropped: number } {
  const words = articles.map((a) => keyWords(a.text));
  const groups = groupsOfShingleSets(
    words.map((w) => shinglesOfWords(w)),
    threshold,
  );
  const merged = groups.map((idx) => {
    const members = idx.map((i) => articles[i]);
    // The most complete copy: most words, then earliest.
    const rep = articles[idx.reduce((best, i) => (words[i].length > words[best].length ? i : best))];
    return {
      ...rep,
      source: rep.source ?? members.find((m) => m.source)?.source ?? null,
      date: rep.date ?? members.find((m) => m.date)?.date ?? null,
      files: [...new Set(members.flatMap((m) => m.files))].sort(),
      captions: dedupeCaptions([...rep.captions, ...members.flatMap((m) => m.captions)]),
    };
  });
  return { articles: merged, duplicatesDropped: articles.length - merged.length };
}
