/**
 * Feature extraction for the perceptron tagger. Static features (word, shape, affixes, word-cluster bit-string
 * prefixes, context words, gazetteers, names seen in training, casing seen elsewhere in the document and in the
 * training data, and any per-sentence annotator in SENTENCE_ANNOTATORS) are computed once per document;
 * dynamic features (previous tags, what this word was tagged earlier in the document, and in the second pass
 * what the first pass made of it across the document) during decoding.
 */
import { clusterOf, type ClusterMap } from "./clusters";
import { FIRST_NAME_SET, ORG_SUFFIX_SET, TITLE_SET, gazetteerMatches, type PhraseMatcher } from "./gazetteer";
import { POS_ANNOTATOR } from "./pos";
import { caseClass, normaliseToken, wordShapes, type CaseClass } from "./shape";

/** How a lower-cased word is usually written in running text: C(apitalised), L(ower), U(pper), M(ixed). */
export type CasingLexicon = Map<string, string>;

/** Per-word score cache kept by the tagger (tagger.ts); `owner` says which tagger's weights produced it. */
export interface WordScores {
  owner: object;
  /** Own features' scores, then as neighbour at -2, -1, +1, +2: 5 rows of T. */
  rows: Float64Array;
  /** Dynamic rows: t1|l + t1|ss by previous tag, then h|ss by history tag ((T+1) rows each). */
  dynamic: Float64Array;
}

const CASING_CLASSES = ["C", "L", "U", "M", "?"];
const DOC_CASING_CLASSES = ["C", "L", "M", "?"];

/** What a word contributes on its own, whatever its context; cached per distinct token string. */
export interface WordInfo {
  lower: string;
  /** Lower-cased with digits replaced by 0, as used in context features. */
  lowerNorm: string;
  shortShape: string;
  caseClass: CaseClass;
  features: string[];
  /** Features this word gives a token at relative position -2, -1, +1, +2 (index 0..3). */
  neighbour: string[][];
  /** "hl|l=" + lowerNorm, used in all-caps headlines. */
  headlineFeature: string;
  /** Lazily built dynamic feature strings, indexed by previous tag / history tag (kept so hashes are reused). */
  dyn?: { t1l: string[]; t1ss: string[]; hss: string[] };
  /** Coarse cluster (first 4 bits, "?" when unclustered), used in context-frame features. */
  coarse: string;
  /** Index of the training-text casing class in CASING_CLASSES (lets context features skip string building). */
  casingIndex: number;
  /** Scores cached by the tagger that owns them (see tagger.ts); undefined until first tagged. */
  scores: WordScores | undefined;
}

export interface TokenInfo {
  word: WordInfo;
  /** The words at -2, -1, +1, +2 (sentence boundaries as SENTENCE_START / SENTENCE_END). */
  neighbours: WordInfo[];
  /** Starts with an upper-case letter (candidate for document history). */
  capitalised: boolean;
  /** Context features (gazetteers, known names, casing); the word's own and its neighbours' are kept apart. */
  features: string[];
}

/**
 * A labeller that gives each token of a sentence a label from its whole sentence (a POS tagger, a chunker).
 * Its labels become features `<id>=L` on the token and `<id>-1=L` / `<id>+1=L` on its neighbours. Adding one
 * is adding an entry to SENTENCE_ANNOTATORS and retraining; training and tagging both read the registry.
 */
export interface SentenceAnnotator {
  id: string;
  /** One label per token (undefined: no feature), from the sentence's (normalised) tokens. */
  label(tokens: string[]): (string | undefined)[];
}

/**
 * Per-sentence annotators a model can be trained with (`npm run train:ner -- --annotators pos`): the project's
 * UD POS tagger (pos.ts). A model records the ids it was trained with and tagging runs only those
 * (`annotatorsById`), so a model and its features always agree; the shipped model uses none (docs/ner.md).
 */
export const SENTENCE_ANNOTATORS: SentenceAnnotator[] = [POS_ANNOTATOR];

/** The registered annotators with these ids, in the given order (unknown ids are an error: retrain). */
export function annotatorsById(ids: readonly string[]): SentenceAnnotator[] {
  return ids.map((id) => {
    const a = SENTENCE_ANNOTATORS.find((x) => x.id === id);
    if (!a) throw new Error(`NER: the model uses sentence annotator "${id}", which is not registered. Retrain.`);
    return a;
  });
}

/** Bit-string prefix lengths used as features of the word itself, and of its neighbours at ±1. */
export const CLUSTER_PREFIXES = [4, 6, 8, 10];
export const NEIGHBOUR_CLUSTER_PREFIXES = [4, 8];

/** Tagging without clusters (tests, models trained before clusters). */
export const NO_CLUSTERS: ClusterMap = new Map();

const DIGIT_RE = /\d/g;
const MAX_CACHE = 200_000;
const wordCaches = new WeakMap<CasingLexicon, WeakMap<ClusterMap, Map<string, WordInfo>>>();

function clusterFeatures(path: string | undefined, prefixes: number[], name: string): string[] {
  if (!path) return [name + "=?"];
  return prefixes.filter((n) => n <= path.length).map((n) => name + n + "=" + path.slice(0, n));
}

/**
 * The word-intrinsic features: form, shape, affixes, cluster prefixes, how the training text usually writes
 * it, name lists.
 */
export function wordInfo(tok: string, casing: CasingLexicon, clusters: ClusterMap = NO_CLUSTERS): WordInfo {
  return cachedWordInfo(wordCache(casing, clusters), tok, casing, clusters);
}

/** The word cache of one (casing lexicon, clusters) pair; a document looks it up once, not once per token. */
function wordCache(casing: CasingLexicon, clusters: ClusterMap): Map<string, WordInfo> {
  let byClusters = wordCaches.get(casing);
  if (!byClusters) wordCaches.set(casing, (byClusters = new WeakMap()));
  let cache = byClusters.get(clusters);
  if (!cache) byClusters.set(clusters, (cache = new Map()));
  return cache;
}

function cachedWordInfo(
  cache: Map<string, WordInfo>,
  tok: string,
  casing: CasingLexicon,
  clusters: ClusterMap,
): WordInfo {
  const hit = cache.get(tok);
  if (hit) return hit;
  const lo = tok.toLowerCase();
  const hasDigit = /\d/.test(tok);
  const lowerNorm = hasDigit ? lo.replace(DIGIT_RE, "0") : lo;
  const shapes = wordShapes(tok);
  const cls = caseClass(tok);
  const f: string[] = [
    "b",
    "w=" + (hasDigit ? tok.replace(DIGIT_RE, "0") : tok),
    "l=" + lowerNorm,
    "s=" + shapes.long,
    "ss=" + shapes.short,
    "c=" + cls,
    "gc=" + (casing.get(lo) ?? "?"),
  ];
  const L = lo.length;
  for (let k = 1; k <= 4 && k <= L; k++) {
    f.push("p" + k + "=" + lo.slice(0, k));
    f.push("x" + k + "=" + lo.slice(L - k));
  }
  if (tok.includes("-")) f.push("hy");
  if (hasDigit) f.push("dg");
  if (FIRST_NAME_SET.has(lo)) f.push("fn");
  if (ORG_SUFFIX_SET.has(lo)) f.push("os");
  const path = clusters.size > 0 ? clusterOf(clusters, tok) : undefined;
  if (clusters.size > 0) for (const k of clusterFeatures(path, CLUSTER_PREFIXES, "k")) f.push(k);
  const neighbour = neighbourFeatures(lo, lowerNorm, shapes.short, cls);
  if (clusters.size > 0) {
    for (const k of clusterFeatures(path, NEIGHBOUR_CLUSTER_PREFIXES, "k-1|")) neighbour[1].push(k);
    for (const k of clusterFeatures(path, NEIGHBOUR_CLUSTER_PREFIXES, "k+1|")) neighbour[2].push(k);
  }
  const info: WordInfo = {
    lower: lo,
    lowerNorm,
    shortShape: shapes.short,
    caseClass: cls,
    features: f,
    neighbour,
    headlineFeature: "hl|l=" + lowerNorm,
    dyn: undefined,
    coarse: path ? path.slice(0, 4) : "?",
    casingIndex: CASING_CLASSES.indexOf(casing.get(lo) ?? "?"),
    scores: undefined,
  };
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(tok, info);
  return info;
}

function neighbourFeatures(lo: string, lowerNorm: string, shortShape: string, cls: CaseClass): string[][] {
  const m2 = ["l-2=" + lowerNorm];
  const m1 = ["l-1=" + lowerNorm, "ss-1=" + shortShape];
  const p1 = ["l+1=" + lowerNorm, "ss+1=" + shortShape];
  const p2 = ["l+2=" + lowerNorm];
  if (TITLE_SET.has(lo)) {
    m1.push("ti-1");
    m2.push("ti-2");
  }
  if (FIRST_NAME_SET.has(lo)) m1.push("fn-1");
  if (ORG_SUFFIX_SET.has(lo) && cls !== "lower") {
    p1.push("os+1");
    p2.push("os+2");
  }
  return [m2, m1, p1, p2];
}

function boundary(mark: string): WordInfo {
  return {
    lower: mark,
    lowerNorm: mark,
    shortShape: mark,
    caseClass: "none",
    features: [],
    neighbour: [["l-2=" + mark], ["l-1=" + mark, "ss-1=" + mark], ["l+1=" + mark, "ss+1=" + mark], ["l+2=" + mark]],
    headlineFeature: "hl|l=" + mark,
    dyn: undefined,
    coarse: mark,
    casingIndex: CASING_CLASSES.length - 1,
    scores: undefined,
  };
}

/** Stand-ins for the positions before the first and after the last token of a sentence. */
export const SENTENCE_START = boundary("<s>");
export const SENTENCE_END = boundary("</s>");

/** How this document writes each word outside headlines and sentence starts, as an index into DOC_CASING_CLASSES. */
function docCasing(sentences: WordInfo[][], headline: boolean[]): Map<string, number> {
  const seen = new Map<string, { cap: number; low: number }>();
  sentences.forEach((words, si) => {
    if (headline[si]) return;
    for (let i = 1; i < words.length; i++) {
      const c = words[i].caseClass;
      if (c === "none") continue;
      // After an opening quote or a colon a capital says nothing about the word itself.
      const prev = words[i - 1].lower;
      if (prev === '"' || prev === ":" || prev === "-") continue;
      const lo = words[i].lower;
      let e = seen.get(lo);
      if (!e) {
        e = { cap: 0, low: 0 };
        seen.set(lo, e);
      }
      if (c === "lower") e.low++;
      else e.cap++;
    }
  });
  const out = new Map<string, number>();
  for (const [w, e] of seen) out.set(w, e.low === 0 ? 0 : e.cap === 0 ? 1 : 2);
  return out;
}

function allCaps(words: WordInfo[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const w of words) {
    if (w.caseClass === "none") continue;
    letters++;
    if (w.caseClass === "upper") upper++;
  }
  return letters >= 2 && upper / letters > 0.7;
}

/**
 * Guesses how a word of an all-caps headline would be written in running text, from how this document writes it
 * elsewhere, else how the training text usually writes it; unknown long words are taken as names. The tagger
 * then reads "PUTIN AND RAISI BACK CLOSER TIES" much like "Putin and Raisi back closer ties".
 */
export function truecaseHeadline(tokens: string[], docCase: Map<string, number>, casing: CasingLexicon): string[] {
  return tokens.map((tok, i) => {
    if (caseClass(tok) !== "upper") return tok;
    const lo = tok.toLowerCase();
    const title = tok[0] + lo.slice(1);
    const inDoc = docCase.get(lo);
    const usual = inDoc !== undefined ? DOC_CASING_CLASSES[inDoc] : casing.get(lo);
    if (usual === "L") return i === 0 ? title : lo;
    if (usual === "U") return tok;
    if (usual === "C" || usual === "M") return title;
    return tok.length > 4 && !/[^\p{L}]/u.test(tok) ? title : tok;
  });
}

/** Context strings by (training-text casing, document casing), built once so their hashes are reused. */
const CASING_FEATURES: { dc: string; gcdc: string; headline: string; initial: string }[] = [];
for (const gc of CASING_CLASSES)
  for (const dc of DOC_CASING_CLASSES)
    CASING_FEATURES.push({
      dc: "dc=" + dc,
      gcdc: "gc|dc=" + gc + dc,
      headline: "ctx|gc|dc=h" + gc + dc,
      initial: "ctx|gc|dc=i" + gc + dc,
    });

const gazetteerFeatureCache = new Map<string, { self: string; prev: string; next: string }>();
function gazetteerFeatures(g: string): { self: string; prev: string; next: string } {
  let v = gazetteerFeatureCache.get(g);
  if (!v) gazetteerFeatureCache.set(g, (v = { self: "g=" + g, prev: "g-1=" + g, next: "g+1=" + g }));
  return v;
}

/**
 * Frame feature strings by (coarse cluster before, shape, coarse cluster after, next word lower case), built
 * once: tagging looks the same few thousand frames up for every capitalised token, and a string that is reused
 * keeps its hash, where a freshly concatenated one is built, hashed and collected each time.
 */
const frameIds = new Map<string, number>();
const frameCache = new Map<number, { fr: string; frfn: string }>();
function internId(s: string): number {
  let id = frameIds.get(s);
  if (id === undefined) frameIds.set(s, (id = frameIds.size));
  return id;
}
function frameFeatures(prev: WordInfo, word: WordInfo, next: WordInfo): { fr: string; frfn: string } {
  const lowerNext = next.caseClass === "lower";
  const key =
    ((internId(prev.coarse) * 4096 + internId(next.coarse)) * 2 + (lowerNext ? 1 : 0)) * 1_048_576 +
    internId(word.shortShape);
  let v = frameCache.get(key);
  if (!v) {
    const frame = prev.coarse + "|" + word.shortShape + "|" + next.coarse + (lowerNext ? "l" : "");
    frameCache.set(key, (v = { fr: "fr=" + frame, frfn: "fr|fn=" + frame }));
  }
  return v;
}

const knownNameCache = new Map<string, string>();
function knownNameFeature(label: string): string {
  let v = knownNameCache.get(label);
  if (!v) knownNameCache.set(label, (v = "n=" + label));
  return v;
}

/**
 * Computes every token's static context for one document (sentences of raw token strings). Word pairs (−1, 0)
 * and (0, +1) are deliberately not features: on CoNLL dev they added nothing and cost a third of tagging time.
 */
export function documentFeatures(
  rawSentences: string[][],
  casing: CasingLexicon,
  knownNames?: PhraseMatcher,
  clusters: ClusterMap = NO_CLUSTERS,
  annotators: readonly SentenceAnnotator[] = [],
): TokenInfo[][] {
  const normalised = rawSentences.map((s) => s.map(normaliseToken));
  const cache = wordCache(casing, clusters);
  const info = (t: string) => cachedWordInfo(cache, t, casing, clusters);
  let words = normalised.map((toks) => toks.map(info));
  const headline = words.map(allCaps);
  const dcase = docCasing(words, headline);
  const sentences = normalised.map((toks, si) => (headline[si] ? truecaseHeadline(toks, dcase, casing) : toks));
  words = words.map((ws, si) => (headline[si] ? sentences[si].map(info) : ws));
  return sentences.map((toks, si) => {
    const n = toks.length;
    const hl = headline[si];
    const sentWords = words[si];
    const lower = sentWords.map((w) => w.lower);
    const gaz = gazetteerMatches(toks, lower);
    const seen = knownNames ? knownNames.match(toks, lower) : null;
    const annotations = annotators.map((a) => ({ id: a.id, labels: a.label(toks) }));
    const at = (i: number) => (i < 0 ? SENTENCE_START : i >= n ? SENTENCE_END : sentWords[i]);
    return sentWords.map((word, i) => {
      const lo = word.lower;
      const f: string[] = [];
      if (i === 0) f.push("si");
      if (hl) f.push("hl", word.headlineFeature);
      const cf = CASING_FEATURES[word.casingIndex * DOC_CASING_CLASSES.length + (dcase.get(lo) ?? 3)];
      f.push(cf.dc, cf.gcdc);
      if (hl) f.push(cf.headline);
      else if (i === 0) f.push(cf.initial);
      for (const g of gaz[i]) f.push(gazetteerFeatures(g).self);
      if (i > 0) for (const g of gaz[i - 1]) f.push(gazetteerFeatures(g).prev);
      if (i + 1 < n) for (const g of gaz[i + 1]) f.push(gazetteerFeatures(g).next);
      if (seen) for (const g of seen[i]) f.push(knownNameFeature(g));
      for (const { id, labels } of annotations) {
        if (labels[i] !== undefined) f.push(id + "=" + labels[i]);
        if (i > 0 && labels[i - 1] !== undefined) f.push(id + "-1=" + labels[i - 1]);
        if (i + 1 < n && labels[i + 1] !== undefined) f.push(id + "+1=" + labels[i + 1]);
      }
      const neighbours = [at(i - 2), at(i - 1), at(i + 1), at(i + 2)];
      if (word.caseClass === "title" || word.caseClass === "upper") {
        // The frame a capitalised word sits in, in coarse clusters: "the Oscar nominations", "an Oscar for",
        // "Blair said" differ in kind whatever the word; the first-name variant lets a frame outvote the
        // given-name list ("Oscar" the award).
        const frame = frameFeatures(neighbours[1], word, neighbours[2]);
        f.push(frame.fr);
        if (FIRST_NAME_SET.has(lo)) f.push(frame.frfn);
      }
      return { word, neighbours, capitalised: word.caseClass === "title" || word.caseClass === "upper", features: f };
    });
  });
}

/** Every static feature of a token as one list (training uses this; tagging caches the parts). */
export function staticFeatures(info: TokenInfo): string[] {
  const out = info.word.features.concat(info.features);
  info.neighbours.forEach((w, k) => {
    for (const f of w.neighbour[k]) out.push(f);
  });
  return out;
}

/**
 * Features that depend on the tags already chosen: previous two tags, this word's last tag earlier in the
 * document, and (second pass) the type the first pass gave this word most often anywhere in the document.
 * Tag-only strings are built once per tag set and word-specific ones once per word, so their hashes are reused.
 */
export class DynamicFeatures {
  private readonly names: string[];
  private readonly t1: string[];
  private readonly t2: string[];
  private readonly h: string[];
  private readonly q: string[];
  private readonly qt1: string[];
  private readonly qh: string[];
  /** What the first pass can say about a word: an entity type, "O", or "-" (not a capitalised word). */
  readonly priorValues: string[];

  /** `tags` plus index tags.length meaning "sentence start" (for prev tags) or "no history" (for h). */
  constructor(readonly tags: string[]) {
    const T = tags.length;
    this.names = [...tags, "<s>"];
    this.t1 = this.names.map((p) => "t1=" + p);
    this.t2 = [];
    for (let a = 0; a <= T; a++) for (let b = 0; b <= T; b++) this.t2.push("t2=" + this.names[a] + "|" + this.names[b]);
    this.h = [...tags, "-"].map((x) => "h=" + x);
    this.priorValues = [...new Set(tags.map((t) => (t === "O" ? "O" : t.slice(2)))), "-"];
    const hist = [...tags, "-"];
    this.q = this.priorValues.map((p) => "q=" + p);
    this.qt1 = this.priorValues.flatMap((p) => this.names.map((n) => "q|t1=" + p + "|" + n));
    this.qh = this.priorValues.flatMap((p) => hist.map((h) => "q|h=" + p + "|" + h));
  }

  private wordStrings(w: WordInfo): NonNullable<WordInfo["dyn"]> {
    if (w.dyn && w.dyn.t1l.length === this.names.length) return w.dyn;
    w.dyn = {
      t1l: this.names.map((p) => "t1|l=" + p + "|" + w.lower),
      t1ss: this.names.map((p) => "t1|ss=" + p + "|" + w.shortShape),
      hss: [...this.tags, "-"].map((x) => "h|ss=" + x + "|" + w.shortShape),
    };
    return w.dyn;
  }

  /** The strings behind the fast path in tagger.ts: t1, t2 (by index), h (by index), and per-word strings. */
  tables(word: WordInfo) {
    return { t1: this.t1, t2: this.t2, h: this.h, q: this.q, qt1: this.qt1, qh: this.qh, ...this.wordStrings(word) };
  }

  /**
   * prev1/prev2: tag indices or tags.length at sentence start; history: tag index or tags.length for none;
   * prior: index into `priorValues` (second pass) or -1 (first pass).
   */
  features(info: TokenInfo, prev1: number, prev2: number, history: number, prior: number): string[] {
    const ws = this.wordStrings(info.word);
    const T = this.tags.length;
    const f = [
      this.t1[prev1],
      this.t2[prev2 * (T + 1) + prev1],
      ws.t1l[prev1],
      ws.t1ss[prev1],
      this.h[history],
      ws.hss[history],
    ];
    if (prior >= 0) f.push(this.q[prior], this.qt1[prior * (T + 1) + prev1], this.qh[prior * (T + 1) + history]);
    return f;
  }
}
