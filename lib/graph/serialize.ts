/**
 * Canonical graph.json text: same graph → same bytes, whatever order the pipeline produced things in, so the
 * committed graph-data/graph.json diffs cleanly and the golden test can compare byte for byte.
 *
 * Canonical form: keys in the order of lib/graph/types.ts; articles, entities and relations sorted by id; mentions
 * and evidence by (articleId, start, end); aliases, files and sources sorted and de-duplicated; captions keep
 * their order (it is the order in the article). Strings compare by UTF-16 code units, never by locale, so the
 * order does not depend on the machine. Two-space indentation and a final newline.
 */
import type { Article, Entity, Evidence, GraphData, Mention, Relation } from "./types";

export interface SerializeOptions {
  /** Spaces per indentation level; 0 writes one line (for very large graphs). Default 2. */
  indent?: number;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareStrings(a.id, b.id));
}

function bySpan<T extends { articleId: string; start: number; end: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareStrings(a.articleId, b.articleId) || a.start - b.start || a.end - b.end);
}

/** Sorted (by UTF-16 code units), de-duplicated copy. */
export function sortedUnique(items: readonly string[]): string[] {
  return [...new Set(items)].sort(compareStrings);
}

// Each canonical* function rebuilds the object field by field: this fixes the key order and drops any stray
// properties a producer might have attached.
function canonicalArticle(a: Article): Article {
  return {
    id: a.id,
    title: a.title,
    source: a.source,
    date: a.date,
    files: sortedUnique(a.files),
    text: a.text,
    captions: [...a.captions],
  };
}

function canonicalMention(m: Mention): Mention {
  return { articleId: m.articleId, start: m.start, end: m.end, text: m.text };
}

function canonicalEntity(e: Entity): Entity {
  const out: Entity = {
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: sortedUnique(e.aliases),
    mentions: bySpan(e.mentions).map(canonicalMention),
  };
  // Optional: written only when the resolver explained something, so older files keep their bytes.
  if (e.resolution && e.resolution.length > 0) {
    out.resolution = [...e.resolution]
      .map((r) => ({ alias: r.alias, rule: r.rule, via: r.via }))
      .sort((a, b) => (a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0));
  }
  return out;
}

function canonicalEvidence(e: Evidence): Evidence {
  const out: Evidence = { articleId: e.articleId, sentence: e.sentence, start: e.start, end: e.end };
  // Claim status travels with the evidence: who said it, and what a pronoun stood for.
  if (e.attributedTo) out.attributedTo = e.attributedTo;
  if (e.resolved && e.resolved.length > 0)
    out.resolved = [...e.resolved]
      .sort((a, b) => a.start - b.start || a.end - b.end || compareStrings(a.entity, b.entity))
      .map((r) => ({ start: r.start, end: r.end, text: r.text, entity: r.entity }));
  return out;
}

function canonicalRelation(r: Relation): Relation {
  return {
    id: r.id,
    source: r.source,
    target: r.target,
    predicate: r.predicate,
    confidence: r.confidence,
    sources: sortedUnique(r.sources),
    evidence: bySpan(r.evidence).map(canonicalEvidence),
    // A negated statement must stay one: dropping the flag would turn "did not meet" into MET.
    ...(r.negated ? { negated: true as const } : {}),
  };
}

/** The graph in canonical order (a new object; the input is not modified). */
export function canonicalGraph(data: GraphData): GraphData {
  return {
    version: data.version,
    articles: byId(data.articles).map(canonicalArticle),
    entities: byId(data.entities).map(canonicalEntity),
    relations: byId(data.relations).map(canonicalRelation),
  };
}

/** Deterministic graph.json text for `data` (see the header for the canonical form). */
export function serializeGraph(data: GraphData, options: SerializeOptions = {}): string {
  const indent = options.indent ?? 2;
  return JSON.stringify(canonicalGraph(data), null, indent > 0 ? indent : undefined) + "\n";
}
