/**
 * Averaged multi-class perceptron used for training (Collins 2002; the lazy-averaging trick keeps each update
 * O(features)). `toTagger` freezes the averaged weights into the NerTagger that decoding uses.
 */
import type { Scorer } from "./decode";
import type { ClusterMap } from "./clusters";
import type { CasingLexicon } from "./features";
import type { NerTagger } from "./model";

export class AveragedPerceptron implements Scorer {
  readonly index = new Map<string, number>();
  private w = new Float64Array(0);
  private totals = new Float64Array(0);
  private stamps = new Int32Array(0);
  private rows = 0;
  /** Number of decisions seen so far (the averaging clock). */
  clock = 0;

  constructor(readonly tags: string[]) {}

  score(features: string[], out: Float64Array): void {
    const T = this.tags.length;
    const w = this.w;
    for (const f of features) {
      const r = this.index.get(f);
      if (r === undefined) continue;
      const base = r * T;
      for (let t = 0; t < T; t++) out[t] += w[base + t];
    }
  }

  private row(f: string): number {
    let r = this.index.get(f);
    if (r !== undefined) return r;
    r = this.rows++;
    this.index.set(f, r);
    const T = this.tags.length;
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

  /** One decision: moves weight from the guessed tag to the true tag when they differ. */
  update(features: string[], truth: number, guess: number): void {
    this.clock++;
    if (truth === guess) return;
    const T = this.tags.length;
    for (const f of features) {
      const base = this.row(f) * T;
      this.bump(base + truth, 1);
      this.bump(base + guess, -1);
    }
  }

  /** The averaged weights as a tagger (the raw weights are left untouched). */
  toTagger(
    casing: CasingLexicon,
    passes: number,
    names: Record<string, string[]> = {},
    clusters: ClusterMap = new Map(),
  ): NerTagger {
    const T = this.tags.length;
    const n = this.rows * T;
    const weights = new Float32Array(n);
    const c = Math.max(1, this.clock);
    for (let i = 0; i < n; i++) weights[i] = (this.totals[i] + (this.clock - this.stamps[i]) * this.w[i]) / c;
    return { tags: this.tags, passes, casing, clusters, names, index: new Map(this.index), weights };
  }
}
