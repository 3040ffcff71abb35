/**
 * Labelled greedy transition-based dependency parser: arc-hybrid transitions (Kuhlmann et al. 2011) scored by an
 * averaged perceptron, trained with Goldberg & Nivre's dynamic oracle (2012/2013), so training sees — and learns
 * to recover from — its own mistakes. Moves are unlabelled (SHIFT, LEFT, RIGHT: 3 scores per step); a second
 * perceptron labels each arc as it is made, so labels of earlier arcs are features of later decisions.
 *
 * The root is a virtual token after the last word, and it takes exactly one dependent (UD trees have one root).
 * Training skips non-projective trees (2.3% of EWT's training sentences): arc-hybrid cannot build them, and the
 * oracle's costs assume a projective gold tree. Features are 32-bit hashes of integer atoms (word, lemma, tag,
 * word cluster, label, label set, distance, valency), looked up in open-addressing weight tables: no strings in
 * the parsing loop.
 */
import { AveragedPerceptron, HashedWeights, hashFeature, hashString } from "../learn/perceptron";
import { shuffled } from "./tagger";
import { clusterOf, type ClusterMap } from "../ner/clusters";

export interface DepParser {
  /** XPOS tag set the tag atoms index (from the tagger). */
  xpos: string[];
  upos: string[];
  labels: string[];
  moves: HashedWeights;
  labeller: HashedWeights;
  /** Word clusters the parser was trained with (bit string by word key; empty: no cluster features). */
  clusters: ClusterMap;
  /**
   * Feature templates: 1 = the first release's (66 move, 23 label templates); 2 = adds Zhang & Nivre's label
   * sets and third-order features and word clusters (103 move, 28 label templates).
   */
  features: ParserFeatures;
}

export type ParserFeatures = 1 | 2;

/** One sentence's input (tags as strings) and output (heads: -1 = root, else 0-based index; label indices). */
export interface ParseInput {
  form: readonly string[];
  lemma: readonly string[];
  upos: readonly string[];
  xpos: readonly string[];
}

export interface ParseResult {
  head: Int32Array;
  label: string[];
  margin: Float32Array;
}

const SHIFT = 0;
const RIGHT = 1;
const LEFT = 2;
const MOVES = ["SHIFT", "RIGHT", "LEFT"];
const MOVE_FEATURES = 128;
const LABEL_FEATURES = 40;
const ROOT_ATOM = 7;
const NONE_ATOM = 3;

const atomCache = new WeakMap<ClusterMap, Map<string, Int32Array>>();

/** Hashes of a word's 4-bit, 6-bit and full cluster bit strings (5 when unclustered), cached per form. */
function clusterAtoms(clusters: ClusterMap, form: string): Int32Array {
  let cache = atomCache.get(clusters);
  if (!cache) atomCache.set(clusters, (cache = new Map()));
  let a = cache.get(form);
  if (a) return a;
  const c = clusterOf(clusters, form);
  a =
    c === undefined
      ? Int32Array.of(5, 5, 5)
      : Int32Array.of(hashString(c.slice(0, 4)), hashString(c.slice(0, 6)), hashString(c));
  if (cache.size > 200_000) cache.clear();
  cache.set(form, a);
  return a;
}

/** Integer columns of n + 2 entries in a State (the stack, of n + 1, comes first). */
const STATE_COLUMNS = 19;

/** The parser state plus the per-token atoms its features read. Index n is the root; n+1 is "no token". */
class State {
  readonly n: number;
  readonly stack: Int32Array;
  sp = 0;
  b = 0;
  readonly head: Int32Array;
  readonly label: Int32Array;
  readonly lc1: Int32Array;
  readonly lc2: Int32Array;
  readonly rc1: Int32Array;
  readonly rc2: Int32Array;
  readonly nl: Int32Array;
  readonly nr: Int32Array;
  readonly margin: Float32Array;
  readonly W: Int32Array;
  readonly L: Int32Array;
  readonly T: Int32Array;
  readonly U: Int32Array;
  /** Cluster bit-string prefixes of 4 and 6 bits and the full string (atoms; NONE_ATOM-like when unknown). */
  readonly C4: Int32Array;
  readonly C6: Int32Array;
  readonly CF: Int32Array;
  /** Label sets of the left and right children, as two 32-bit masks each (Zhang & Nivre 2011). */
  readonly lsL0: Int32Array;
  readonly lsL1: Int32Array;
  readonly lsR0: Int32Array;
  readonly lsR1: Int32Array;

  constructor(input: ParseInput, xposIndex: Map<string, number>, uposIndex: Map<string, number>, clusters: ClusterMap) {
    const n = input.form.length;
    this.n = n;
    const size = n + 2;
    // One backing store for every integer column: a typed array of its own per column is an off-heap
    // allocation each (20 per sentence), which was most of this constructor's cost.
    const mem = new Int32Array(n + 1 + STATE_COLUMNS * size);
    let off = 0;
    const column = (length = size) => mem.subarray(off, (off += length));
    this.stack = column(n + 1);
    this.head = column().fill(-1);
    this.label = column().fill(-1);
    // "No token" reads as label -5 in features, so templates need no branch.
    this.label[n + 1] = -5;
    this.lc1 = column().fill(n + 1);
    this.lc2 = column().fill(n + 1);
    this.rc1 = column().fill(n + 1);
    this.rc2 = column().fill(n + 1);
    this.nl = column();
    this.nr = column();
    this.margin = new Float32Array(n);
    this.W = column();
    this.L = column();
    this.T = column();
    this.U = column();
    this.C4 = column();
    this.C6 = column();
    this.CF = column();
    this.lsL0 = column();
    this.lsL1 = column();
    this.lsR0 = column();
    this.lsR1 = column();
    for (let i = 0; i < n; i++) {
      if (clusters.size > 0) {
        const c = clusterAtoms(clusters, input.form[i]);
        this.C4[i] = c[0];
        this.C6[i] = c[1];
        this.CF[i] = c[2];
      }
      const lo = input.form[i].toLowerCase();
      this.W[i] = hashString(/\d/.test(lo) ? lo.replace(/\d/g, "0") : lo);
      this.L[i] = hashString(input.lemma[i].toLowerCase());
      this.T[i] = (xposIndex.get(input.xpos[i]) ?? -1) + 16;
      this.U[i] = (uposIndex.get(input.upos[i]) ?? -1) + 16;
    }
    this.W[n] = this.L[n] = this.T[n] = this.U[n] = ROOT_ATOM;
    this.C4[n] = this.C6[n] = this.CF[n] = ROOT_ATOM;
    this.W[n + 1] = this.L[n + 1] = this.T[n + 1] = this.U[n + 1] = NONE_ATOM;
    this.C4[n + 1] = this.C6[n + 1] = this.CF[n + 1] = NONE_ATOM;
  }

  /** Valid moves as a bit set (1 << move). The root (index n) accepts a LEFT only from the last stack item. */
  valid(): number {
    let v = 0;
    if (this.b < this.n) v |= 1 << SHIFT;
    if (this.sp >= 2) v |= 1 << RIGHT;
    if (this.sp >= 1 && (this.b < this.n || this.sp === 1)) v |= 1 << LEFT;
    return v;
  }

  get done(): boolean {
    return this.b >= this.n && this.sp === 0;
  }

  /** Applies a move; for arcs, returns [head, dependent], else null. */
  apply(move: number, lab: number): void {
    if (move === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const d = this.stack[--this.sp];
    const h = move === LEFT ? this.b : this.stack[this.sp - 1];
    this.head[d] = h;
    this.label[d] = lab;
    if (d < h) {
      this.lc2[h] = this.lc1[h];
      this.lc1[h] = d;
      this.nl[h]++;
      if (lab < 32) this.lsL0[h] |= 1 << lab;
      else this.lsL1[h] |= 1 << (lab - 32);
    } else {
      this.rc2[h] = this.rc1[h];
      this.rc1[h] = d;
      this.nr[h]++;
      if (lab < 32) this.lsR0[h] |= 1 << lab;
      else this.lsR1[h] |= 1 << (lab - 32);
    }
  }

  /** Head a move would give s0 (the dependent of every arc move). */
  arcHead(move: number): number {
    return move === LEFT ? this.b : this.stack[this.sp - 2];
  }

  at(k: number): number {
    return this.sp > k ? this.stack[this.sp - 1 - k] : this.n + 1;
  }

  buf(k: number): number {
    return this.b + k <= this.n ? this.b + k : this.n + 1;
  }
}

function moveFeatures(st: State, out: Int32Array, rich: boolean): number {
  const { W, T, U, L, label, lc1, lc2, rc1, rc2, nl, nr, lsL0, lsL1, lsR0, lsR1, C4, C6, CF } = st;
  const s0 = st.at(0);
  const s1 = st.at(1);
  const s2 = st.at(2);
  const b0 = st.buf(0);
  const b1 = st.buf(1);
  const b2 = st.buf(2);
  const none = st.n + 1;
  const s0l = lc1[s0 < none ? s0 : none];
  const s0r = rc1[s0];
  const s0l2 = lc2[s0];
  const s0r2 = rc2[s0];
  const b0l = lc1[b0];
  const b0l2 = lc2[b0];
  const s1r = rc1[s1];
  const s1l = lc1[s1];
  const dist = s0 === none || b0 === none ? 0 : Math.min(b0 - s0, 6);
  const dist10 = s1 === none || s0 === none ? 0 : Math.min(s0 - s1, 6);
  let k = 0;
  out[k++] = hashFeature(0, 0);
  // Unigrams.
  out[k++] = hashFeature(1, W[s0]);
  out[k++] = hashFeature(2, T[s0]);
  out[k++] = hashFeature(3, W[s0], T[s0]);
  out[k++] = hashFeature(4, L[s0]);
  out[k++] = hashFeature(5, W[b0]);
  out[k++] = hashFeature(6, T[b0]);
  out[k++] = hashFeature(7, W[b0], T[b0]);
  out[k++] = hashFeature(8, L[b0]);
  out[k++] = hashFeature(9, W[s1]);
  out[k++] = hashFeature(10, T[s1]);
  out[k++] = hashFeature(11, W[s1], T[s1]);
  out[k++] = hashFeature(12, W[b1]);
  out[k++] = hashFeature(13, T[b1]);
  out[k++] = hashFeature(14, W[b1], T[b1]);
  out[k++] = hashFeature(15, T[b2]);
  out[k++] = hashFeature(16, T[s2]);
  out[k++] = hashFeature(17, U[s0], U[b0]);
  // Pairs.
  out[k++] = hashFeature(20, W[s0], T[s0], W[b0]);
  out[k++] = hashFeature(21, W[s0], T[s0], T[b0]);
  out[k++] = hashFeature(22, T[s0], W[b0], T[b0]);
  out[k++] = hashFeature(23, W[s0], W[b0]);
  out[k++] = hashFeature(24, T[s0], T[b0]);
  out[k++] = hashFeature(25, T[b0], T[b1]);
  out[k++] = hashFeature(26, W[s1], W[s0]);
  out[k++] = hashFeature(27, T[s1], T[s0]);
  out[k++] = hashFeature(28, W[s1], T[s0]);
  out[k++] = hashFeature(29, T[s1], W[s0]);
  out[k++] = hashFeature(30, L[s0], L[b0]);
  out[k++] = hashFeature(31, L[s1], L[s0]);
  // Triples of tags.
  out[k++] = hashFeature(40, T[s0], T[b0], T[b1]);
  out[k++] = hashFeature(41, T[s1], T[s0], T[b0]);
  out[k++] = hashFeature(42, T[s2], T[s1], T[s0]);
  out[k++] = hashFeature(43, T[b0], T[b1], T[b2]);
  out[k++] = hashFeature(44, T[s0], T[s0l], T[b0]);
  out[k++] = hashFeature(45, T[s0], T[s0r], T[b0]);
  out[k++] = hashFeature(46, T[s0], T[b0], T[b0l]);
  out[k++] = hashFeature(47, T[s1], T[s1r], T[s0]);
  out[k++] = hashFeature(48, T[s1], T[s0], T[s0r]);
  // Distance.
  out[k++] = hashFeature(50, dist, W[s0]);
  out[k++] = hashFeature(51, dist, T[s0]);
  out[k++] = hashFeature(52, dist, W[b0]);
  out[k++] = hashFeature(53, dist, T[s0], T[b0]);
  out[k++] = hashFeature(54, dist10, T[s1], T[s0]);
  // Valency.
  out[k++] = hashFeature(60, W[s0], nr[s0]);
  out[k++] = hashFeature(61, T[s0], nr[s0]);
  out[k++] = hashFeature(62, W[s0], nl[s0]);
  out[k++] = hashFeature(63, T[s0], nl[s0]);
  out[k++] = hashFeature(64, W[b0], nl[b0]);
  out[k++] = hashFeature(65, T[b0], nl[b0]);
  out[k++] = hashFeature(66, T[s1], nr[s1]);
  // Children: words, tags, labels.
  out[k++] = hashFeature(70, W[s0l]);
  out[k++] = hashFeature(71, T[s0l], label[s0l]);
  out[k++] = hashFeature(72, W[s0r]);
  out[k++] = hashFeature(73, T[s0r], label[s0r]);
  out[k++] = hashFeature(74, W[b0l]);
  out[k++] = hashFeature(75, T[b0l], label[b0l]);
  out[k++] = hashFeature(76, T[s1r], label[s1r]);
  out[k++] = hashFeature(77, T[s1l], label[s1l]);
  out[k++] = hashFeature(78, T[s0], label[s0l], label[s0l2]);
  out[k++] = hashFeature(79, T[s0], label[s0r], label[s0r2]);
  out[k++] = hashFeature(80, T[b0], label[b0l], label[b0l2]);
  out[k++] = hashFeature(81, T[s0], T[s0l], T[s0l2]);
  out[k++] = hashFeature(82, T[s0], T[s0r], T[s0r2]);
  out[k++] = hashFeature(83, T[b0], T[b0l], T[b0l2]);
  if (!rich) return k;
  // Label sets (Zhang & Nivre 2011).
  out[k++] = hashFeature(90, W[s0], lsR0[s0], lsR1[s0]);
  out[k++] = hashFeature(91, T[s0], lsR0[s0], lsR1[s0]);
  out[k++] = hashFeature(92, W[s0], lsL0[s0], lsL1[s0]);
  out[k++] = hashFeature(93, T[s0], lsL0[s0], lsL1[s0]);
  out[k++] = hashFeature(94, W[b0], lsL0[b0], lsL1[b0]);
  out[k++] = hashFeature(95, T[b0], lsL0[b0], lsL1[b0]);
  out[k++] = hashFeature(96, T[s1], lsR0[s1], lsR1[s1]);
  out[k++] = hashFeature(97, T[s1], lsL0[s1], lsL1[s1]);
  // Second children (third order).
  out[k++] = hashFeature(100, W[s0l2]);
  out[k++] = hashFeature(101, T[s0l2], label[s0l2]);
  out[k++] = hashFeature(102, W[s0r2]);
  out[k++] = hashFeature(103, T[s0r2], label[s0r2]);
  out[k++] = hashFeature(104, W[b0l2]);
  out[k++] = hashFeature(105, T[b0l2], label[b0l2]);
  out[k++] = hashFeature(106, W[s0], W[b0], dist);
  out[k++] = hashFeature(107, W[b2]);
  out[k++] = hashFeature(108, W[s2], T[s2]);
  out[k++] = hashFeature(109, (T[s1] << 8) | T[s0], T[b0], T[b1]);
  out[k++] = hashFeature(110, T[s0], T[b0], label[s0l]);
  out[k++] = hashFeature(111, T[s0], T[b0], label[b0l]);
  // Word clusters: coarse (4 bits), medium (6) and full bit strings (Koo et al. 2008).
  out[k++] = hashFeature(120, C4[s0]);
  out[k++] = hashFeature(121, C6[s0]);
  out[k++] = hashFeature(122, CF[s0]);
  out[k++] = hashFeature(123, C4[b0]);
  out[k++] = hashFeature(124, C6[b0]);
  out[k++] = hashFeature(125, CF[b0]);
  out[k++] = hashFeature(126, C6[s1]);
  out[k++] = hashFeature(127, CF[s1]);
  out[k++] = hashFeature(128, C6[b1]);
  out[k++] = hashFeature(129, CF[b1]);
  out[k++] = hashFeature(130, C6[s0], C6[b0]);
  out[k++] = hashFeature(131, CF[s0], T[b0]);
  out[k++] = hashFeature(132, T[s0], CF[b0]);
  out[k++] = hashFeature(133, C4[s1], C4[s0], C4[b0]);
  out[k++] = hashFeature(134, C6[s1], T[s0]);
  out[k++] = hashFeature(135, T[s1], C6[s0]);
  out[k++] = hashFeature(136, C4[s0], C4[b0], T[b1]);
  return k;
}

/** Features for labelling the arc head → dep (direction folded into every template). */
function labelFeatures(st: State, h: number, d: number, out: Int32Array, rich: boolean): number {
  const { W, T, U, L, C6, CF, label, lc1, rc1, nl, nr } = st;
  const none = st.n + 1;
  const dir = d < h ? 1 : 2;
  const dist = h === st.n ? 0 : Math.min(Math.abs(h - d), 8);
  let k = 0;
  out[k++] = hashFeature(0 * 4 + dir, 0);
  out[k++] = hashFeature(1 * 4 + dir, W[d]);
  out[k++] = hashFeature(2 * 4 + dir, T[d]);
  out[k++] = hashFeature(3 * 4 + dir, L[d]);
  out[k++] = hashFeature(4 * 4 + dir, W[h]);
  out[k++] = hashFeature(5 * 4 + dir, T[h]);
  out[k++] = hashFeature(6 * 4 + dir, L[h]);
  out[k++] = hashFeature(7 * 4 + dir, T[h], T[d]);
  out[k++] = hashFeature(8 * 4 + dir, W[h], T[d]);
  out[k++] = hashFeature(9 * 4 + dir, T[h], W[d]);
  out[k++] = hashFeature(10 * 4 + dir, L[h], L[d]);
  out[k++] = hashFeature(11 * 4 + dir, U[h], U[d], dist);
  out[k++] = hashFeature(12 * 4 + dir, T[d], label[lc1[d]]);
  out[k++] = hashFeature(13 * 4 + dir, T[d], label[rc1[d]]);
  out[k++] = hashFeature(14 * 4 + dir, T[d], nl[d], nr[d]);
  out[k++] = hashFeature(15 * 4 + dir, T[h], label[lc1[h]], label[rc1[h]]);
  out[k++] = hashFeature(16 * 4 + dir, T[d], W[lc1[d]]);
  out[k++] = hashFeature(17 * 4 + dir, T[d], W[rc1[d]]);
  out[k++] = hashFeature(18 * 4 + dir, T[d], T[lc1[d]], T[rc1[d]]);
  out[k++] = hashFeature(19 * 4 + dir, U[d], T[d + 1 < none ? d + 1 : none]);
  out[k++] = hashFeature(20 * 4 + dir, U[d], d > 0 ? T[d - 1] : NONE_ATOM);
  out[k++] = hashFeature(21 * 4 + dir, T[h], T[d], dist);
  out[k++] = hashFeature(22 * 4 + dir, h === st.n ? 1 : 0, T[d]);
  if (!rich) return k;
  out[k++] = hashFeature(23 * 4 + dir, CF[d]);
  out[k++] = hashFeature(24 * 4 + dir, CF[h]);
  out[k++] = hashFeature(25 * 4 + dir, C6[h], C6[d]);
  out[k++] = hashFeature(26 * 4 + dir, T[h], CF[d]);
  out[k++] = hashFeature(27 * 4 + dir, CF[h], T[d]);
  return k;
}

function best(scores: ArrayLike<number>, mask: number): number {
  let m = -1;
  for (let t = 0; t < 3; t++) if (mask & (1 << t) && (m < 0 || scores[t] > scores[m])) m = t;
  return m;
}

function indexOf(tags: readonly string[]): Map<string, number> {
  return new Map(tags.map((t, i) => [t, i]));
}

/** Per-parser lookups and scratch buffers, made once so parsing allocates nothing per move. */
interface Runtime {
  xpos: Map<string, number>;
  upos: Map<string, number>;
  feats: Int32Array;
  lfeats: Int32Array;
  scores: Float32Array;
  labelScores: Float32Array;
}

const runtimes = new WeakMap<DepParser, Runtime>();

function runtime(parser: DepParser): Runtime {
  let rt = runtimes.get(parser);
  if (!rt)
    runtimes.set(
      parser,
      (rt = {
        xpos: indexOf(parser.xpos),
        upos: indexOf(parser.upos),
        feats: new Int32Array(MOVE_FEATURES + 8),
        lfeats: new Int32Array(LABEL_FEATURES),
        scores: new Float32Array(3),
        labelScores: new Float32Array(parser.labels.length),
      }),
    );
  return rt;
}

/** Parses one tagged sentence. */
export function parseSentence(input: ParseInput, parser: DepParser): ParseResult {
  const rt = runtime(parser);
  const st = new State(input, rt.xpos, rt.upos, parser.clusters);
  const rich = parser.features === 2;
  const { feats, lfeats, scores } = rt;
  const ls = rt.labelScores;
  const Lw = parser.labels.length;
  while (!st.done) {
    const valid = st.valid();
    // Three stores: TypedArray.prototype.fill's call costs more than the work here.
    scores[0] = scores[1] = scores[2] = 0;
    // A forced move (one legal choice) needs no scoring: its margin is 0 either way.
    const forced = (valid & (valid - 1)) === 0;
    if (!forced) parser.moves.score(feats, moveFeatures(st, feats, rich), scores);
    const move = forced ? 31 - Math.clz32(valid) : best(scores, valid);
    let lab = -1;
    if (move !== SHIFT) {
      const h = st.arcHead(move);
      const d = st.stack[st.sp - 1];
      let other = -Infinity;
      for (let t = 0; t < 3; t++) if (t !== move && valid & (1 << t) && scores[t] > other) other = scores[t];
      st.margin[d] = other === -Infinity ? 0 : scores[move] - other;
      ls.fill(0);
      parser.labeller.score(lfeats, labelFeatures(st, h, d, lfeats, rich), ls);
      lab = 0;
      for (let t = 1; t < Lw; t++) if (ls[t] > ls[lab]) lab = t;
    }
    st.apply(move, lab);
  }
  const n = st.n;
  const head = new Int32Array(n);
  const label = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    head[i] = st.head[i] === n ? -1 : st.head[i];
    label[i] = st.head[i] === n ? "root" : parser.labels[st.label[i]];
  }
  return { head, label, margin: st.margin };
}

// ---------------------------------------------------------------- training

export interface ParserTrainingSentence extends ParseInput {
  /** Gold heads: 0 = root, else 1-based (CoNLL-U). */
  head: readonly number[];
  deprel: readonly string[];
}

/** True when no two arcs cross (root arc included). */
export function isProjective(heads: readonly number[]): boolean {
  const n = heads.length;
  for (let i = 0; i < n; i++) {
    const h = heads[i] === 0 ? n : heads[i] - 1;
    const a = Math.min(i, h);
    const b = Math.max(i, h);
    for (let j = a + 1; j < b; j++) {
      // Every word between a dependent and its head must descend from that head.
      let k = j;
      let steps = 0;
      while (k !== h && k !== n && steps++ <= n) k = heads[k] === 0 ? n : heads[k] - 1;
      if (k !== h) return false;
    }
  }
  return true;
}

/** Dynamic-oracle costs of the three moves (Goldberg & Nivre 2013, arc-hybrid); gold[i] in 0..n (n = root). */
function moveCosts(st: State, gold: Int32Array, valid: number, costs: Int32Array): void {
  const { stack, sp, b, n } = st;
  costs.fill(1 << 20);
  if (valid & (1 << SHIFT)) {
    let c = 0;
    for (let k = 0; k < sp; k++) {
      const x = stack[k];
      if (gold[x] === b) c++;
      if (gold[b] === x && k < sp - 1) c++;
    }
    costs[SHIFT] = c;
  }
  if (sp >= 1) {
    const s0 = stack[sp - 1];
    let children = 0;
    for (let k = b; k < n; k++) if (gold[k] === s0) children++;
    if (valid & (1 << LEFT)) {
      const g = gold[s0];
      const lost = g !== b && ((sp >= 2 && g === stack[sp - 2]) || g > b) ? 1 : 0;
      costs[LEFT] = lost + children;
    }
    if (valid & (1 << RIGHT)) {
      const g = gold[s0];
      costs[RIGHT] = (g !== stack[sp - 2] && g >= b ? 1 : 0) + children;
    }
  }
}

export interface ParserTrainingOptions {
  epochs: number;
  /** Feature templates (default 2); clusters are used only by set 2. */
  features?: ParserFeatures;
  clusters?: ClusterMap;
  log?: (msg: string) => void;
  /** Called after each epoch with the averaged model so far (learning curves). */
  onEpoch?: (epoch: number, parser: DepParser) => void;
}

function averagedParser(
  features: ParserFeatures,
  tags: { xpos: string[]; upos: string[] },
  labels: string[],
  clusters: ClusterMap,
  moves: AveragedPerceptron<number>,
  labeller: AveragedPerceptron<number>,
): DepParser {
  return {
    xpos: tags.xpos,
    upos: tags.upos,
    labels,
    moves: HashedWeights.fromAveraged(3, moves.averaged()),
    labeller: HashedWeights.fromAveraged(labels.length, labeller.averaged()),
    clusters,
    features,
  };
}

export function trainParser(
  data: readonly ParserTrainingSentence[],
  tags: { xpos: string[]; upos: string[] },
  opts: ParserTrainingOptions,
): DepParser {
  const { epochs, log = () => {}, features = 2 } = opts;
  const rich = features === 2;
  const clusters = rich ? (opts.clusters ?? new Map<string, string>()) : new Map<string, string>();
  const labelIndex = new Map<string, number>();
  for (const s of data)
    for (const r of s.deprel) if (r !== "root" && !labelIndex.has(r)) labelIndex.set(r, labelIndex.size);
  const labels = [...labelIndex.keys()];
  const usable = data.filter((s) => isProjective(s.head));
  log(`parser: ${usable.length} projective training trees, ${data.length - usable.length} non-projective skipped`);
  const moves = new AveragedPerceptron<number>(MOVES);
  const labeller = new AveragedPerceptron<number>(labels);
  const xi = indexOf(tags.xpos);
  const ui = indexOf(tags.upos);
  const feats = new Int32Array(MOVE_FEATURES + 8);
  const lfeats = new Int32Array(LABEL_FEATURES);
  const scores = new Float64Array(3);
  const ls = new Float64Array(labels.length);
  const costs = new Int32Array(3);
  for (let e = 0; e < epochs; e++) {
    let right = 0;
    let total = 0;
    let labRight = 0;
    for (const s of shuffled(usable, 101 + e)) {
      const st = new State(s, xi, ui, clusters);
      const n = st.n;
      const gold = new Int32Array(n + 2).fill(-1);
      for (let i = 0; i < n; i++) gold[i] = s.head[i] === 0 ? n : s.head[i] - 1;
      while (!st.done) {
        const valid = st.valid();
        scores.fill(0);
        const k = moveFeatures(st, feats, rich);
        moves.score(feats, scores, k);
        const guess = best(scores, valid);
        moveCosts(st, gold, valid, costs);
        let minCost = 1 << 20;
        for (let t = 0; t < 3; t++) if (valid & (1 << t) && costs[t] < minCost) minCost = costs[t];
        let goldMask = 0;
        for (let t = 0; t < 3; t++) if (valid & (1 << t) && costs[t] === minCost) goldMask |= 1 << t;
        const truth = best(scores, goldMask);
        moves.update(feats, truth, guess, k);
        // First epoch follows the oracle; later ones follow the model's own (possibly wrong) choices (following
        // the oracle with probability 0.1 from epoch 3 on was tried: −0.15 UAS, see docs/syntax.md).
        const move = e === 0 ? truth : guess;
        let lab = -1;
        if (move !== SHIFT) {
          const h = st.arcHead(move);
          const d = st.stack[st.sp - 1];
          ls.fill(0);
          const lk = labelFeatures(st, h, d, lfeats, rich);
          labeller.score(lfeats, ls, lk);
          lab = 0;
          for (let t = 1; t < labels.length; t++) if (ls[t] > ls[lab]) lab = t;
          if (h === gold[d]) {
            total++;
            if (h !== n) {
              const g = labelIndex.get(s.deprel[d])!;
              labeller.update(lfeats, g, lab, lk);
              if (g === lab) labRight++;
            }
          }
        }
        if (move === guess && goldMask & (1 << guess)) right++;
        st.apply(move, lab);
      }
    }
    log(
      `parser epoch ${e + 1}/${epochs}: oracle-agreeing moves ${right}, correct arcs ${total}, labels right ${labRight}`,
    );
    if (opts.onEpoch && e < epochs - 1)
      opts.onEpoch(e + 1, averagedParser(features, tags, labels, clusters, moves, labeller));
  }
  return averagedParser(features, tags, labels, clusters, moves, labeller);
}
