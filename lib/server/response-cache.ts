/**
 * The API's response cache: finished JSON answers (and their gzip / brotli encodings, made on first demand) keyed
 * by the normalised request, each tagged with the graph generation it was computed at (lib/neo4j/generation.ts).
 * An entry of another generation is never served: a write anywhere bumps the generation, so it invalidates every
 * answer at once. Bounded by bytes (body plus encodings plus key), least recently used out first; an answer larger
 * than a quarter of the budget is served but not kept. Pure: no I/O, the HTTP side is app/api/_lib/cached.ts.
 */
import { createHash } from "node:crypto";
import { brotliCompressSync, constants as zlibConstants, gzipSync } from "node:zlib";

export type Encoding = "br" | "gzip";

/** A finished answer: the JSON bytes, a validator, and the encodings made so far. */
export class CachedBody {
  readonly etag: string;
  private readonly encoded = new Map<Encoding, Buffer>();
  /** Called with the bytes an encoding added, so the cache can account for it. */
  onGrow: ((bytes: number) => void) | null = null;

  constructor(readonly body: Buffer) {
    // Weak: the same JSON in any content coding (If-None-Match compares weakly, RFC 9110 §13.1.2).
    this.etag = `W/"${createHash("sha1").update(body).digest("base64url").slice(0, 22)}"`;
  }

  get bytes(): number {
    let n = this.body.length;
    for (const b of this.encoded.values()) n += b.length;
    return n;
  }

  /** The body in `encoding`, compressed once and kept. */
  encode(encoding: Encoding): Buffer {
    let out = this.encoded.get(encoding);
    if (!out) {
      out = encoding === "br" ? brotli(this.body) : gzipSync(this.body, { level: 6 });
      this.encoded.set(encoding, out);
      this.onGrow?.(out.length);
    }
    return out;
  }
}

/** Brotli at quality 5: within a few per cent of gzip's CPU here and 20–30 % smaller on our JSON. */
function brotli(body: Buffer): Buffer {
  return brotliCompressSync(body, {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: 5,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
      [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
    },
  });
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
    value.onGrow = (added) => {
      if (this.entries.get(key) !== entry) return;
      entry.bytes += added;
      this.bytes += added;
      this.evict();
    };
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
    entry.value.onGrow = null;
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(key, entry);
      this.counters.evictions++;
    }
  }
}
