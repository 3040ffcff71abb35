/**
 * Word-cluster induction from unlabelled sentences: divisive exchange clustering on the class-bigram likelihood
 * of Brown et al. (1992), with the exchange moves of Martin, Liermann & Ney (1998). Every level splits each
 * cluster in two and moves words between the two halves while the two-sided class-bigram log-likelihood
 * rises; the path of splits is a word's bit string, so prefixes give coarse-to-fine clusters as Brown
 * clustering does. Bottom-up Brown merging costs O(V·C²); this costs O(levels · iterations · bigram types), so
 * a few seconds on 1.5 M tokens. Pure and deterministic: word order, initial halves and move order are all
 * fixed by counts and strings, and sums run in a fixed order, so one corpus always gives the same bit strings.
 */

export interface ClusterOptions {
  /** Tree depth: number of bits per word (2^depth leaf clusters at most). */
  depth: number;
  /** Words seen fewer times are one `<unk>` word for the contexts, and get no bit string. */
  minCount: number;
  /** Exchange sweeps over the vocabulary per level (stops early when no word moves). */
  iterations: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { depth: 10, minCount: 3, iterations: 6 };

const UNK = "<unk>";
const BOUNDARY = "<s>";

/** f(x) = x ln x with f(0) = 0, the term of the class-bigram likelihood. */
function xlogx(x: number): number {
  return x > 0 ? x * Math.log(x) : 0;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Vocabulary {
  words: string[];
  counts: number[];
  id: Map<string, number>;
}

/** Frequent words by descending count (ties by string), then `<unk>` and the sentence boundary. */
function vocabulary(sentences: string[][], minCount: number): Vocabulary {
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const kept = [...freq].filter(([w, n]) => n >= minCount && w !== UNK && w !== BOUNDARY);
  kept.sort((a, b) => b[1] - a[1] || compare(a[0], b[0]));
  const words = kept.map(([w]) => w).concat(UNK, BOUNDARY);
  const id = new Map(words.map((w, i) => [w, i]));
  const counts = new Array<number>(words.length).fill(0);
  for (const s of sentences) {
    counts[id.get(BOUNDARY)!]++;
    for (const w of s) counts[id.get(w) ?? id.get(UNK)!]++;
  }
  return { words, counts, id };
}

/** Sparse word-bigram counts: for word w, its right neighbours (w, v) and left neighbours (u, w), self excluded. */
interface Bigrams {
  rightStart: Int32Array;
  rightWord: Int32Array;
  rightCount: Float64Array;
  leftStart: Int32Array;
  leftWord: Int32Array;
  leftCount: Float64Array;
  self: Float64Array;
  /** Bigrams with w on the left (self included), and on the right. */
  asLeft: Float64Array;
  asRight: Float64Array;
}

function bigrams(sentences: string[][], vocab: Vocabulary): Bigrams {
  const V = vocab.words.length;
  const unk = vocab.id.get(UNK)!;
  const bnd = vocab.id.get(BOUNDARY)!;
  const pairs = new Map<number, number>();
  const add = (a: number, b: number) => {
    const k = a * V + b;
    pairs.set(k, (pairs.get(k) ?? 0) + 1);
  };
  for (const s of sentences) {
    let prev = bnd;
    for (const w of s) {
      const id = vocab.id.get(w) ?? unk;
      add(prev, id);
      prev = id;
    }
    add(prev, bnd);
  }
  const keys = [...pairs.keys()].sort((a, b) => a - b);
  const self = new Float64Array(V);
  const asLeft = new Float64Array(V);
  const asRight = new Float64Array(V);
  const rightN = new Int32Array(V);
  const leftN = new Int32Array(V);
  for (const k of keys) {
    const a = Math.floor(k / V);
    const b = k % V;
    const n = pairs.get(k)!;
    asLeft[a] += n;
    asRight[b] += n;
    if (a === b) self[a] = n;
    else {
      rightN[a]++;
      leftN[b]++;
    }
  }
  const starts = (n: Int32Array) => {
    const s = new Int32Array(V + 1);
    for (let i = 0; i < V; i++) s[i + 1] = s[i] + n[i];
    return s;
  };
  const rightStart = starts(rightN);
  const leftStart = starts(leftN);
  const rightWord = new Int32Array(rightStart[V]);
  const rightCount = new Float64Array(rightStart[V]);
  const leftWord = new Int32Array(leftStart[V]);
  const leftCount = new Float64Array(leftStart[V]);
  const rFill = rightStart.slice(0, V);
  const lFill = leftStart.slice(0, V);
  for (const k of keys) {
    const a = Math.floor(k / V);
    const b = k % V;
    if (a === b) continue;
    const n = pairs.get(k)!;
    rightWord[rFill[a]] = b;
    rightCount[rFill[a]++] = n;
    leftWord[lFill[b]] = a;
    leftCount[lFill[b]++] = n;
  }
  return { rightStart, rightWord, rightCount, leftStart, leftWord, leftCount, self, asLeft, asRight };
}

/** Class-bigram counts N[c][d] and marginals for one level, with the exchange move. */
class ClassModel {
  readonly n: Float64Array;
  readonly left: Float64Array;
  readonly right: Float64Array;
  /** Scratch: this word's context counts by class (right and left), and which classes are set. */
  private readonly rc: Float64Array;
  private readonly lc: Float64Array;
  private readonly touchedR: number[] = [];
  private readonly touchedL: number[] = [];

  constructor(
    readonly K: number,
    private readonly bg: Bigrams,
    readonly cls: Int32Array,
  ) {
    this.n = new Float64Array(K * K);
    this.left = new Float64Array(K);
    this.right = new Float64Array(K);
    this.rc = new Float64Array(K);
    this.lc = new Float64Array(K);
    const V = cls.length;
    for (let w = 0; w < V; w++) {
      const c = cls[w];
      for (let j = bg.rightStart[w]; j < bg.rightStart[w + 1]; j++)
        this.n[c * K + cls[bg.rightWord[j]]] += bg.rightCount[j];
      this.n[c * K + c] += bg.self[w];
      this.left[c] += bg.asLeft[w];
      this.right[c] += bg.asRight[w];
    }
  }

  /** Two-sided class-bigram log-likelihood up to a constant (Σ f(N(c,d)) − Σ f(N(c,·)) − Σ f(N(·,d))). */
  likelihood(): number {
    let s = 0;
    for (let i = 0; i < this.n.length; i++) s += xlogx(this.n[i]);
    for (let c = 0; c < this.K; c++) s -= xlogx(this.left[c]) + xlogx(this.right[c]);
    return s;
  }

  private gather(w: number): void {
    const { bg, cls, rc, lc } = this;
    this.touchedR.length = 0;
    this.touchedL.length = 0;
    for (let j = bg.rightStart[w]; j < bg.rightStart[w + 1]; j++) {
      const d = cls[bg.rightWord[j]];
      if (rc[d] === 0) this.touchedR.push(d);
      rc[d] += bg.rightCount[j];
    }
    for (let j = bg.leftStart[w]; j < bg.leftStart[w + 1]; j++) {
      const c = cls[bg.leftWord[j]];
      if (lc[c] === 0) this.touchedL.push(c);
      lc[c] += bg.leftCount[j];
    }
  }

  private clear(): void {
    for (const d of this.touchedR) this.rc[d] = 0;
    for (const c of this.touchedL) this.lc[c] = 0;
  }

  /** Adds (sign 1) or removes (sign −1) word w's counts to/from class k. */
  private apply(w: number, k: number, sign: number): void {
    const { K, n, rc, lc, bg } = this;
    for (const d of this.touchedR) n[k * K + d] += sign * rc[d];
    for (const c of this.touchedL) n[c * K + k] += sign * lc[c];
    n[k * K + k] += sign * bg.self[w];
    this.left[k] += sign * bg.asLeft[w];
    this.right[k] += sign * bg.asRight[w];
  }

  /** Likelihood gain of putting the (removed) word w into class k. */
  private gain(w: number, k: number): number {
    const { K, n, rc, lc, bg } = this;
    let g = 0;
    for (const d of this.touchedR) {
      if (d === k) continue;
      const x = n[k * K + d];
      g += xlogx(x + rc[d]) - xlogx(x);
    }
    for (const c of this.touchedL) {
      if (c === k) continue;
      const x = n[c * K + k];
      g += xlogx(x + lc[c]) - xlogx(x);
    }
    const kk = n[k * K + k];
    g += xlogx(kk + rc[k] + lc[k] + bg.self[w]) - xlogx(kk);
    g -= xlogx(this.left[k] + bg.asLeft[w]) - xlogx(this.left[k]);
    g -= xlogx(this.right[k] + bg.asRight[w]) - xlogx(this.right[k]);
    return g;
  }

  /**
   * Moves word w to whichever of `a` (its class) and `b` gains more; stays on ties or gains within rounding.
   * Its context counts are gathered with w already in `a`: a self-bigram is kept apart, so they do not change
   * when w moves.
   */
  exchange(w: number, a: number, b: number): boolean {
    this.gather(w);
    this.apply(w, a, -1);
    const ga = this.gain(w, a);
    const gb = this.gain(w, b);
    const to = gb > ga + 1e-9 ? b : a;
    this.apply(w, to, 1);
    this.clear();
    this.cls[w] = to;
    return to !== a;
  }
}

export interface ClusterResult {
  /** Bit string per word ("0110…", `depth` characters), for words seen at least minCount times. */
  paths: Map<string, string>;
  /** Class-bigram log-likelihood after each level (rises level by level; for logs and tests). */
  likelihoods: number[];
}

/** Induces a binary cluster tree over the words of `sentences` (already tokenised and normalised). */
export function induceClusters(
  sentences: string[][],
  options: Partial<ClusterOptions> = {},
  log: (line: string) => void = () => {},
): ClusterResult {
  const opts = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  if (!Number.isInteger(opts.depth) || opts.depth < 1 || opts.depth > 16)
    throw new Error(`clusters: depth must be an integer from 1 to 16, got ${opts.depth}`);
  if (sentences.length === 0) throw new Error("clusters: no sentences to learn from");
  const vocab = vocabulary(sentences, opts.minCount);
  const bg = bigrams(sentences, vocab);
  const V = vocab.words.length;
  let cls = new Int32Array(V);
  const likelihoods: number[] = [];
  for (let level = 0; level < opts.depth; level++) {
    // Each class c splits into 2c and 2c+1; inside a class, words alternate by frequency rank as a start.
    const seen = new Int32Array(1 << level);
    const next = new Int32Array(V);
    for (let w = 0; w < V; w++) next[w] = 2 * cls[w] + (seen[cls[w]]++ & 1);
    cls = next;
    const model = new ClassModel(1 << (level + 1), bg, cls);
    let it = 0;
    for (; it < opts.iterations; it++) {
      let moved = 0;
      for (let w = 0; w < V; w++) if (model.exchange(w, cls[w], cls[w] ^ 1)) moved++;
      if (moved === 0) break;
    }
    likelihoods.push(model.likelihood());
    log(
      `level ${level + 1}/${opts.depth}: ${1 << (level + 1)} clusters, ${it} sweeps, LL ${likelihoods.at(-1)!.toFixed(0)}`,
    );
  }
  const paths = new Map<string, string>();
  for (let w = 0; w < V; w++) {
    const word = vocab.words[w];
    if (word === UNK || word === BOUNDARY) continue;
    paths.set(word, cls[w].toString(2).padStart(opts.depth, "0"));
  }
  return { paths, likelihoods };
}
