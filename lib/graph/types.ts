/**
 * The graph-data/graph.json format: the contract between the extraction pipeline and everything that reads
 * its output (the Neo4j loader, other tools). Field names are part of the public format; change them only with
 * a version bump. Offsets (`start`/`end`) are UTF-16 code-unit offsets into the article's `text`, end exclusive,
 * so `text.slice(start, end)` gives the mention.
 */

export const GRAPH_FORMAT_VERSION = 1 as const;

/** Entity types, upper case. PERSON/ORGANIZATION/LOCATION are always produced; the rest where cheap. */
export const ENTITY_TYPES = ["PERSON", "ORGANIZATION", "LOCATION", "EVENT", "DATE", "MONEY", "MISC"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Article {
  /** Stable id derived from the article's normalised content (same text → same id across runs). */
  id: string;
  title: string;
  /** Outlet when the text states one ("Al Jazeera", "AFP", "Reuters"), else null. */
  source: string | null;
  /** ISO date (YYYY-MM-DD) when one can be read from the article, else null. */
  date: string | null;
  /** Every input file this article was found in (after de-duplication), relative paths as given. */
  files: string[];
  /** Body text, headline and captions excluded. All offsets point into this string. */
  text: string;
  captions: string[];
}

export interface Mention {
  articleId: string;
  start: number;
  end: number;
  text: string;
}

export interface Entity {
  /** Stable id: type prefix + slug of the canonical name, e.g. "person:vladimir-putin". */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: Mention[];
  /**
   * Optional: why each alias other than `name` joined this entity — the resolver's rule id (see
   * docs/extraction.md) and the form it joined. Sorted by alias. Readers that do not know it may ignore it.
   */
  resolution?: AliasReason[];
}

export interface AliasReason {
  alias: string;
  /** Rule id, e.g. "surname-in-article", "person-nickname", "acronym-defined", "org-short-form". */
  rule: string;
  /** The alias (or canonical name) it was joined to. */
  via: string;
}

export interface Evidence {
  articleId: string;
  sentence: string;
  /** Offsets of the sentence in the article's text. */
  start: number;
  end: number;
  /** Reported speech: the entity id of who said it ("X said Y met Z" → X). Absent when stated by the outlet. */
  attributedTo?: string;
  /** Pronouns or descriptions in the sentence that stood for an endpoint: offsets into the article's text. */
  resolved?: ResolvedSpan[];
}

/** "he" at [start, end) stood for `entity`. */
export interface ResolvedSpan {
  start: number;
  end: number;
  text: string;
  entity: string;
}

export interface Relation {
  /** Stable id: hash of (source, predicate, target). */
  id: string;
  source: string;
  target: string;
  /** Normalised predicate, UPPER_SNAKE: MET, RECEIVED, PRESIDENT_OF. */
  predicate: string;
  /** 0..1 */
  confidence: number;
  /** Outlets that state the relation (from the evidence's articles), sorted. */
  sources: string[];
  evidence: Evidence[];
  /** Stated as not so ("would not sign the document"): drawn dashed, hidden by default. Absent = asserted. */
  negated?: boolean;
}

export interface GraphData {
  version: typeof GRAPH_FORMAT_VERSION;
  articles: Article[];
  entities: Entity[];
  relations: Relation[];
}
