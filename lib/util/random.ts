/**
 * Seeded pseudo-random numbers for tools that must be reproducible (synthetic bench data, training shuffles).
 * Not for anything security-related.
 */

/** mulberry32: a small, fast 32-bit PRNG; the same seed always gives the same sequence of floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
