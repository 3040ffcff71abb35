/**
 * The API's response cache: finished JSON answers keyed by the normalised request, each tagged with the graph generation it was computed at (lib/neo4j/generation.ts).
 * An entry of another generation is never served: a write anywhere bumps the generation, so it invalidates every
 * answer at once. Bounded by bytes (body plus key), least recently used out first; an answer larger
 * than a quarter of the budget is served but not kept. Pure: no I/O, the HTTP side is app/api/_lib/cached.ts.
 */
import { createHash } from "node:crypto";

/** A finished answer: the JSON bytes and a validator. */
export class CachedBody {
  readonly etag: string;

  constructor(readonly body: Buffer) {
    // Weak: If-None-Match compares weakly (RFC 9110 §13.1.2), and a proxy may re-encode the body.
    this.etag = `W/"${createHash("sha1").update(body).digest("base64url").slice(0, 22)}"`;
  }

  get bytes(): number {
    return this.body.length;
  }
}

interface Entry {
  generation: string;
  value: CachedBody;
  bytes: number;
}

/** Bookkeeping per entry beyond its bytes (Map slot, objects). */
const ENTRY_OVERHEAD = 256;

export interface CacheStats {
  entries: number;
  bytes: number;
  maxBytes: number;
  hits: number;
  misses: number;
  evictions: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private generation: string | null = null;
  private readonly counters = { hits: 0, misses: 0, evictions: 0 };

  constructor(readonly maxBytes: number) {}

  /** The answer stored for `key` at `generation`, or undefined (an entry of another generation is dropped). */
  get(key: string, generation: string): CachedBody | undefined {
    this.observe(generation);
    const entry = this.entries.get(key);
    if (!entry || entry.generation !== generation) {
      if (entry) this.remove(key, entry);
      this.counters.misses++;
      return undefined;
    }
    // Most recently used last: Map keeps insertion order, so re-inserting moves it to the end.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.counters.hits++;
    return entry.value;
  }

  /** Stores `value` for `key` at `generation` (unless too large for the budget); evicts the least recently used. */
  set(key: string, generation: string, value: CachedBody): void {
    // An answer computed at a generation other than the newest seen (a write came in meanwhile) is not kept.
    if (generation !== this.generation) return;
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    const entry: Entry = { generation, value, bytes: value.bytes + key.length * 2 + ENTRY_OVERHEAD };
    if (entry.bytes > this.maxBytes / 4) return;
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    this.evict();
  }

  stats(): CacheStats {
    return { entries: this.entries.size, bytes: this.bytes, maxBytes: this.maxBytes, ...this.counters };
  }

  clear(): void {
    for (const [key, entry] of this.entries) this.remove(key, entry);
  }

  /** A new generation makes every stored answer unreachable: free them now rather than one miss at a time. */
  private observe(generation: string): void {
    if (generation === this.generation) return;
    this.clear();
    this.generation = generation;
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(key, entry);
      this.counters.evictions++;
    }
  }
}
