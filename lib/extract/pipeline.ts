/**
 * The extraction pipeline: articles → Docs (sentences, UD tokens, POS tags, lemmas, dependency parse) → entity
 * spans (NER, read from the Doc) → clean name mentions → in-article
 * entities → corpus entities → relations with evidence. Pure and deterministic: no I/O, no clock; the same
 * articles give byte-identical output (everything sorted by id / position). An optional progress callback only
 * observes; it never changes the result.
 */
import type { Article, Entity, Evidence, GraphData, Relation } from "../graph/types";
import { GRAPH_FORMAT_VERSION } from "../graph/types";
import type { Sentence } from "./tokenize";
import { recogniseDocEntities, type NerTagger } from "./ner";
import { nerSentences } from "./ner/retokenise";
import { loadSyntaxModel, tokenise, type Doc, type SyntaxModel } from "./syntax";
import { lookupName } from "./gazetteer";
import { cleanSpans } from "./resolve/clean";
import { linkArticle, type LocalEntity } from "./resolve/link";
import { mergeAcrossArticles } from "./resolve/merge";
import { linkArticle as legacyLinkArticle } from "./resolve/legacy/link";
import { mergeAcrossArticles as legacyMergeAcrossArticles } from "./resolve/legacy/merge";
import { aggregateRelations, type RelMention, type ResolvedCandidate } from "./relations";
import type { SentenceCandidate } from "./relations";
import { relationExtractor, type ArticleInput, type RelationExtractor } from "./relations/extractors";

/** Entity types whose words are proper nouns (a MISC span holds demonyms and titles of works: "British", "Love Will Tear Us Apart"). */
const PROPER_NAME_TYPES = new Set(["PERSON", "ORGANIZATION", "LOCATION"]);

/** The tagger's view of the NER spans: which capitalised words are inside a person's, organisation's or place's name. */
function nameWords(doc: Doc): Uint8Array {
  const marks = new Uint8Array(doc.length);
  for (const e of doc.ents) {
    if (!PROPER_NAME_TYPES.has(e.label)) continue;
    for (let i = e.start; i < e.end; i++) if (/^\p{Lu}/u.test(doc.form[i])) marks[i] = 1;
  }
  return marks;
}

/** One article's share of the work: runs independently per article (in a worker thread, see lib/cli/extract-pool). */
export interface ArticleWork {
  article: Article;
  locals: LocalEntity[];
  candidates: SentenceCandidate[];
}

const COUNTRY_REF = "C:";

/** Per-article stage choices; each defaults as in ExtractOptions. Workers pass the same options as the main thread. */
export type ArticleOptions = Pick<ExtractOptions, "resolver" | "relationExtractor" | "syntax">;

/** What the relation stage of one article sees (its input) and the article's local entities. */
export interface PreparedArticle {
  input: ArticleInput;
  locals: LocalEntity[];
}

/**
 * The stages before relations for one article: Doc, entity spans, clean mentions, in-article entities, and the
 * relation stage's input. Exported so relation training (scripts/train-relations.ts) sees exactly what
 * extraction sees.
 */
export function prepareArticle(article: Article, tagger: NerTagger, options: ArticleOptions = {}): PreparedArticle {
  const syntax: SyntaxModel = options.syntax ?? loadSyntaxModel();
  const resolver: Resolver = options.resolver ?? "precise";
  const text = article.text;
  // One Doc per article: sentences and UD tokens; NER adds its spans (it reads no tags), then the tagger, told
  // which words are names, adds tags and lemmas, and the parser the tree.
  const doc = tokenise(text);
  const spans = recogniseDocEntities(doc, tagger);
  syntax.tag(doc, nameWords(doc));
  syntax.parse(doc);
  const sentences: Sentence[] = nerSentences(doc);
  const { mentions, demonyms } = cleanSpans(text, spans);
  const { entities: locals, entityOf } = (resolver === "legacy" ? legacyLinkArticle : linkArticle)(text, mentions);

  const relMentions: RelMention[] = mentions.map((m, i) => {
    const local = locals[entityOf[i]];
    return {
      start: m.start,
      end: m.end,
      text: m.text,
      type: local.type,
      ref: `L${entityOf[i]}`,
      media: lookupName(local.name)?.kind === "media",
    };
  });
  for (const d of demonyms) {
    relMentions.push({
      start: d.start,
      end: d.end,
      text: d.text,
      type: "LOCATION",
      ref: COUNTRY_REF + d.countries.join("|"),
      demonym: true,
    });
  }
  return { input: { text, sentences, mentions: relMentions, doc }, locals };
}

/** Resolves one article: mentions → local entities, and relation candidates over local references. */
export function processArticle(article: Article, tagger: NerTagger, options: ArticleOptions = {}): ArticleWork {
  const relations: RelationExtractor = relationExtractor(options.relationExtractor);
  const { input, locals } = prepareArticle(article, tagger, options);
  const candidates = relations.extract(input);

  // A country named only by a demonym still needs an entity to point at; the demonyms that stood for it in a
  // relation ("Soviet historian Roy Medvedev") are its mentions there, so the evidence shows what named it.
  const used = new Set<string>();
  for (const c of candidates) {
    for (const ref of [c.source, c.target]) {
      if (!ref.startsWith(COUNTRY_REF) || used.has(ref)) continue;
      used.add(ref);
      const name = ref.slice(COUNTRY_REF.length);
      let local = locals.find((l) => l.key === `g:${name}`);
      if (!local) {
        local = { key: `g:${name}`, name, type: "LOCATION", fixed: true, mentions: [] };
        locals.push(local);
      }
      for (const m of input.mentions)
        if (m.demonym && m.ref === ref && !local.mentions.some((x) => x.start === m.start))
          local.mentions.push({ start: m.start, end: m.end, text: m.text, type: "LOCATION" });
      local.mentions.sort((a, b) => a.start - b.start);
    }
  }
  return { article, locals, candidates };
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The step just finished: one article's tagging, resolution and relation candidates, or a corpus-wide step. */
export type ExtractPhase = "article" | "merge" | "relations";

/** Corpus-wide steps after the per-article ones, in order; each reports once. */
const CORPUS_PHASES: readonly ExtractPhase[] = ["merge", "relations"];

/** "precise": the resolver of docs/extraction.md; "legacy": the one before issue 10, kept for comparison. */
export type Resolver = "precise" | "legacy";

export interface ExtractOptions {
  /** Which resolver links and merges names (default "precise"). */
  resolver?: Resolver;
  /**
   * Called after each article (phase "article") and once after each corpus-wide step. `done` counts finished
   * steps and rises by one per call up to `total` (= articles + corpus-wide steps), so the last call has
   * done === total. Observation only: what it does cannot change the graph.
   */
  onProgress?: (done: number, total: number, phase: ExtractPhase) => void;
  /** Relation extractor id from lib/extract/relations/extractors (default: the registry's default). */
  relationExtractor?: string;
  /** Tagger and parser for the Doc of every article (default: the committed model, read once per process). */
  syntax?: SyntaxModel;
}

/** Steps extractGraph reports for `articleCount` articles (the `total` its onProgress calls carry). */
export function extractSteps(articleCount: number): number {
  return articleCount + CORPUS_PHASES.length;
}

/** The order extraction works and writes articles in (by id), whatever order they were read in. */
export function sortArticles(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => cmpStr(a.id, b.id));
}

export function extractGraph(articles: Article[], tagger: NerTagger, options: ExtractOptions = {}): GraphData {
  const total = extractSteps(articles.length);
  let done = 0;
  const report = (phase: ExtractPhase) => options.onProgress?.(++done, total, phase);

  const sortedArticles = sortArticles(articles);
  const work = sortedArticles.map((a) => {
    const w = processArticle(a, tagger, options);
    report("article");
    return w;
  });
  return assembleGraph(work, { onProgress: (phase) => report(phase), resolver: options.resolver });
}

/**
 * The corpus-wide steps, run once over every article's work (in sortArticles order): merge entities across
 * articles, resolve and aggregate relations. `onProgress` is called once per corpus-wide step.
 */
export function assembleGraph(
  work: readonly ArticleWork[],
  options: {
    onProgress?: (phase: ExtractPhase) => void;
    resolver?: Resolver;
    /** Replaces the cross-article merge (incremental ingest merges with the stored entities, resolve/stored.ts). */
    merge?: typeof mergeAcrossArticles;
  } = {},
): GraphData {
  const report = (phase: ExtractPhase) => options.onProgress?.(phase);
  const sortedArticles = work.map((w) => w.article);
  const merge = options.merge ?? (options.resolver === "legacy" ? legacyMergeAcrossArticles : mergeAcrossArticles);
  const { entities, idOf } = merge(work.map((w) => ({ articleId: w.article.id, entities: w.locals })));
  report("merge");

  const typeOf = new Map(entities.map((e) => [e.id, e.type]));
  const resolved: ResolvedCandidate[] = [];
  work.forEach((w, ai) => {
    const idFor = (ref: string): string | undefined => {
      if (ref.startsWith("L")) return idOf[ai][Number(ref.slice(1))];
      const key = `g:${ref.slice(COUNTRY_REF.length)}`;
      const j = w.locals.findIndex((l) => l.key === key);
      return j >= 0 ? idOf[ai][j] : undefined;
    };
    for (const c of w.candidates) {
      const source = idFor(c.source);
      const target = idFor(c.target);
      if (!source || !target || source === target) continue;
      const relatable = (id: string) => ["PERSON", "ORGANIZATION", "LOCATION", "EVENT"].includes(typeOf.get(id) ?? "");
      if (!relatable(source) || !relatable(target)) continue;
      const evidence: Evidence = {
        articleId: w.article.id,
        sentence: c.sentence.text,
        start: c.sentence.start,
        end: c.sentence.end,
      };
      const speaker = c.attributedTo ? idFor(c.attributedTo) : undefined;
      if (speaker && speaker !== source && speaker !== target) evidence.attributedTo = speaker;
      const spans = (c.resolved ?? []).flatMap((r) => {
        const entity = idFor(r.ref);
        return entity ? [{ start: r.start, end: r.end, text: r.text, entity }] : [];
      });
      if (spans.length) evidence.resolved = spans;
      resolved.push({
        source,
        target,
        predicate: c.predicate,
        confidence: c.confidence,
        symmetric: c.symmetric,
        evidence,
        ...(c.negated ? { negated: true } : {}),
      });
    }
  });
  const outlets = new Map(sortedArticles.map((a) => [a.id, a.source]));
  const relations: Relation[] = aggregateRelations(resolved, (id) => outlets.get(id) ?? null);
  const endpoints = new Set(relations.flatMap((r) => [r.source, r.target]));
  const usedEntities: Entity[] = entities.filter((e) => e.mentions.length > 0 || endpoints.has(e.id));
  report("relations");
  return { version: GRAPH_FORMAT_VERSION, articles: sortedArticles, entities: usedEntities, relations };
}
