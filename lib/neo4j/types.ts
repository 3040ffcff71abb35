/**
 * Plain, serialisable shapes returned by the query layer (lib/neo4j). These are what API routes send and what
 * React components receive: no neo4j-driver types (Integer, Node, …) ever cross this boundary.
 */
import type { Article, EntityType, Relation } from "../graph/types";

export interface GraphNode {
  id: string;
  name: string;
  type: EntityType | string;
  aliases: string[];
  mentionCount: number;
  /** Degree in the whole stored graph (number of entity–entity relationships). */
  degree: number;
  /** Other entities mentioned in the same articles (stored, lib/neo4j/degrees.ts); 0 when unknown. */
  coMentionDegree?: number;
}

/** A stored relation as the views get it: graph.json's fields, with a count in place of the evidence list. */
export interface GraphEdge extends Omit<Relation, "evidence"> {
  evidenceCount: number;
  /** Dates of the first and last dated article stating it (ISO), null when none is dated. */
  firstDate?: string | null;
  lastDate?: string | null;
}

export interface SubGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface SearchHit {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  score: number;
}

export interface GraphFilters {
  types?: string[];
  predicates?: string[];
  sources?: string[];
  /** Inclusive ISO dates (YYYY-MM-DD). */
  dateFrom?: string;
  dateTo?: string;
  minConfidence?: number;
  limit?: number;
}

export interface ArticleSummary {
  id: string;
  title: string;
  source: string | null;
  date: string | null;
  /** How many times the entity is mentioned in it (for entity details), else 0. */
  mentionCount: number;
}

export interface RelationSummary {
  id: string;
  predicate: string;
  direction: "out" | "in";
  other: { id: string; name: string; type: string };
  confidence: number;
  sources: string[];
  evidenceCount: number;
}

export interface EntityDetails {
  entity: GraphNode;
  /**
   * Relations grouped by predicate, predicates sorted by name: at most `limits.relations` of them, those with the
   * most evidence (lib/graph/limits.ts ENTITY_RELATIONS_LIMIT).
   */
  relations: { predicate: string; items: RelationSummary[] }[];
  /** Mentioning articles, newest first: at most `limits.articles` (ENTITY_ARTICLES_LIMIT). */
  articles: ArticleSummary[];
  /** How many there are in all (a self-relation counts once per direction, as in `relations`). */
  totals: { relations: number; articles: number };
  /** The bounds this answer was cut to. */
  limits: { relations: number; articles: number };
  /** True when `totals` exceeds what the answer holds: the views say "n more". */
  truncated: { relations: boolean; articles: boolean };
}

export interface EvidenceItem {
  articleId: string;
  articleTitle: string;
  source: string | null;
  date: string | null;
  sentence: string;
  /** Sentence offsets in the article text. */
  start: number;
  end: number;
  /** Mentions of the relation's two entities inside the sentence, offsets relative to the sentence. */
  marks: { start: number; end: number; entityId: string; type: string }[];
  /** Reported speech: who said it. */
  attributedTo?: { id: string; name: string };
  /** Pronouns or descriptions that stood for an endpoint ("he" → Vladimir Putin), offsets relative to the sentence. */
  resolved?: { start: number; end: number; text: string; entityId: string; name: string }[];
}

export interface RelationEvidence {
  relation: GraphEdge & { sourceName: string; targetName: string };
  evidence: EvidenceItem[];
}

export interface ArticleMention {
  entityId: string;
  name: string;
  type: string;
  start: number;
  end: number;
}

export interface ArticleView extends Article {
  mentions: ArticleMention[];
  relations: (GraphEdge & { sourceName: string; targetName: string })[];
}

export interface PathResult {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface CorpusStats {
  articles: number;
  entities: number;
  relations: number;
  statements: number;
  byType: Record<string, number>;
  byPredicate: Record<string, number>;
  sources: string[];
  dateRange: { from: string | null; to: string | null };
}

export interface CypherResult {
  columns: string[];
  rows: Record<string, unknown>[];
  /** True when the row cap (or the response size budget) cut the result. */
  truncated: boolean;
  /** True when a single string or list was cut at its size cap (strings end in "…"). */
  valuesTruncated?: boolean;
  rowCap: number;
  /** Every node/relationship/path found in the rows, flattened to graph elements. */
  graph: {
    nodes: { id: string; labels: string[]; properties: Record<string, unknown> }[];
    edges: { id: string; type: string; source: string; target: string; properties: Record<string, unknown> }[];
  };
  elapsedMs: number;
}

/**
 * The query layer's public surface (implemented in lib/neo4j/read.ts, exported by lib/neo4j/index.ts). API routes depend on this only.
 */
export interface GraphQueries {
  searchEntities(q: string, limit?: number): Promise<SearchHit[]>;
  overview(limit?: number, filters?: GraphFilters): Promise<SubGraph>;
  neighbourhood(id: string, depth?: 1 | 2, limit?: number): Promise<SubGraph>;
  subgraph(filters: GraphFilters): Promise<SubGraph>;
  entityDetails(id: string, limits?: { relations?: number; articles?: number }): Promise<EntityDetails | null>;
  relationEvidence(relationId: string): Promise<RelationEvidence | null>;
  article(id: string): Promise<ArticleView | null>;
  shortestPath(fromId: string, toId: string, maxHops?: number): Promise<PathResult | null>;
  stats(): Promise<CorpusStats>;
  runReadOnlyCypher(
    query: string,
    params?: Record<string, unknown>,
    opts?: { timeoutMs?: number; rowCap?: number },
  ): Promise<CypherResult>;
}
