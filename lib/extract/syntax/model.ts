/**
 * The trained syntax model as one object: a POS tagger + lemmatiser and a dependency parser, each filling its
 * columns of a Doc, and their compact on-disk form. Files (in ./model/, written by `npm run train:syntax`):
 * tagger.bin.gz (tag classes, tag dictionary, lemmatiser tables, weights) and parser.bin.gz (tag and label sets,
 * move and label weights). Each is gzip( u32 header length | JSON header | weight tables ), weights quantised
 * to 16 bits. Encoding and decoding are pure; `loadDefaultSyntaxModel` is the only reader, cached.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import { HashedWeights } from "../learn/perceptron";
import type { ClusterMap } from "../ner/clusters";
import type { Doc, Lexicon } from "./doc";
import { lemmatise, verbUseTable, type Lemmatiser } from "./lemma";
import { parseSentence, type DepParser } from "./parser";
import { tagClasses, type PosTagger } from "./tagger";

export interface SyntaxModel {
  tagger: PosTagger;
  lemmatiser: Lemmatiser;
  parser: DepParser;
  /** The treebank's word-form knowledge, also given to every Doc this model tags (`doc.lexicon`). */
  lexicon: Lexicon;
  /**
   * Fills upos, xpos and lemma for every token (and sets `doc.lexicon`). `names` marks (1) the words of proper
   * names found before tagging: a word the tagger reads as a verb, auxiliary, adverb or subordinator there
   * ("Rover, owned by BMW": "Rover" ADV) becomes a proper noun, and its sentence is tagged again knowing it.
   */
  tag(doc: Doc, names?: Uint8Array): void;
  /** Fills head, deprel and margin for every sentence (tags must be filled). */
  parse(doc: Doc): void;
}

export const DEFAULT_MODEL_DIR = fileURLToPath(new URL("./model/", import.meta.url));
export const TAGGER_FILE = "tagger.bin.gz";
export const PARSER_FILE = "parser.bin.gz";
const TAGGER_FORMAT = "newsgraph-pos-perceptron/1";
const PARSER_FORMAT = "newsgraph-arc-hybrid-perceptron/1";

/** Lemmas by form and tag class, filled as words are seen (lemmatise is pure; news repeats its words). */
const LEMMA_CACHE = 100_000;

/** Tags no word of a proper name has. (Adjectives and pronouns do occur: "National Grid", and the NER's "I".) */
const NOT_IN_NAMES = new Set(["VERB", "AUX", "ADV", "SCONJ"]);

/**
 * Classes to fix in one sentence starting at doc token `a` (-1 = free), or null when the tags stand. A word the
 * tagger's dictionary knows keeps its tag: the NER's false names are mostly such words ("I", "Thank You").
 */
function nameFixes(
  cls: Int32Array,
  forms: readonly string[],
  names: Uint8Array,
  a: number,
  tagger: PosTagger,
): Int32Array | null {
  let fixed: Int32Array | null = null;
  for (let i = 0; i < cls.length; i++) {
    if (!names[a + i] || tagger.dict.has(forms[i].toLowerCase())) continue;
    if (!NOT_IN_NAMES.has(tagger.upos[cls[i]])) continue;
    fixed ??= new Int32Array(cls.length).fill(-1);
    fixed[i] = properNounClass(tagger);
  }
  return fixed;
}

const properNoun = new WeakMap<PosTagger, number>();

function properNounClass(tagger: PosTagger): number {
  let c = properNoun.get(tagger);
  if (c === undefined) {
    c = tagger.upos.findIndex((u, k) => u === "PROPN" && tagger.xpos[k] === "NNP");
    if (c < 0) throw new Error("Syntax: the tagger has no PROPN/NNP class.");
    properNoun.set(tagger, c);
  }
  return c;
}

export function makeSyntaxModel(tagger: PosTagger, lemmatiser: Lemmatiser, parser: DepParser): SyntaxModel {
  const lemmas = new Map<string, string[]>();
  const lemmaOf = (form: string, c: number): string => {
    let byClass = lemmas.get(form);
    if (!byClass) {
      if (lemmas.size >= LEMMA_CACHE) lemmas.clear();
      lemmas.set(form, (byClass = []));
    }
    return (byClass[c] ??= lemmatise(lemmatiser, form, tagger.xpos[c], tagger.upos[c]));
  };
  const verbUse = verbUseTable(lemmatiser);
  const lexicon: Lexicon = { verbUse: (form) => verbUse.get(form.toLowerCase()) };
  return {
    lexicon,
    tagger,
    lemmatiser,
    parser,
    tag(doc, names) {
      doc.lexicon = lexicon;
      for (let s = 0; s < doc.sentenceCount; s++) {
        const a = doc.sentStart[s];
        const forms = doc.form.slice(a, doc.sentEnd[s]);
        let cls = tagClasses(forms, tagger);
        if (names) {
          const fixed = nameFixes(cls, forms, names, a, tagger);
          if (fixed) cls = tagClasses(forms, tagger, fixed);
        }
        for (let i = 0; i < forms.length; i++) {
          doc.upos[a + i] = tagger.upos[cls[i]];
          doc.xpos[a + i] = tagger.xpos[cls[i]];
          doc.lemma[a + i] = lemmaOf(forms[i], cls[i]);
        }
      }
      doc.tagged = true;
    },
    parse(doc) {
      if (!doc.tagged) throw new Error("Syntax: parse needs a tagged Doc; call tag(doc) first (annotate does both).");
      for (let s = 0; s < doc.sentenceCount; s++) {
        const a = doc.sentStart[s];
        const b = doc.sentEnd[s];
        const r = parseSentence(
          {
            form: doc.form.slice(a, b),
            lemma: doc.lemma.slice(a, b),
            upos: doc.upos.slice(a, b),
            xpos: doc.xpos.slice(a, b),
          },
          parser,
        );
        for (let i = 0; i < b - a; i++) {
          doc.head[a + i] = r.head[i] < 0 ? -1 : a + r.head[i];
          doc.deprel[a + i] = r.label[i];
          doc.margin[a + i] = r.margin[i];
        }
      }
      doc.parsed = true;
    },
  };
}

function pack(header: object, tables: HashedWeights[]): Buffer {
  const json = Buffer.from(JSON.stringify(header), "utf8");
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length, 0);
  return gzipSync(Buffer.concat([len, json, ...tables.map((t) => t.encode())]), { level: 9 });
}

function unpack(
  data: Buffer,
  format: string,
  what: string,
): { header: Record<string, unknown>; tables: HashedWeights[] } {
  let raw: Buffer;
  let header: Record<string, unknown>;
  try {
    raw = gunzipSync(data);
    const n = raw.readUInt32LE(0);
    header = JSON.parse(raw.subarray(4, 4 + n).toString("utf8")) as Record<string, unknown>;
    let off = 4 + n;
    const tables: HashedWeights[] = [];
    while (off < raw.length) {
      const { table, next } = HashedWeights.decode(raw, off);
      tables.push(table);
      off = next;
    }
    if (header.format !== format) throw new Error(`format "${String(header.format)}" is not "${format}"`);
    return { header, tables };
  } catch (e) {
    throw new Error(
      `Syntax: cannot read the ${what} model (${(e as Error).message}). Retrain with \`npm run train:syntax\`.`,
    );
  }
}

const sorted = <V>(m: Map<string, V>) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

/** Word clusters as { bit string: words }, words sorted: compact, and the same bytes for the same clusters. */
function encodeClusterTable(clusters: ClusterMap): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [w, path] of sorted(clusters)) (out[path] ??= []).push(w);
  return out;
}

function decodeClusterTable(table: unknown): ClusterMap {
  return new Map(
    Object.entries((table ?? {}) as Record<string, string[]>).flatMap(([path, words]) =>
      words.map((w): [string, string] => [w, path]),
    ),
  );
}

export function encodeTagger(tagger: PosTagger, lem: Lemmatiser): Buffer {
  const header: Record<string, unknown> = {
    format: TAGGER_FORMAT,
    classes: tagger.classes,
    dict: sorted(tagger.dict),
    lemma: { exact: sorted(lem.exact), lower: sorted(lem.lower), rules: sorted(lem.rules) },
  };
  // A tagger trained with clusters carries its own copy (and the ambiguity classes those features go with).
  if (tagger.clusters.size > 0) {
    header.clusters = encodeClusterTable(tagger.clusters);
    header.ambig = sorted(tagger.ambig);
  }
  if (tagger.passes === 2) header.passes = 2;
  return pack(header, [tagger.weights]);
}

export function decodeTagger(data: Buffer): { tagger: PosTagger; lemmatiser: Lemmatiser } {
  const { header, tables } = unpack(data, TAGGER_FORMAT, "tagger");
  const classes = header.classes as string[];
  const lemma = header.lemma as Record<"exact" | "lower" | "rules", [string, string][]>;
  return {
    tagger: {
      classes,
      upos: classes.map((c) => c.split("|")[0]),
      xpos: classes.map((c) => c.slice(c.indexOf("|") + 1)),
      dict: new Map(header.dict as [string, number][]),
      weights: tables[0],
      clusters: decodeClusterTable(header.clusters),
      ambig: new Map((header.ambig ?? []) as [string, string][]),
      passes: header.passes === 2 ? 2 : 1,
    },
    lemmatiser: { exact: new Map(lemma.exact), lower: new Map(lemma.lower), rules: new Map(lemma.rules) },
  };
}

export function encodeParser(p: DepParser): Buffer {
  const header: Record<string, unknown> = { format: PARSER_FORMAT, xpos: p.xpos, upos: p.upos, labels: p.labels };
  if (p.features === 2) {
    // The parser carries its own copy of the word clusters, so retraining the NER clusters cannot change parses.
    header.features = 2;
    header.clusters = encodeClusterTable(p.clusters);
  }
  return pack(header, [p.moves, p.labeller]);
}

export function decodeParser(data: Buffer): DepParser {
  const { header, tables } = unpack(data, PARSER_FORMAT, "parser");
  if (tables.length !== 2)
    throw new Error("Syntax: the parser model needs two weight tables. Retrain with `npm run train:syntax`.");
  return {
    xpos: header.xpos as string[],
    upos: header.upos as string[],
    labels: header.labels as string[],
    moves: tables[0],
    labeller: tables[1],
    features: header.features === 2 ? 2 : 1,
    clusters: decodeClusterTable(header.clusters),
  };
}

/** Reads a model from a directory holding tagger.bin.gz and parser.bin.gz. */
export function loadSyntaxModelFrom(dir: string): SyntaxModel {
  const read = (f: string) => {
    try {
      return readFileSync(dir + f);
    } catch (e) {
      throw new Error(`Syntax: cannot read ${dir + f} (${(e as Error).message}). Run \`npm run train:syntax\`.`);
    }
  };
  const { tagger, lemmatiser } = decodeTagger(read(TAGGER_FILE));
  return makeSyntaxModel(tagger, lemmatiser, decodeParser(read(PARSER_FILE)));
}

let cached: SyntaxModel | null = null;

/** The committed model, loaded once per process. */
export function loadDefaultSyntaxModel(): SyntaxModel {
  cached ??= loadSyntaxModelFrom(DEFAULT_MODEL_DIR);
  return cached;
}
