/**
 * Candidate entity pairs of a parsed article and their features, for the learned relation classifier
 * (./index.ts, trained by scripts/train-relations.ts). A candidate is an ordered pair of named mentions in one
 * sentence whose endpoint types make one of five relation kinds: a person working for or belonging to an
 * organisation, a person from or living in a place, an organisation based in a place, a place inside a place,
 * a person killing a person. Features are strings (the classifier is an averaged perceptron): the dependency
 * path between the two mention heads (labels, with and without lemmas), the words between them, their order and
 * distance, the lemma the path turns at, and what the tree rules said about the pair. Pure.
 */
import type { Doc } from "../../syntax";
import type { EntityType } from "../../../graph/types";
import { lookupName } from "../../gazetteer";
import type { RelMention } from "../types";
import { POSSESSIVE_DETERMINERS } from "../units";

/** The five kinds, by endpoint types (source → target). */
export type PairKind = "WORK" | "LIVE" | "BASED" | "LOCATED" | "KILL";

export function pairKind(source: EntityType, target: EntityType): PairKind | null {
  if (source === "PERSON" && target === "ORGANIZATION") return "WORK";
  if (source === "PERSON" && target === "LOCATION") return "LIVE";
  if (source === "ORGANIZATION" && target === "LOCATION") return "BASED";
  if (source === "LOCATION" && target === "LOCATION") return "LOCATED";
  if (source === "PERSON" && target === "PERSON") return "KILL";
  return null;
}

/** A named mention located in the Doc: its token range and head token. */
export interface PlacedMention {
  mention: RelMention;
  first: number;
  /** exclusive */
  last: number;
  head: number;
  sentence: number;
}

export interface PairCandidate {
  source: PlacedMention;
  target: PlacedMention;
  kind: PairKind;
  features: string[];
  /** Arcs on the dependency path between the two heads (Infinity when unparsed or not connected). */
  pathLength: number;
}

/** What the tree rules asserted in a sentence, by ordered pair of mention refs: their pattern ids. */
export type TreeVotes = Map<string, string[]>;

export const voteKey = (sentence: number, source: string, target: string) => `${sentence}|${source}|${target}`;

/** Sentences longer than this many tokens give no candidates (keeps the pair count bounded). */
const MAX_SENTENCE_TOKENS = 120;
/** Pairs further apart than this many tokens are not candidates. */
const MAX_GAP = 40;

export function placeMentions(doc: Doc, mentions: readonly RelMention[]): PlacedMention[] {
  const out: PlacedMention[] = [];
  for (const m of mentions) {
    if (m.media) continue;
    const span = doc.charSpan(m.start, m.end);
    if (!span) continue;
    let head = span.end - 1;
    if (doc.parsed)
      for (let i = span.start; i < span.end; i++) {
        const h = doc.head[i];
        if (h < span.start || h >= span.end) {
          head = i;
          break;
        }
      }
    out.push({ mention: m, first: span.start, last: span.end, head, sentence: doc.sentenceOf(span.start) });
  }
  return out.sort((a, b) => a.first - b.first || b.last - a.last);
}

function wordOf(doc: Doc, i: number): string {
  const f = doc.form[i];
  if (/^\d/.test(f)) return "<num>";
  return (doc.lemma[i] || f).toLowerCase();
}

function gapBucket(n: number): string {
  return n <= 3 ? String(n) : n <= 5 ? "4-5" : n <= 8 ? "6-8" : n <= 12 ? "9-12" : n <= 20 ? "13-20" : "21+";
}

/** Ancestors of i up to its sentence root (i first). */
function ancestors(doc: Doc, i: number): number[] {
  const out = [i];
  for (let k = doc.head[i], guard = 0; k >= 0 && guard < 200; k = doc.head[k], guard++) out.push(k);
  return out;
}

/** The dependency path between two heads: labels up from a, the turning token, labels down to b. */
function depPath(doc: Doc, a: number, b: number): { up: number[]; down: number[]; lca: number } | null {
  const ua = ancestors(doc, a);
  const ub = ancestors(doc, b);
  const inB = new Map(ub.map((k, n) => [k, n]));
  for (let n = 0; n < ua.length; n++) {
    const m = inB.get(ua[n]);
    if (m !== undefined) return { up: ua.slice(0, n), down: ub.slice(0, m).reverse(), lca: ua[n] };
  }
  return null;
}

const rel = (doc: Doc, i: number) => doc.deprel[i] || "dep";

function isCountry(m: RelMention): boolean {
  return m.demonym === true || lookupName(m.text)?.kind === "country";
}

/** Features of one ordered pair (kind-prefixed, so each kind learns its own weights). */
export function pairFeatures(doc: Doc, s: PlacedMention, t: PlacedMention, kind: PairKind, votes: TreeVotes): string[] {
  const f: string[] = [];
  const add = (x: string) => f.push(kind + "|" + x);
  const forward = s.first < t.first;
  const [a, b] = forward ? [s, t] : [t, s];
  const gap = Math.max(0, b.first - a.last);
  add("bias");
  add("order=" + (forward ? "st" : "ts"));
  add("gap=" + gapBucket(gap));
  add(`gap=${gapBucket(gap)}|${forward ? "st" : "ts"}`);
  const words: string[] = [];
  for (let i = a.last; i < b.first; i++) words.push(wordOf(doc, i));
  if (gap <= 12) for (const w of new Set(words)) add("bw=" + w);
  else add("bw=<far>");
  if (gap <= 4) add(`bs=${forward ? "st" : "ts"}|${words.join("_")}`);
  if (words.length) {
    add("bfirst=" + words[0]);
    add("blast=" + words[words.length - 1]);
  }
  add("before=" + (a.first > doc.sentStart[a.sentence] ? wordOf(doc, a.first - 1) : "<s>"));
  add("after=" + (b.last < doc.sentEnd[b.sentence] ? wordOf(doc, b.last) : "</s>"));
  add("sdemonym=" + (s.mention.demonym ? 1 : 0) + "|tdemonym=" + (t.mention.demonym ? 1 : 0));
  add("scountry=" + (isCountry(s.mention) ? 1 : 0) + "|tcountry=" + (isCountry(t.mention) ? 1 : 0));
  if (doc.parsed) {
    add("sdep=" + rel(doc, s.head));
    add("tdep=" + rel(doc, t.head));
    const p = depPath(doc, s.head, t.head);
    if (p) {
      const labels = [...p.up.map((i) => "^" + rel(doc, i)), ...p.down.map((i) => "v" + rel(doc, i))];
      const len = labels.length;
      const lcaWord = p.lca === s.head ? "<s>" : p.lca === t.head ? "<t>" : wordOf(doc, p.lca);
      add("plen=" + Math.min(len, 7));
      if (len <= 6) {
        add("path=" + labels.join(" "));
        add(
          "pathL=" +
            [...p.up.map((i) => "^" + rel(doc, i)), lcaWord, ...p.down.map((i) => "v" + rel(doc, i))].join(" "),
        );
      } else add("path=<long>");
      add("lca=" + lcaWord);
      add("lcaPos=" + (doc.upos[p.lca] || "X"));
      add(`lca=${lcaWord}|${labels[0] ?? ""}|${labels[len - 1] ?? ""}`);
      // Lemmas on the path (outside the two mentions): the triggers ("president", "kill", "in", "base").
      const onPath = [...p.up.slice(1), p.lca, ...p.down.slice(0, -1)].filter(
        (i) => i !== s.head && i !== t.head && !(i >= s.first && i < s.last) && !(i >= t.first && i < t.last),
      );
      for (const i of onPath) add("pw=" + wordOf(doc, i));
      // Prepositions and possessives hanging on the two heads ("in", "of", "'s").
      for (const [side, h] of [
        ["s", s.head],
        ["t", t.head],
      ] as const)
        for (const c of doc.children(h))
          if (doc.deprel[c] === "case" || doc.deprel[c] === "mark") add(`${side}case=${wordOf(doc, c)}`);
    } else add("path=<none>");
  }
  const fired = votes.get(voteKey(s.sentence, s.mention.ref, t.mention.ref)) ?? [];
  const firedBack = votes.get(voteKey(s.sentence, t.mention.ref, s.mention.ref)) ?? [];
  for (const v of fired) add("tree=" + v);
  for (const v of firedBack) add("treeBack=" + v);
  if (!fired.length && !firedBack.length) add("tree=<none>");
  return f;
}

/** Lemmas that state a killing: a person–person pair is a candidate only in a sentence holding one. */
const KILLING_LEMMAS = new Set(
  "kill killing killer assassinate assassination assassin murder murderer slay slaying slain shoot shooting gunman execute behead strangle stab poison lynch".split(
    " ",
  ),
);

function statesKilling(doc: Doc, s: number): boolean {
  for (let i = doc.sentStart[s]; i < doc.sentEnd[s]; i++) if (KILLING_LEMMAS.has(wordOf(doc, i))) return true;
  return false;
}

/** Every candidate pair of an article, with features. */
export function pairCandidates(doc: Doc, mentions: readonly RelMention[], votes: TreeVotes): PairCandidate[] {
  const placed = placeMentions(doc, mentions);
  const out: PairCandidate[] = [];
  let from = 0;
  for (let s = 0; s < doc.sentenceCount; s++) {
    const inside: PlacedMention[] = [];
    while (from < placed.length && placed[from].sentence === s) inside.push(placed[from++]);
    if (inside.length < 2 || doc.sentEnd[s] - doc.sentStart[s] > MAX_SENTENCE_TOKENS) continue;
    const killing = statesKilling(doc, s);
    for (const x of inside)
      for (const y of inside) {
        if (x === y || x.mention.ref === y.mention.ref) continue;
        if (y.first < x.last && x.first < y.last) continue; // overlapping spans
        if (Math.max(x.first, y.first) - Math.min(x.last, y.last) > MAX_GAP) continue;
        // A demonym can be the place a person or organisation is from, never the source.
        if (x.mention.demonym) continue;
        const kind = pairKind(x.mention.type, y.mention.type);
        if (!kind || (kind === "KILL" && !killing)) continue;
        const path = doc.parsed ? depPath(doc, x.head, y.head) : null;
        const pathLength = path ? path.up.length + path.down.length : Infinity;
        out.push({ source: x, target: y, kind, features: pairFeatures(doc, x, y, kind, votes), pathLength });
      }
  }
  return out;
}

/** Whether token i is a possessive ending, "'s" or a bare apostrophe ("Kansas' Maurice Greene"). */
export function isPossessive(doc: Doc, i: number): boolean {
  return /^['’]s?$/.test(doc.form[i] ?? "");
}

/**
 * Whether token i ends a possessor: a possessive determiner, or the "'s" after a name. After a possessor a
 * country's name places a post ("its UK chief executive", "Vodafone's US boss"), it does not own it.
 */
export function endsPossessor(doc: Doc, i: number, endingAt: ReadonlyMap<number, PlacedMention>): boolean {
  if (i < 0) return false;
  if (POSSESSIVE_DETERMINERS.has(doc.form[i].toLowerCase())) return true;
  return isPossessive(doc, i) && endingAt.has(i);
}
