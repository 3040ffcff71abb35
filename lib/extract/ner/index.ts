/**
 * Public entry of the named-entity recogniser. `loadDefaultTagger` reads the committed model (the only I/O,
 * cached); `recogniseDocEntities` is pure: statistical PERSON/ORGANIZATION/LOCATION/MISC spans from the tagger,
 * DATE/MONEY/EVENT spans from rules, offsets into the article text, also written into the Doc's entity spans.
 * It reads the Doc's sentences and tokens (through the CoNLL-2003 view of retokenise.ts) instead of tokenising.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Sentence } from "../tokenize";
import type { EntitySpan } from "../types";
import { decodeModel, type NerTagger } from "./model";
import { applyRules } from "./rules";
import { tagDocument } from "./tagger";
import { tagsToSpans } from "./conll";
import { nerSentences, retokenise } from "./retokenise";
import type { Doc } from "../syntax/doc";
import { propagateNames } from "./propagate";

export type { NerTagger } from "./model";

export const DEFAULT_MODEL_PATH = fileURLToPath(new URL("./model/ner-model.json.gz", import.meta.url));

let cached: NerTagger | null = null;

/** Loads the committed model once per process. */
export function loadDefaultTagger(): NerTagger {
  if (cached) return cached;
  let data: Buffer;
  try {
    data = readFileSync(DEFAULT_MODEL_PATH);
  } catch (e) {
    throw new Error(
      `NER: cannot read the model at ${DEFAULT_MODEL_PATH} (${(e as Error).message}). Run \`npm run train:ner\`.`,
    );
  }
  cached = decodeModel(data);
  return cached;
}

const TYPE_MAP: Record<string, EntitySpan["type"]> = {
  PER: "PERSON",
  ORG: "ORGANIZATION",
  LOC: "LOCATION",
  MISC: "MISC",
};

/** Tagger spans for the whole article (sentences are tagged together so document features can work). */
export function modelEntities(text: string, sentences: Sentence[], tagger: NerTagger): EntitySpan[] {
  const tokenised = sentences
    .map((s) => retokenise(s.tokens, text))
    .filter((toks) => toks.length > 0)
    .map((tokens) => ({ tokens }));
  const tags = tagDocument(
    tokenised.map((s) => s.tokens.map((t) => t.text)),
    tagger,
  );
  const out: EntitySpan[] = [];
  tokenised.forEach((s, si) => {
    for (const span of tagsToSpans(tags[si])) {
      const start = s.tokens[span.start].start;
      const end = s.tokens[span.end - 1].end;
      out.push({ start, end, text: text.slice(start, end), type: TYPE_MAP[span.type] ?? "MISC" });
    }
  });
  return propagateNames(text, tokenised, preferPersons(out), tagger.casing);
}

/**
 * Within one article a name that is mostly tagged PERSON is a person everywhere ("At a summit in Moscow, Putin
 * meets ..." tagged Putin a place). The surname of a full person name in the article ("Ebrahim Raisi") counts as
 * a PERSON vote for the surname alone, as a reader takes "Raisi" later on. Other types are left alone: a city
 * and its sports team legitimately share a name within one article.
 */
export function preferPersons(spans: EntitySpan[]): EntitySpan[] {
  const votes = new Map<string, { person: number; other: number }>();
  const vote = (k: string) => {
    let v = votes.get(k);
    if (!v) votes.set(k, (v = { person: 0, other: 0 }));
    return v;
  };
  for (const s of spans) {
    const k = s.text.toLowerCase();
    const v = vote(k);
    if (s.type === "PERSON") v.person++;
    else v.other++;
    const words = k.split(/\s+/);
    if (s.type === "PERSON" && words.length > 1) vote(words[words.length - 1]).person++;
  }
  return spans.map((s) => {
    const v = votes.get(s.text.toLowerCase())!;
    return s.type !== "PERSON" && v.person > v.other ? { ...s, type: "PERSON" } : s;
  });
}

/**
 * Rule spans (DATE, MONEY, EVENT) are added where they do not clash with tagger spans; an EVENT may replace
 * non-person tagger spans it fully covers ("World Cup" tagged MISC becomes EVENT).
 */
export function mergeSpans(model: EntitySpan[], rules: EntitySpan[]): EntitySpan[] {
  // Model spans sorted by start, with the longest span length: the spans overlapping a rule span are then found
  // by a binary search and a short scan, not by filtering all of them for every rule (quadratic on long texts).
  const kept = model.slice().sort((a, b) => a.start - b.start);
  const removed = new Uint8Array(kept.length);
  const maxLen = kept.reduce((m, s) => Math.max(m, s.end - s.start), 0);
  const extra: EntitySpan[] = [];
  for (const r of rules) {
    let hi = lowerBound(kept, r.end); // first span starting at or after r.end
    const overlapping: number[] = [];
    while (--hi >= 0 && kept[hi].start > r.start - maxLen) {
      if (!removed[hi] && kept[hi].end > r.start) overlapping.push(hi);
    }
    if (overlapping.length === 0) {
      extra.push(r);
      continue;
    }
    const covers = overlapping.every(
      (i) => kept[i].start >= r.start && kept[i].end <= r.end && kept[i].type !== "PERSON",
    );
    if (r.type === "EVENT" && covers) {
      for (const i of overlapping) removed[i] = 1;
      extra.push(r);
    }
  }
  return kept
    .filter((_, i) => !removed[i])
    .concat(extra)
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Index of the first span whose start is >= `pos` (spans sorted by start). */
function lowerBound(spans: EntitySpan[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** All entity spans of one article, sorted by position. */
export function recogniseEntities(text: string, sentences: Sentence[], tagger: NerTagger): EntitySpan[] {
  return mergeSpans(modelEntities(text, sentences, tagger), applyRules(text, sentences));
}

/** Entity spans of an analysed Doc (its sentences and tokens, seen the way the tagger was trained); sets doc.ents. */
export function recogniseDocEntities(doc: Doc, tagger: NerTagger): EntitySpan[] {
  const spans = recogniseEntities(doc.text, nerSentences(doc), tagger);
  doc.ents = [];
  for (const s of spans) {
    const a = doc.tokenAt(s.start);
    const b = doc.tokenAt(s.end - 1);
    if (a < 0 || b < 0) continue;
    doc.ents.push({ start: a, end: b + 1, label: s.type, ...(s.score === undefined ? {} : { score: s.score }) });
  }
  return spans;
}
