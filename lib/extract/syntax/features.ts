/**
 * Integer atoms for one token, computed once per token and shared by the tagger and the parser: hashes of the
 * lower-cased form (digits as 0), the exact form, affixes and the word shape. Feature templates combine these
 * with hashFeature, so no feature strings are built while tagging or parsing.
 */
import { hashString } from "../learn/perceptron";

export interface WordAtoms {
  lower: number;
  form: number;
  suf1: number;
  suf2: number;
  suf3: number;
  suf4: number;
  pre1: number;
  pre2: number;
  pre3: number;
  shape: number;
  /** The lower-cased, digit-normalised form itself (for dictionaries). */
  norm: string;
}

const DIGITS = /\d/g;
const QUOTES: Record<string, string> = { "’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "—": "--", "–": "-" };

/** News uses curly quotes and long dashes where the treebank mostly has ASCII. */
export function normaliseForm(form: string): string {
  return /[’‘“”„—–]/.test(form) ? form.replace(/[’‘“”„—–]/g, (c) => QUOTES[c]) : form;
}

function shapeOf(w: string): string {
  let out = "";
  let last = "";
  let run = 0;
  for (let i = 0; i < w.length && out.length < 8; i++) {
    const c = w[i];
    let k: string;
    if (c >= "0" && c <= "9") k = "d";
    else if (c.toLowerCase() !== c.toUpperCase()) k = c === c.toUpperCase() ? "X" : "x";
    else k = c;
    if (k === last) {
      if (++run < 2) out += k;
    } else {
      out += k;
      last = k;
      run = 0;
    }
  }
  return out;
}

const cache = new Map<string, WordAtoms>();

export function wordAtoms(rawForm: string): WordAtoms {
  const hit = cache.get(rawForm);
  if (hit) return hit;
  const form = normaliseForm(rawForm);
  const lo = form.toLowerCase();
  const norm = /\d/.test(lo) ? lo.replace(DIGITS, "0") : lo;
  const L = norm.length;
  const a: WordAtoms = {
    lower: hashString(norm),
    form: hashString(form),
    suf1: hashString(norm.slice(-1)),
    suf2: L >= 2 ? hashString(norm.slice(-2)) : 0,
    suf3: L >= 3 ? hashString(norm.slice(-3)) : 0,
    suf4: L >= 4 ? hashString(norm.slice(-4)) : 0,
    pre1: hashString(form.slice(0, 1)),
    pre2: L >= 2 ? hashString(norm.slice(0, 2)) : 0,
    pre3: L >= 3 ? hashString(norm.slice(0, 3)) : 0,
    shape: hashString(shapeOf(form)),
    norm,
  };
  if (cache.size > 500_000) cache.clear();
  cache.set(rawForm, a);
  return a;
}

/** Atoms standing for "no word here" (before the start / after the end of a sentence). */
export const PAD_START: WordAtoms = { ...wordAtoms("<s>"), lower: 11, form: 11, suf3: 11, shape: 11, norm: "<s>" };
export const PAD_END: WordAtoms = { ...wordAtoms("</s>"), lower: 13, form: 13, suf3: 13, shape: 13, norm: "</s>" };
