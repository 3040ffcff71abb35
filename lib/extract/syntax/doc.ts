/**
 * The annotated document every extraction stage reads and enriches (spaCy's Doc, in TypeScript): the article
 * text, its tokens as parallel arrays (character offsets, form, UPOS, XPOS, lemma, head, dependency label, parse
 * margin), its sentences as token ranges and its entity spans. `Token` and `Span` are light views: they hold
 * only the Doc and an index, so creating them costs nothing and they always show the Doc's current values.
 *
 * Conventions: token indices are document-wide (0 … length-1); `head[i]` is the document index of i's head, or
 * -1 for a sentence root (and before parsing); heads never cross sentence boundaries. Character offsets are into
 * `text`, end exclusive. Tags are UD v2 strings (UPOS, the treebank's PTB-style XPOS, UD relations with
 * subtypes such as "nmod:poss"); "" means "not annotated yet".
 */

/** One entity span over tokens [start, end) with its type (e.g. "PERSON") and optional 0..1 score. */
export interface EntityAnnotation {
  start: number;
  end: number;
  label: string;
  score?: number;
}

/** Word-form knowledge of the syntax model, for stages that second-guess a tag. */
export interface Lexicon {
  /**
   * How the treebank used a lower-cased form: "verb" (with a verb tag at least once), "other" (seen, never as a
   * verb: "giant", "maker", "colleagues"), or undefined (never seen).
   */
  verbUse(form: string): "verb" | "other" | undefined;
}

export class Doc {
  readonly text: string;
  /** Number of tokens. */
  readonly length: number;
  /** Character offsets of each token into `text` (end exclusive). */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Token forms (= text.slice(start, end)). */
  readonly form: string[];
  /** Universal POS tag per token (UD v2), "" until tagged. */
  readonly upos: string[];
  /** Language-specific (PTB) tag per token, "" until tagged. */
  readonly xpos: string[];
  readonly lemma: string[];
  /** Document index of each token's head; -1 for a sentence root or when not parsed. */
  readonly head: Int32Array;
  /** UD relation to the head ("root" for the sentence root), "" until parsed. */
  readonly deprel: string[];
  /** Parser confidence for the token's attachment: chosen move's score minus the best other valid move (≥ 0; 0 when forced). */
  readonly margin: Float32Array;
  /** Sentence i covers tokens [sentStart[i], sentEnd[i]). Sentences are in order and do not overlap. */
  readonly sentStart: Int32Array;
  readonly sentEnd: Int32Array;
  /** Entity spans in token order (set by the NER stage). */
  ents: EntityAnnotation[] = [];
  /** True once a parser has filled head/deprel. */
  parsed = false;
  /** True once a tagger has filled upos/xpos/lemma. */
  tagged = false;
  /** What the tagger's training data says about word forms (set by the tagger; spaCy's `doc.vocab`). */
  lexicon?: Lexicon;

  /**
   * Builds an unannotated Doc from token offsets and sentence token ranges. `sentences` are [firstToken,
   * endToken) pairs; tokens must be in text order and every token must belong to exactly one sentence.
   */
  constructor(
    text: string,
    tokens: ArrayLike<readonly [number, number]>,
    sentences: ArrayLike<readonly [number, number]>,
  ) {
    this.text = text;
    const n = tokens.length;
    this.length = n;
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.form = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const [s, e] = tokens[i];
      if (!(s >= 0 && e > s && e <= text.length) || (i > 0 && s < this.end[i - 1])) {
        throw new Error(`Doc: token ${i} has bad offsets [${s}, ${e}) (text length ${text.length}).`);
      }
      this.start[i] = s;
      this.end[i] = e;
      this.form[i] = text.slice(s, e);
    }
    this.upos = new Array<string>(n).fill("");
    this.xpos = new Array<string>(n).fill("");
    this.lemma = new Array<string>(n).fill("");
    this.deprel = new Array<string>(n).fill("");
    this.head = new Int32Array(n).fill(-1);
    this.margin = new Float32Array(n);
    const S = sentences.length;
    this.sentStart = new Int32Array(S);
    this.sentEnd = new Int32Array(S);
    let expect = 0;
    for (let i = 0; i < S; i++) {
      const [a, b] = sentences[i];
      if (a !== expect || b <= a || b > n) throw new Error(`Doc: sentence ${i} [${a}, ${b}) does not follow on.`);
      this.sentStart[i] = a;
      this.sentEnd[i] = b;
      expect = b;
    }
    if (expect !== n) throw new Error(`Doc: sentences cover ${expect} of ${n} tokens.`);
  }

  /**
   * Builds a Doc over pre-split words (e.g. CoNLL-U gold tokens): words joined by single spaces, sentences by
   * line breaks, one sentence per inner array (empty ones are dropped).
   */
  static fromWords(sentences: readonly (readonly string[])[]): Doc {
    const parts: string[] = [];
    const toks: [number, number][] = [];
    const sents: [number, number][] = [];
    let pos = 0;
    for (const words of sentences) {
      if (words.length === 0) continue;
      const first = toks.length;
      words.forEach((w, k) => {
        if (w.length === 0) throw new Error(`Doc.fromWords: empty word at position ${k} of sentence ${sents.length}.`);
        if (pos > 0) {
          parts.push(k === 0 ? "\n" : " ");
          pos++;
        }
        toks.push([pos, pos + w.length]);
        parts.push(w);
        pos += w.length;
      });
      sents.push([first, toks.length]);
    }
    return new Doc(parts.join(""), toks, sents);
  }

  get sentenceCount(): number {
    return this.sentStart.length;
  }

  token(i: number): Token {
    if (i < 0 || i >= this.length) throw new RangeError(`Doc: no token ${i} (length ${this.length}).`);
    return new Token(this, i);
  }

  *tokens(): IterableIterator<Token> {
    for (let i = 0; i < this.length; i++) yield new Token(this, i);
  }

  /** Sentences as spans (label "SENT"). */
  get sents(): Span[] {
    const out: Span[] = [];
    for (let i = 0; i < this.sentStart.length; i++)
      out.push(new Span(this, this.sentStart[i], this.sentEnd[i], "SENT"));
    return out;
  }

  /** Index of the sentence holding token i (binary search). */
  sentenceOf(i: number): number {
    let lo = 0;
    let hi = this.sentStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sentStart[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Entity spans as views. */
  get entities(): Span[] {
    return this.ents.map((e) => new Span(this, e.start, e.end, e.label));
  }

  /** The token whose characters contain offset `char`, or -1 (offset in whitespace or out of range). */
  tokenAt(char: number): number {
    let lo = 0;
    let hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.end[mid] <= char) lo = mid + 1;
      else if (this.start[mid] > char) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** Tokens [start, end) fully inside characters [charStart, charEnd), as a span, or null when none are. */
  charSpan(charStart: number, charEnd: number, label = ""): Span | null {
    let a = 0;
    while (a < this.length && this.start[a] < charStart) a++;
    let b = a;
    while (b < this.length && this.end[b] <= charEnd) b++;
    return b > a ? new Span(this, a, b, label) : null;
  }

  /** Dependents of token i in text order. */
  children(i: number): number[] {
    const out: number[] = [];
    const s = this.sentenceOf(i);
    for (let k = this.sentStart[s]; k < this.sentEnd[s]; k++) if (this.head[k] === i) out.push(k);
    return out;
  }
}

/** A view of one token. */
export class Token {
  constructor(
    readonly doc: Doc,
    readonly i: number,
  ) {}

  get text(): string {
    return this.doc.form[this.i];
  }
  /** Character offset of the first character. */
  get idx(): number {
    return this.doc.start[this.i];
  }
  get endChar(): number {
    return this.doc.end[this.i];
  }
  get upos(): string {
    return this.doc.upos[this.i];
  }
  get xpos(): string {
    return this.doc.xpos[this.i];
  }
  get lemma(): string {
    return this.doc.lemma[this.i];
  }
  get dep(): string {
    return this.doc.deprel[this.i];
  }
  get margin(): number {
    return this.doc.margin[this.i];
  }
  /** The head token, or null for a root (or an unparsed Doc). */
  get head(): Token | null {
    const h = this.doc.head[this.i];
    return h < 0 ? null : new Token(this.doc, h);
  }
  get children(): Token[] {
    return this.doc.children(this.i).map((k) => new Token(this.doc, k));
  }
  /** Children with a given relation (subtypes match their base: "nsubj" matches "nsubj:pass" too). */
  childrenWith(rel: string): Token[] {
    return this.children.filter((c) => c.dep === rel || c.dep.startsWith(rel + ":"));
  }
  /** The sentence this token is in. */
  get sent(): Span {
    const s = this.doc.sentenceOf(this.i);
    return new Span(this.doc, this.doc.sentStart[s], this.doc.sentEnd[s], "SENT");
  }
  /** The token and all its descendants, as a [first, last] token range (UD trees are mostly projective). */
  get subtree(): Span {
    let lo = this.i;
    let hi = this.i;
    const stack = [this.i];
    while (stack.length) {
      const k = stack.pop()!;
      for (const c of this.doc.children(k)) {
        if (c < lo) lo = c;
        if (c > hi) hi = c;
        stack.push(c);
      }
    }
    return new Span(this.doc, lo, hi + 1, "");
  }
}

/** A view of tokens [start, end) with a label (entity type, "SENT", or ""). */
export class Span {
  constructor(
    readonly doc: Doc,
    readonly start: number,
    readonly end: number,
    readonly label: string,
  ) {}

  get length(): number {
    return this.end - this.start;
  }
  get startChar(): number {
    return this.doc.start[this.start];
  }
  get endChar(): number {
    return this.doc.end[this.end - 1];
  }
  get text(): string {
    return this.doc.text.slice(this.startChar, this.endChar);
  }
  token(k: number): Token {
    return new Token(this.doc, this.start + k);
  }
  get tokens(): Token[] {
    const out: Token[] = [];
    for (let i = this.start; i < this.end; i++) out.push(new Token(this.doc, i));
    return out;
  }
  /** The span's syntactic root: the first token whose head lies outside the span (or is the sentence root). */
  get root(): Token {
    for (let i = this.start; i < this.end; i++) {
      const h = this.doc.head[i];
      if (h < this.start || h >= this.end) return new Token(this.doc, i);
    }
    return new Token(this.doc, this.start);
  }
}
