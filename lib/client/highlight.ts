/**
 * Cuts a text into segments from character-offset spans (entity mentions, evidence marks, a highlighted sentence)
 * so React can render each piece as plain text, marked or not. Never produces HTML. Overlapping spans: the one
 * starting first wins (longest on ties) and later overlapping spans are dropped; out-of-range offsets are clamped
 * and empty spans ignored.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Segment<T extends Span> {
  text: string;
  start: number;
  end: number;
  /** The span covering this segment, if any. */
  span?: T;
  /** True when the segment lies inside the `focus` range (e.g. ?hl=start-end). */
  focus?: boolean;
}

/** Keeps a non-overlapping subset of `spans` within [from, to), clamped, sorted by start. */
export function resolveSpans<T extends Span>(spans: readonly T[], from: number, to: number): T[] {
  const valid = spans
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end))
    .map((s) => ({ s, start: Math.max(from, Math.trunc(s.start)), end: Math.min(to, Math.trunc(s.end)) }))
    .filter((x) => x.start < x.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let cursor = from;
  for (const x of valid) {
    if (x.start < cursor) continue;
    out.push({ ...x.s, start: x.start, end: x.end });
    cursor = x.end;
  }
  return out;
}

/**
 * Segments of text[from, to) (default: whole text). `focus` marks a range; segments are split at its edges.
 */
export function segmentText<T extends Span>(
  text: string,
  spans: readonly T[],
  opts: { from?: number; to?: number; focus?: Span | null } = {},
): Segment<T>[] {
  const from = Math.max(0, Math.min(text.length, opts.from ?? 0));
  const to = Math.max(from, Math.min(text.length, opts.to ?? text.length));
  const resolved = resolveSpans(spans, from, to);
  const cuts = new Set<number>([from, to]);
  for (const s of resolved) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const focus = opts.focus && opts.focus.start < opts.focus.end ? opts.focus : null;
  if (focus) {
    if (focus.start > from && focus.start < to) cuts.add(focus.start);
    if (focus.end > from && focus.end < to) cuts.add(focus.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  let k = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (start === end) continue;
    while (k < resolved.length && resolved[k].end <= start) k++;
    const span = k < resolved.length && resolved[k].start <= start && resolved[k].end >= end ? resolved[k] : undefined;
    const seg: Segment<T> = { text: text.slice(start, end), start, end };
    if (span) seg.span = span;
    if (focus && start >= focus.start && end <= focus.end) seg.focus = true;
    segments.push(seg);
  }
  return segments;
}

/** Paragraph ranges of a text: split on blank lines, surrounding whitespace trimmed, offsets kept. */
export function paragraphRanges(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n[ \t]*\n\s*/g;
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (s < e) out.push({ start: s, end: e });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

/** Parses "?hl=start-end"; null when absent or malformed. */
export function parseHighlight(v: string | string[] | undefined | null): Span | null {
  const s = Array.isArray(v) ? v[0] : v;
  if (!s) return null;
  const m = /^(\d{1,9})-(\d{1,9})$/.exec(s);
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return start < end ? { start, end } : null;
}
