/**
 * The project's one averaged multi-class perceptron (Collins 2002), shared by the NER tagger (string features)
 * and the syntax layer (hashed integer features). Lazy averaging keeps each update O(features × 2): every
 * weight remembers when it last changed, and its running total is brought up to date only when it changes
 * again or when the averages are read. Arithmetic is in Float64 so training is exactly reproducible.
 */

export class AveragedPerceptron<K = string> {
  readonly index = new Map<K, number>();
  private w = new Float64Array(0);
  private totals = new Float64Array(0);
  private stamps = new Int32Array(0);
  private rows = 0;
  /** Number of decisions seen so far (the averaging clock). */
  clock = 0;
  /** Row length: the number of classes. */
  readonly width: number;

  constructor(readonly tags: string[]) {
    this.width = tags.length;
  }

  /** Adds the current (not averaged) weights of `features` to `out` (length = width). */
  score(features: ArrayLike<K>, out: Float64Array, count = features.length): void {
    const T = this.width;
    const w = this.w;
    for (let k = 0; k < count; k++) {
      const r = this.index.get(features[k]);
      if (r === undefined) continue;
      const base = r * T;
      for (let t = 0; t < T; t++) out[t] += w[base + t];
    }
  }

  private row(f: K): number {
    let r = this.index.get(f);
    if (r !== undefined) return r;
    r = this.rows++;
    this.index.set(f, r);
    const T = this.width;
    if (this.rows * T > this.w.length) {
      const cap = Math.max(1024, this.w.length * 2);
      const grow = <A extends Float64Array | Int32Array>(a: A, make: (n: number) => A): A => {
        const b = make(cap);
        b.set(a);
        return b;
      };
      this.w = grow(this.w, (n) => new Float64Array(n));
      this.totals = grow(this.totals, (n) => new Float64Array(n));
      this.stamps = grow(this.stamps, (n) => new Int32Array(n));
    }
    return r;
  }

  private bump(idx: number, delta: number): void {
    this.totals[idx] += (this.clock - this.stamps[idx]) * this.w[idx];
    this.stamps[idx] = this.clock;
    this.w[idx] += delta;
  }

  /** One decision: moves weight from the guessed class to the true class when they differ. */
  update(features: ArrayLike<K>, truth: number, guess: number, count = features.length): void {
    this.clock++;
    if (truth === guess) return;
    const T = this.width;
    for (let k = 0; k < count; k++) {
      const base = this.row(features[k]) * T;
      this.bump(base + truth, 1);
      this.bump(base + guess, -1);
    }
  }

  /** Advances the averaging clock without an update (a decision that needed none, scored elsewhere). */
  tick(): void {
    this.clock++;
  }

  /** The averaged weights, row r of the index at [r*width, (r+1)*width); the raw weights are left untouched. */
  averaged(): { index: Map<K, number>; weights: Float32Array } {
    const n = this.rows * this.width;
    const weights = new Float32Array(n);
    const c = Math.max(1, this.clock);
    for (let i = 0; i < n; i++) weights[i] = (this.totals[i] + (this.clock - this.stamps[i]) * this.w[i]) / c;
    return { index: new Map(this.index), weights };
  }
}

/** 32-bit feature hashing without strings: a template id mixed with up to three integer atoms (murmur3 fmix). */
export function hashFeature(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 1, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca6b);
  h = (h ^ (h >>> 13)) + Math.imul(b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x27d4eb2f) + c;
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h | 0;
}

/** 32-bit FNV-1a of a string (word and affix atoms). Never 0, so 0 can mean "none". */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h === 0 ? 1 : h | 0;
}

/**
 * Frozen weights for hashed integer features: an open-addressing table from feature hash to weight row, laid
 * out so that one feature costs one cache miss. Scoring is memory-bound (a few million rows, far larger than the
 * caches), so the layout matters more than the arithmetic:
 * - narrow tables (≤ 4 classes, the parser's moves) keep the row inside the slot: [key, w0, w1, w2];
 * - wide tables (tagger, arc labeller) keep [key, start, count] in the slot and the row's non-zero classes
 *   interleaved (class, weight) in one array, because most features were only ever updated for a few classes.
 * Key 0 marks an empty slot, so a feature that hashes to 0 lives in its own slot past the table's end.
 * Built from averaged weights; the form decoding reads and the model files store (the file keeps dense rows).
 */
export class HashedWeights {
  private readonly inline: boolean;
  /** Int32 words per slot. */
  private readonly stride: number;
  private readonly mask: number;
  /** The slots as integers (keys, starts, counts) and, over the same memory, as floats (inline weights). */
  private readonly slots: Int32Array;
  private readonly slotW: Float32Array;
  /** Wide tables: interleaved (class, weight bits) pairs; the floats view shares the memory. */
  private readonly entries: Int32Array;
  private readonly entryW: Float32Array;
  /** Word offset of key 0's slot, or -1 when no feature hashes to 0. */
  private readonly zeroSlot: number;
  /** Scratch for score(): the slot of each feature (scoring is synchronous, so one buffer per table is enough). */
  private found = new Int32Array(128);

  /**
   * `weights` is dense, keys.length rows of `width`, each value divided by `scale` (1 for averaged weights; the
   * file's 16-bit values and their scale in decode, so no dense float copy of a mostly-zero table is made); it
   * is not kept.
   */
  constructor(
    readonly width: number,
    readonly keys: Int32Array,
    weights: Float32Array | Int16Array,
    scale = 1,
  ) {
    if (weights.length !== keys.length * width)
      throw new Error("HashedWeights: weight table size does not match keys.");
    this.inline = width <= 4;
    this.stride = this.inline ? 1 + width : 4;
    let cap = 16;
    while (cap < keys.length * 1.5) cap <<= 1;
    this.mask = cap - 1;
    const S = this.stride;
    const buf = new ArrayBuffer((cap + 1) * S * 4);
    this.slots = new Int32Array(buf);
    this.slotW = new Float32Array(buf);
    let nz = 0;
    if (!this.inline) for (let i = 0; i < weights.length; i++) if (weights[i] !== 0) nz++;
    const ebuf = new ArrayBuffer(nz * 8);
    this.entries = new Int32Array(ebuf);
    this.entryW = new Float32Array(ebuf);
    let zeroSlot = -1;
    let j = 0;
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r];
      let p: number;
      if (key === 0) p = zeroSlot = cap * S;
      else {
        let s = (key ^ (key >>> 16)) & this.mask;
        while (this.slots[s * S] !== 0) s = (s + 1) & this.mask;
        p = s * S;
        this.slots[p] = key;
      }
      if (this.inline) {
        for (let t = 0; t < width; t++) this.slotW[p + 1 + t] = weights[r * width + t] / scale;
        continue;
      }
      this.slots[p + 1] = j;
      for (let t = 0; t < width; t++) {
        const v = weights[r * width + t];
        if (v === 0) continue;
        this.entries[2 * j] = t;
        this.entryW[2 * j + 1] = v / scale;
        j++;
      }
      this.slots[p + 2] = j - this.slots[p + 1];
    }
    this.zeroSlot = zeroSlot;
  }

  /** Word offset of a feature's slot, or -1. */
  private find(key: number): number {
    if (key === 0) return this.zeroSlot;
    const slots = this.slots;
    const S = this.stride;
    const mask = this.mask;
    let s = (key ^ (key >>> 16)) & mask;
    for (;;) {
      const k = slots[s * S];
      if (k === key) return s * S;
      if (k === 0) return -1;
      s = (s + 1) & mask;
    }
  }

  /**
   * Adds the weights of features[0..count) to out[0..width). Two passes: every feature's slot is found first,
   * then the rows are added in feature order (the same additions as one pass, so the same scores). The probes
   * of the first pass do not wait on each other's cache misses, which is most of the cost on tables this size.
   */
  score(features: Int32Array, count: number, out: Float32Array | Float64Array): void {
    if (this.found.length < count) this.found = new Int32Array(count);
    const found = this.found;
    for (let k = 0; k < count; k++) found[k] = this.find(features[k]);
    const W = this.width;
    if (this.inline) {
      const w = this.slotW;
      if (W === 3) {
        let a = 0;
        let b = 0;
        let c = 0;
        for (let k = 0; k < count; k++) {
          const p = found[k];
          if (p < 0) continue;
          a += w[p + 1];
          b += w[p + 2];
          c += w[p + 3];
        }
        out[0] += a;
        out[1] += b;
        out[2] += c;
        return;
      }
      for (let k = 0; k < count; k++) {
        const p = found[k];
        if (p < 0) continue;
        for (let t = 0; t < W; t++) out[t] += w[p + 1 + t];
      }
      return;
    }
    const slots = this.slots;
    const cls = this.entries;
    const vals = this.entryW;
    for (let k = 0; k < count; k++) {
      const p = found[k];
      if (p < 0) continue;
      const end = 2 * (slots[p + 1] + slots[p + 2]);
      for (let e = 2 * slots[p + 1]; e < end; e += 2) out[cls[e]] += vals[e + 1];
    }
  }

  /** The dense weights (rows of `width`, in key order), e.g. for saving. */
  dense(): Float32Array {
    const W = this.width;
    const w = new Float32Array(this.keys.length * W);
    for (let r = 0; r < this.keys.length; r++) {
      const p = this.find(this.keys[r]);
      if (this.inline) {
        for (let t = 0; t < W; t++) w[r * W + t] = this.slotW[p + 1 + t];
        continue;
      }
      const end = 2 * (this.slots[p + 1] + this.slots[p + 2]);
      for (let e = 2 * this.slots[p + 1]; e < end; e += 2) w[r * W + this.entries[e]] = this.entryW[e + 1];
    }
    return w;
  }

  /**
   * From averaged perceptron weights: rows whose weights are all below `threshold` are dropped, and rows are
   * ordered by key so the result (and its file) does not depend on training order.
   */
  static fromAveraged(width: number, avg: { index: Map<number, number>; weights: Float32Array }, threshold = 1e-3) {
    const kept: number[] = [];
    for (const [key, row] of avg.index) {
      for (let t = 0; t < width; t++) {
        if (Math.abs(avg.weights[row * width + t]) >= threshold) {
          kept.push(key);
          break;
        }
      }
    }
    kept.sort((a, b) => a - b);
    const keys = Int32Array.from(kept);
    const weights = new Float32Array(kept.length * width);
    kept.forEach((key, k) => {
      const row = avg.index.get(key)!;
      weights.set(avg.weights.subarray(row * width, (row + 1) * width), k * width);
    });
    return new HashedWeights(width, keys, weights);
  }

  /**
   * Compact bytes: keys as Int32, weights quantised to Int16 with one scale per table (the NER model's scheme).
   * Scoring reads the quantised values back (see decode), so save and reload before comparing parses.
   */
  encode(): Buffer {
    const weights = this.dense();
    let maxAbs = 0;
    for (let i = 0; i < weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(weights[i]));
    const scale = maxAbs > 0 ? 32767 / maxAbs : 1;
    const head = Buffer.alloc(16);
    head.writeUInt32LE(0x48574e47, 0); // "GNWH"
    head.writeUInt32LE(this.width, 4);
    head.writeUInt32LE(this.keys.length, 8);
    head.writeFloatLE(scale, 12);
    const q = new Int16Array(weights.length);
    for (let i = 0; i < q.length; i++) q[i] = Math.round(weights[i] * scale);
    return Buffer.concat([
      head,
      Buffer.from(this.keys.buffer, this.keys.byteOffset, this.keys.byteLength),
      Buffer.from(q.buffer),
    ]);
  }

  /** Reads encode()'s bytes starting at `offset`; returns the table and the offset after it. */
  static decode(buf: Buffer, offset = 0): { table: HashedWeights; next: number } {
    if (buf.length < offset + 16 || buf.readUInt32LE(offset) !== 0x48574e47) {
      throw new Error("HashedWeights: not a weight table (bad magic). Retrain the model.");
    }
    const width = buf.readUInt32LE(offset + 4);
    const n = buf.readUInt32LE(offset + 8);
    const scale = buf.readFloatLE(offset + 12);
    let p = offset + 16;
    const end = p + n * 4 + n * width * 2;
    if (buf.length < end) throw new Error("HashedWeights: truncated weight table. Retrain the model.");
    // Copy into aligned typed arrays (the buffer offset need not be a multiple of 4).
    const keys = new Int32Array(new Uint8Array(buf.subarray(p, p + n * 4)).buffer);
    p += n * 4;
    const q = new Int16Array(new Uint8Array(buf.subarray(p, end)).buffer);
    return { table: new HashedWeights(width, keys, q, scale), next: end };
  }
}
