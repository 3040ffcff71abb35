/**
 * Lemmatiser learnt from the treebank's LEMMA column. Seen words: the most frequent lemma for (form, XPOS), then
 * (lower-cased form, XPOS). Unseen words: a suffix rewrite rule ("strip k characters, append s") learnt per
 * XPOS and word ending, longest ending first ("studies"/NNS → "-3+y"). Proper nouns keep their form.
 */

export interface Lemmatiser {
  /** "form\tXPOS" → lemma (exact case, then lower-cased form). */
  exact: Map<string, string>;
  lower: Map<string, string>;
  /** "XPOS\tending" → rule "k\tappend". */
  rules: Map<string, string>;
}

const MAX_SUFFIX = 5;

function ruleOf(form: string, lemma: string): string {
  let p = 0;
  while (p < form.length && p < lemma.length && form[p] === lemma[p]) p++;
  return `${form.length - p}\t${lemma.slice(p)}`;
}

function mostFrequent(counts: Map<string, Map<string, number>>, minCount = 1): Map<string, string> {
  const out = new Map<string, string>();
  for (const key of [...counts.keys()].sort()) {
    let best = "";
    let bestN = 0;
    for (const [v, n] of [...counts.get(key)!].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
      if (n > bestN) [best, bestN] = [v, n];
    if (bestN >= minCount) out.set(key, best);
  }
  return out;
}

function bump(m: Map<string, Map<string, number>>, k: string, v: string): void {
  let c = m.get(k);
  if (!c) m.set(k, (c = new Map()));
  c.set(v, (c.get(v) ?? 0) + 1);
}

export function trainLemmatiser(data: readonly { form: string[]; xpos: string[]; lemma: string[] }[]): Lemmatiser {
  const exact = new Map<string, Map<string, number>>();
  const lower = new Map<string, Map<string, number>>();
  const rules = new Map<string, Map<string, number>>();
  for (const s of data) {
    s.form.forEach((f, i) => {
      const x = s.xpos[i];
      const l = s.lemma[i];
      if (l === "_" || l === "") return;
      bump(exact, `${f}\t${x}`, l);
      const lo = f.toLowerCase();
      bump(lower, `${lo}\t${x}`, l === f ? lo : l);
      if (lo.length < 3) return;
      const rule = ruleOf(lo, l.toLowerCase());
      for (let k = 1; k <= MAX_SUFFIX && k < lo.length; k++) bump(rules, `${x}\t${lo.slice(-k)}`, rule);
    });
  }
  const ex = mostFrequent(exact);
  const lw = mostFrequent(lower);
  // Drop exact entries the lower-case table already gives, to keep the model small.
  for (const [k, v] of [...ex]) {
    const [f, x] = k.split("\t");
    if (lw.get(`${f.toLowerCase()}\t${x}`) === v) ex.delete(k);
  }
  return { exact: ex, lower: lw, rules: mostFrequent(rules, 2) };
}

/** The lemma of one word given its XPOS and UPOS. */
export function lemmatise(lem: Lemmatiser, form: string, xpos: string, upos: string): string {
  const e = lem.exact.get(`${form}\t${xpos}`);
  if (e !== undefined) return e;
  const lo = form.toLowerCase();
  const l = lem.lower.get(`${lo}\t${xpos}`);
  if (l !== undefined) return l === lo && form !== lo && (upos === "PROPN" || xpos === "NNP") ? form : l;
  if (upos === "PROPN" || upos === "PUNCT" || upos === "SYM" || upos === "NUM" || upos === "X") return form;
  for (let k = Math.min(MAX_SUFFIX, lo.length - 1); k >= 1; k--) {
    const r = lem.rules.get(`${xpos}\t${lo.slice(-k)}`);
    if (r === undefined) continue;
    const tab = r.indexOf("\t");
    const strip = Number(r.slice(0, tab));
    if (strip >= lo.length) continue;
    return lo.slice(0, lo.length - strip) + r.slice(tab + 1);
  }
  return lo;
}

/**
 * The treebank's verb use of each lower-cased form the lemmatiser saw (see `Lexicon.verbUse`), built once per
 * model from the (form, XPOS) table.
 */
export function verbUseTable(lem: Lemmatiser): Map<string, "verb" | "other"> {
  const out = new Map<string, "verb" | "other">();
  for (const key of lem.lower.keys()) {
    const tab = key.indexOf("\t");
    const form = key.slice(0, tab);
    if (key.startsWith("VB", tab + 1)) out.set(form, "verb");
    else if (!out.has(form)) out.set(form, "other");
  }
  return out;
}
