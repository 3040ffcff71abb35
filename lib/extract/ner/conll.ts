/**
 * CoNLL-2003 reading and detokenisation. Training (scripts/train-ner.ts) and evaluation (bench/eval-ner.ts) both
 * read the shared `token TAG` files through this module, so the two always see the data the same way.
 */

export interface ConllSentence {
  tokens: string[];
  /** IOB2 tags (B-PER, I-ORG, O, ...). */
  tags: string[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

/** Parses `token TAG` lines; blank lines end sentences, `-DOCSTART-` starts a document. IOB1 is turned into IOB2. */
export function parseConll(source: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument | null = null;
  let sentence: ConllSentence = { tokens: [], tags: [] };
  const flush = () => {
    if (sentence.tokens.length > 0) {
      if (!doc) {
        doc = { sentences: [] };
        docs.push(doc);
      }
      sentence.tags = toIob2(sentence.tags);
      doc.sentences.push(sentence);
    }
    sentence = { tokens: [], tags: [] };
  };
  for (const raw of source.split("\n")) {
    const line = raw.trim();
    if (line === "") {
      flush();
      continue;
    }
    const parts = line.split(/\s+/);
    if (parts[0] === "-DOCSTART-") {
      flush();
      doc = { sentences: [] };
      docs.push(doc);
      continue;
    }
    if (parts.length < 2) throw new Error(`CoNLL: expected "token TAG" but got "${line}"`);
    sentence.tokens.push(parts[0]);
    sentence.tags.push(parts[parts.length - 1]);
  }
  flush();
  return docs.filter((d) => d.sentences.length > 0);
}

/** IOB1 allows I- at the start of an entity; IOB2 always starts with B-. */
export function toIob2(tags: string[]): string[] {
  const out = tags.slice();
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    if (t.startsWith("I-")) {
      const prev = i > 0 ? out[i - 1] : "O";
      if (prev === "O" || prev.slice(2) !== t.slice(2)) out[i] = "B-" + t.slice(2);
    }
  }
  return out;
}

export interface DetokenisedDocument {
  text: string;
  /** Character offsets of every token in `text`, per sentence. */
  offsets: { start: number; end: number }[][];
}

const NO_SPACE_BEFORE = new Set([".", ",", ";", ":", "!", "?", ")", "]", "}", "'s", "'S", "n't", "%", "'"]);
const NO_SPACE_AFTER = new Set(["(", "[", "{", "$"]);

/**
 * Rebuilds plausible running text from CoNLL tokens: one sentence per line, punctuation attached the way news
 * prints it. Straight double quotes alternate between opening and closing.
 */
export function detokenise(doc: ConllDocument): DetokenisedDocument {
  let text = "";
  const offsets: { start: number; end: number }[][] = [];
  for (const s of doc.sentences) {
    if (text.length > 0) text += "\n";
    const sentOffsets: { start: number; end: number }[] = [];
    let quoteOpen = false;
    let prev = "";
    for (let i = 0; i < s.tokens.length; i++) {
      const tok = s.tokens[i];
      let space = i > 0;
      if (NO_SPACE_BEFORE.has(tok) || NO_SPACE_AFTER.has(prev)) space = false;
      if (tok === '"') {
        if (quoteOpen) space = false;
        quoteOpen = !quoteOpen;
      } else if (prev === '"' && quoteOpen) space = false;
      if (space) text += " ";
      sentOffsets.push({ start: text.length, end: text.length + tok.length });
      text += tok;
      prev = tok;
    }
    offsets.push(sentOffsets);
  }
  return { text, offsets };
}

export interface TypedSpan {
  type: string;
  /** Token indices, end exclusive. */
  start: number;
  end: number;
}

/** Turns IOB2 tags into typed spans (a stray I- opens a new span, as IOB1 readers do). */
export function tagsToSpans(tags: ArrayLike<string>): TypedSpan[] {
  const spans: TypedSpan[] = [];
  let cur: TypedSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === "O") {
      cur = null;
      continue;
    }
    const type = t.slice(2);
    if (t.startsWith("B-") || !cur || cur.type !== type) {
      cur = { type, start: i, end: i + 1 };
      spans.push(cur);
    } else cur.end = i + 1;
  }
  return spans;
}
