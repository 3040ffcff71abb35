/**
 * Longest-match phrase lookup over token sequences, used by the general gazetteer and by the list of names seen
 * in the training split. Matching folds case but needs the first token to start with a capital or a digit, so
 * "us" never matches "US".
 */

interface TrieNode {
  next: Map<string, TrieNode>;
  labels: string[] | null;
}

/** Shared empty result for tokens outside every match (most tokens); never mutated. */
const NONE: string[] = [];

export class PhraseMatcher {
  private readonly root: TrieNode = { next: new Map(), labels: null };
  private maxLen = 1;
  private readonly labelStrings = new Map<string, { B: string; I: string }>();

  /** Adds a phrase (already tokenised) under a category; a phrase may have several categories. */
  add(tokens: string[], category: string): void {
    if (tokens.length === 0) return;
    this.maxLen = Math.max(this.maxLen, tokens.length);
    let node = this.root;
    for (const t of tokens) {
      const key = t.toLowerCase();
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), labels: null }));
      node = child;
    }
    let lab = this.labelStrings.get(category);
    if (!lab) this.labelStrings.set(category, (lab = { B: category + ":B", I: category + ":I" }));
    node.labels ??= [];
    if (!node.labels.includes(category)) node.labels.push(category);
  }

  /**
   * For each token, the matches it takes part in as "CATEGORY:B" / "CATEGORY:I", from the longest phrase starting
   * at each position (matches do not overlap). `lower` may pass the tokens already lower-cased.
   */
  match(tokens: string[], lower: string[] = tokens.map((t) => t.toLowerCase())): string[][] {
    const out: string[][] = new Array(tokens.length).fill(NONE);
    let i = 0;
    while (i < tokens.length) {
      const c = tokens[i][0];
      const startsUpper = c !== lower[i][0] || (c >= "0" && c <= "9");
      if (!startsUpper) {
        i++;
        continue;
      }
      let node: TrieNode | undefined = this.root;
      let bestLen = 0;
      let best: string[] | null = null;
      for (let j = i; j < tokens.length && j - i < this.maxLen; j++) {
        node = node.next.get(lower[j]);
        if (!node) break;
        if (node.labels) {
          bestLen = j - i + 1;
          best = node.labels;
        }
      }
      if (!best) {
        i++;
        continue;
      }
      for (const category of best) {
        const lab = this.labelStrings.get(category)!;
        for (let k = i; k < i + bestLen; k++) {
          if (out[k] === NONE) out[k] = [];
          out[k].push(k === i ? lab.B : lab.I);
        }
      }
      i += bestLen;
    }
    return out;
  }
}
