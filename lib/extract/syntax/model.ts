/**
 * The trained syntax model as one object: a POS tagger + lemmatiser and a dependency parser, each filling its
 * columns of a Doc. The committed files live in ./model/; `loadDefaultSyntaxModel` reads them once per process.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Doc } from "./doc";

export interface SyntaxModel {
  /** Fills upos, xpos and lemma for every token. */
  tag(doc: Doc): void;
  /** Fills head, deprel and margin for every sentence (needs tags). */
  parse(doc: Doc): void;
}

export const DEFAULT_MODEL_DIR = fileURLToPath(new URL("./model/", import.meta.url));
export const TAGGER_FILE = "tagger.bin.gz";
export const PARSER_FILE = "parser.bin.gz";

let cached: SyntaxModel | null = null;
type Loader = (tagger: Buffer, parser: Buffer) => SyntaxModel;
let loader: Loader | null = null;

/** Registers how model files become a SyntaxModel (set by the tagger/parser modules). */
export function setModelLoader(l: Loader): void {
  loader = l;
}

export function loadDefaultSyntaxModel(): SyntaxModel {
  if (cached) return cached;
  const t = DEFAULT_MODEL_DIR + TAGGER_FILE;
  const p = DEFAULT_MODEL_DIR + PARSER_FILE;
  if (!existsSync(t) || !existsSync(p) || !loader) {
    throw new Error(`Syntax: no trained model in ${DEFAULT_MODEL_DIR}. Run \`npm run train:syntax\`.`);
  }
  cached = loader(readFileSync(t), readFileSync(p));
  return cached;
}
