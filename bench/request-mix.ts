/**
 * The api bench's request paths: drawn at random (seeded) from the whole stored graph, weighted the way readers
 * weight it — an entity by its mentions, a relation by its evidence, articles uniformly — rather than rotating
 * over the 200 busiest ids, which made a response cache look like a one-URL artefact. The share of repeated
 * paths in a run (what a cache can at best answer) follows from the popularity skew and is reported beside the
 * figures. Pure; unit-tested.
 */
import { mulberry32 } from "../lib/util/random";

export interface Weighted {
  id: string;
  weight: number;
}

/** `count` draws from `items` with probability proportional to weight + 1 (so every item can come up). */
export function weightedSample<T extends Weighted>(items: T[], count: number, seed: number): T[] {
  if (items.length === 0) return [];
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) cumulative.push((total += Math.max(0, item.weight) + 1));
  const rand = mulberry32(seed);
  const out: T[] = [];
  for (let i = 0; i < count; i++) {
    const x = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    out.push(items[lo]);
  }
  return out;
}

/** What a user has typed of `name` when the type-ahead fires: 3 characters up to the whole name. */
export function typedPrefix(name: string, rand: () => number): string {
  const chars = [...name];
  if (chars.length <= 3) return name;
  return chars.slice(0, 3 + Math.floor(rand() * (chars.length - 2))).join("");
}

/** Share of requests in `paths` whose path came up before in the sequence. */
export function repeatShare(paths: string[]): number {
  const seen = new Set<string>();
  let repeats = 0;
  for (const p of paths) {
    if (seen.has(p)) repeats++;
    else seen.add(p);
  }
  return paths.length ? repeats / paths.length : 0;
}
