/**
 * The read side of the graph store: implements GraphQueries (lib/neo4j/types.ts) on top of the transport.
 * Each function validates and clamps its inputs, runs named Cypher from queries/read.ts with parameters, and maps
 * records to the plain shapes in types.ts. Unknown ids give null (or an empty subgraph), never an exception.
 */
import neo4j from "neo4j-driver";
import * as Q from "./queries/read";
import {
  ENTITY_ARTICLES_LIMIT,
  ENTITY_RELATIONS_LIMIT,
  OVERVIEW_LIMIT_DEFAULT,
  OVERVIEW_LIMIT_MAX,
} from "../graph/limits";
import { buildEntitySearch, normaliseForExactMatch } from "./lucene";
import { DatabaseUnavailableError, type GraphStoreError } from "./errors";
import { ENTITY_LABELS, isValidPredicate, STRUCTURAL_TYPES } from "./graph-model";
import { readTx, toPlain, type Tx } from "./transport";
import type {
  ArticleMention,
  ArticleSummary,
  ArticleView,
  CorpusStats,
  EntityDetails,
  EvidenceItem,
  GraphEdge,
  GraphFilters,
  GraphNode,
  PathResult,
  RelationEvidence,
  RelationSummary,
  SearchHit,
  SubGraph,
} from "./types";

export const SEARCH_LIMIT = { default: 10, max: 100 } as const;
/** The overview's bounds come from lib/graph/limits.ts, the one place the cap is set. */
export const OVERVIEW_LIMIT = { default: OVERVIEW_LIMIT_DEFAULT, max: OVERVIEW_LIMIT_MAX } as const;
export const NEIGHBOURHOOD_LIMIT = { default: 50, max: 500 } as const;
export const PATH_HOPS = { default: 6, max: Q.MAX_PATH_HOPS } as const;

type Row = Record<string, unknown>;
type NamedEdge = GraphEdge & { sourceName: string; targetName: string };

/** An integer in [min, max]; non-numbers fall back to `fallback`. Cypher's LIMIT needs a driver Integer. */
export function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  const n = typeof value === "number" && Number.isFinite(value) ? Math.trunc(value) : fallback;
  return Math.min(max, Math.max(min, n));
}

/** Runs one query inside a transaction and returns plain rows. */
async function rows(tx: Tx, query: string, params: Row = {}): Promise<Row[]> {
  const result = await tx.run(query, params);
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}

// ---------------------------------------------------------------------------------------------------------------
// Record → plain shape mappers

const str = (v: unknown): string => (typeof v === "string" ? v : v == null ? "" : String(v));
const strOrNull = (v: unknown): string | null => (v == null ? null : str(v));
const num = (v: unknown): number => (typeof v === "number" ? v : Number(v ?? 0) || 0);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : []);
const numbers = (v: unknown): number[] => (Array.isArray(v) ? v.map(num) : []);

function toNode(v: unknown): GraphNode {
  const r = (v ?? {}) as Row;
  return {
    id: str(r.id),
    name: str(r.name),
    type: str(r.type),
    aliases: strings(r.aliases),
    mentionCount: num(r.mentionCount),
    degree: num(r.degree),
    coMentionDegree: num(r.coMentionDegree),
  };
}

function toEdge(v: unknown): GraphEdge {
  const r = (v ?? {}) as Row;
  return {
    id: str(r.id),
    source: str(r.source),
    target: str(r.target),
    predicate: str(r.predicate),
    confidence: num(r.confidence),
    sources: strings(r.sources),
    evidenceCount: num(r.evidenceCount),
    ...(r.negated === true ? { negated: true as const } : {}),
    firstDate: strOrNull(r.firstDate),
    lastDate: strOrNull(r.lastDate),
  };
}

function toNamedEdge(row: Row): NamedEdge {
  return { ...toEdge(row.edge), sourceName: str(row.sourceName), targetName: str(row.targetName) };
}

/** Nodes and edges from the column lists of the subgraph queries (queries/read.ts SUBGRAPH_COLUMNS). */
function toSubGraph(row: Row | undefined, firstIds: string[] = []): SubGraph {
  if (!row || !Array.isArray(row.nodeId)) return { nodes: [], edges: [] };
  const col = (key: string) => (Array.isArray(row[key]) ? (row[key] as unknown[]) : []);
  const [name, type, aliases, mentions, degree, coMentions] = [
    "nodeName",
    "nodeType",
    "nodeAliases",
    "nodeMentions",
    "nodeDegree",
    "nodeCoMentions",
  ].map(col);
  const nodes: GraphNode[] = (row.nodeId as unknown[]).map((id, i) => ({
    id: str(id),
    name: str(name[i]),
    type: str(type[i]),
    aliases: strings(aliases[i]),
    mentionCount: num(mentions[i]),
    degree: num(degree[i]),
    coMentionDegree: num(coMentions[i]),
  }));
  const [source, target, predicate, confidence, sources, evidence, negated, firstDate, lastDate] = [
    "edgeSource",
    "edgeTarget",
    "edgePredicate",
    "edgeConfidence",
    "edgeSources",
    "edgeEvidence",
    "edgeNegated",
    "edgeFirstDate",
    "edgeLastDate",
  ].map(col);
  const edges: GraphEdge[] = col("edgeId")
    .map((id, i) => ({
      id: str(id),
      source: str(source[i]),
      target: str(target[i]),
      predicate: str(predicate[i]),
      confidence: num(confidence[i]),
      sources: strings(sources[i]),
      evidenceCount: num(evidence[i]),
      ...(negated[i] === true ? { negated: true as const } : {}),
      firstDate: strOrNull(firstDate[i]),
      lastDate: strOrNull(lastDate[i]),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  if (firstIds.length > 0) {
    const rank = new Map(firstIds.map((id, i) => [id, i]));
    nodes.sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
  }
  return { nodes, edges };
}

/** Newest first, undated last, then by title. */
function byDateDesc(a: { date: string | null; title: string }, b: { date: string | null; title: string }): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.title.localeCompare(b.title);
}

// ---------------------------------------------------------------------------------------------------------------
// Filters

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function listOrNull(v: string[] | undefined): string[] | null {
  const list = (v ?? []).filter((s) => typeof s === "string" && s.length > 0);
  return list.length > 0 ? list : null;
}

function dateOrNull(v: string | undefined, name: string): string | null {
  if (v === undefined || v === null || v === "") return null;
  if (typeof v !== "string" || !ISO_DATE.test(v) || Number.isNaN(Date.parse(v))) {
    throw new RangeError(`Filter ${name} must be an ISO date like 2024-01-31, got ${JSON.stringify(v)}`);
  }
  return v;
}

/** Filters as Cypher parameters: every key present, null meaning "no filter". */
export function filterParams(filters: GraphFilters = {}, defaultLimit = OVERVIEW_LIMIT.default): Row {
  const minConfidence =
    typeof filters.minConfidence === "number" && Number.isFinite(filters.minConfidence) && filters.minConfidence > 0
      ? Math.min(1, filters.minConfidence)
      : null;
  return {
    types: listOrNull(filters.types),
    predicates: listOrNull(filters.predicates),
    sources: listOrNull(filters.sources),
    minConfidence,
    dateFrom: dateOrNull(filters.dateFrom, "dateFrom"),
    dateTo: dateOrNull(filters.dateTo, "dateTo"),
    limit: neo4j.int(clampInt(filters.limit, 1, OVERVIEW_LIMIT.max, defaultLimit)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// GraphQueries

/** Entities whose name or alias matches `q` (prefix, one typo for longer words), best match first. */
export async function searchEntities(q: string, limit: number = SEARCH_LIMIT.default): Promise<SearchHit[]> {
  const lucene = buildEntitySearch(q);
  if (!lucene) return [];
  const params = {
    lucene,
    exact: normaliseForExactMatch(q),
    limit: neo4j.int(clampInt(limit, 1, SEARCH_LIMIT.max, SEARCH_LIMIT.default)),
  };
  const found = await readTx((tx) => rows(tx, Q.SEARCH_ENTITIES, params), { metadata: { op: "search" } }).catch(
    (err: unknown) => {
      if (/no such fulltext schema index/i.test(String((err as Error)?.message))) {
        throw new DatabaseUnavailableError(
          "Neo4j: the full-text index entityNames does not exist yet. Load a graph first " +
            "(`npm run -s newsgraph -- load`), which creates the schema.",
          (err as GraphStoreError).code,
          { cause: err },
        );
      }
      throw err;
    },
  );
  return found.map((r) => ({
    id: str(r.id),
    name: str(r.name),
    type: str(r.type),
    aliases: strings(r.aliases),
    score: num(r.score),
  }));
}

/** The relations passing `filters` among the `filters.limit` (default 150) entities with most such relations. */
export async function subgraph(filters: GraphFilters = {}): Promise<SubGraph> {
  const params = filterParams(filters);
  const unfiltered = Object.entries(params).every(([key, value]) => key === "limit" || value === null);
  const dated = params.dateFrom !== null || params.dateTo !== null;
  const query = unfiltered ? Q.OVERVIEW : dated ? Q.SUBGRAPH_DATED : Q.SUBGRAPH;
  const [row] = await readTx(
    async (tx) => {
      const found = await rows(tx, query, params);
      // No stored degrees yet (a store loaded by an older version or by neo4j-admin import): count them instead.
      if (unfiltered && (found[0]?.nodeId as unknown[] | undefined)?.length === 0)
        return rows(tx, Q.OVERVIEW_COUNTED, params);
      return found;
    },
    { metadata: { op: unfiltered ? "overview" : "subgraph" } },
  );
  return toSubGraph(row);
}

/** The `limit` best-connected entities and the relations among them (optionally filtered). */
export function overview(limit: number = OVERVIEW_LIMIT.default, filters: GraphFilters = {}): Promise<SubGraph> {
  return subgraph({ ...filters, limit });
}

/** An entity (first node), its neighbours within `depth` hops (up to `limit`, nearest and best-connected first), and the relations among them. */
export async function neighbourhood(
  id: string,
  depth: 1 | 2 = 1,
  limit: number = NEIGHBOURHOOD_LIMIT.default,
): Promise<SubGraph> {
  if (typeof id !== "string" || id === "") return { nodes: [], edges: [] };
  const query = depth === 2 ? Q.NEIGHBOUR_IDS_DEPTH_2 : Q.NEIGHBOUR_IDS_DEPTH_1;
  const max = neo4j.int(clampInt(limit, 1, NEIGHBOURHOOD_LIMIT.max, NEIGHBOURHOOD_LIMIT.default));
  return readTx(
    async (tx) => {
      const [found] = await rows(tx, query, { id, limit: max });
      if (!found || found.center == null) return { nodes: [], edges: [] };
      const ids = [id, ...strings(found.ids)];
      const [row] = await rows(tx, Q.SUBGRAPH_BY_IDS, { ids });
      return toSubGraph(row, ids);
    },
    { metadata: { op: "neighbourhood" } },
  );
}

/** How much entityDetails returns: relations and articles, each clamped to lib/graph/limits.ts. */
export interface EntityDetailsLimits {
  relations?: number;
  articles?: number;
}

/**
 * An entity with its degree, its relations grouped by predicate (at most `limits.relations`, most evidence first)
 * and the articles mentioning it (at most `limits.articles`, newest first), with the totals; null if unknown.
 */
export async function entityDetails(id: string, limits: EntityDetailsLimits = {}): Promise<EntityDetails | null> {
  if (typeof id !== "string" || id === "") return null;
  const applied = {
    relations: clampInt(limits.relations, 1, ENTITY_RELATIONS_LIMIT.max, ENTITY_RELATIONS_LIMIT.default),
    articles: clampInt(limits.articles, 1, ENTITY_ARTICLES_LIMIT.max, ENTITY_ARTICLES_LIMIT.default),
  };
  const params = { id, relationLimit: neo4j.int(applied.relations), articleLimit: neo4j.int(applied.articles) };
  const [row] = await readTx((tx) => rows(tx, Q.ENTITY_DETAILS, params), { metadata: { op: "entity" } });
  if (!row) return null;

  const summaries: RelationSummary[] = (row.relations as Row[]).map((r) => {
    const other = (r.other ?? {}) as Row;
    return {
      id: str(r.id),
      predicate: str(r.predicate),
      direction: r.direction === "in" ? "in" : "out",
      other: { id: str(other.id), name: str(other.name), type: str(other.type) },
      confidence: num(r.confidence),
      sources: strings(r.sources),
      evidenceCount: num(r.evidenceCount),
    };
  });
  const groups = new Map<string, RelationSummary[]>();
  for (const s of summaries) groups.set(s.predicate, [...(groups.get(s.predicate) ?? []), s]);
  const relations = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([predicate, items]) => ({
      predicate,
      items: items.sort(
        (a, b) =>
          b.evidenceCount - a.evidenceCount || b.confidence - a.confidence || a.other.name.localeCompare(b.other.name),
      ),
    }));

  const articles: ArticleSummary[] = (row.articles as Row[])
    .map((a) => ({
      id: str(a.id),
      title: str(a.title),
      source: strOrNull(a.source),
      date: strOrNull(a.date),
      mentionCount: num(a.mentionCount),
    }))
    .sort(byDateDesc);

  const totals = { relations: num(row.relationTotal), articles: num(row.articleTotal) };
  return {
    entity: toNode(row.entity),
    relations,
    articles,
    totals,
    limits: applied,
    truncated: { relations: totals.relations > summaries.length, articles: totals.articles > articles.length },
  };
}

/**
 * Mentions (from MENTIONS offset lists) that fall inside a sentence span, as offsets relative to the sentence.
 */
export function marksInSentence(
  sentence: { start: number; end: number },
  mentions: { entityId: string; type: string; starts: number[]; ends: number[] }[],
): EvidenceItem["marks"] {
  const marks: EvidenceItem["marks"] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    m.starts.forEach((start, i) => {
      const end = m.ends[i];
      if (end === undefined || start < sentence.start || end > sentence.end || end <= start) return;
      const key = `${start}:${end}:${m.entityId}`;
      if (seen.has(key)) return;
      seen.add(key);
      marks.push({ start: start - sentence.start, end: end - sentence.start, entityId: m.entityId, type: m.type });
    });
  }
  return marks.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A relation with its endpoint names and every statement supporting it, with highlight marks; null if unknown. */
export async function relationEvidence(relationId: string): Promise<RelationEvidence | null> {
  if (typeof relationId !== "string" || relationId === "") return null;
  return readTx(
    async (tx) => {
      let [found] = await rows(tx, Q.RELATION_BY_ID, { id: relationId });
      if (!found) [found] = await rows(tx, Q.RELATION_BY_ID_SCAN, { id: relationId });
      if (!found) return null;
      const relation = toNamedEdge(found);
      const statements = await rows(tx, Q.RELATION_STATEMENTS, {
        id: relationId,
        entityIds: [relation.source, relation.target],
      });
      const evidence: EvidenceItem[] = statements.map((s) => {
        const span = { start: num(s.start), end: num(s.end) };
        const mentions = (s.mentions as Row[])
          .filter((m) => m != null)
          .map((m) => ({
            entityId: str(m.entityId),
            type: str(m.type),
            starts: numbers(m.starts),
            ends: numbers(m.ends),
          }));
        return {
          articleId: str(s.articleId),
          articleTitle: str(s.articleTitle),
          source: strOrNull(s.source),
          date: strOrNull(s.date),
          sentence: str(s.sentence),
          ...span,
          marks: marksInSentence(span, mentions),
          ...(s.speakerId ? { attributedTo: { id: str(s.speakerId), name: str(s.speakerName) } } : {}),
          ...resolvedInSentence(span, s, relation),
        };
      });
      evidence.sort(
        (a, b) =>
          byDateDesc({ date: a.date, title: a.articleTitle }, { date: b.date, title: b.articleTitle }) ||
          a.articleId.localeCompare(b.articleId) ||
          a.start - b.start,
      );
      return { relation, evidence };
    },
    { metadata: { op: "evidence" } },
  );
}

/** The statement's resolved pronoun spans, relative to the sentence, named after the endpoint they stood for. */
function resolvedInSentence(
  span: { start: number; end: number },
  s: Row,
  relation: NamedEdge,
): Pick<EvidenceItem, "resolved"> {
  const starts = numbers(s.resolvedStarts);
  const ends = numbers(s.resolvedEnds);
  const texts = strings(s.resolvedTexts);
  const ids = strings(s.resolvedEntities);
  const name = (id: string) =>
    id === relation.source ? relation.sourceName : id === relation.target ? relation.targetName : id;
  const resolved = starts
    .map((start, k) => ({
      start: start - span.start,
      end: ends[k] - span.start,
      text: texts[k] ?? "",
      entityId: ids[k] ?? "",
      name: name(ids[k] ?? ""),
    }))
    .filter((r) => r.start >= 0 && r.end > r.start && r.entityId !== "");
  return resolved.length ? { resolved } : {};
}

/** An article with its mentions (sorted by position) and the relations stated in it; null if unknown. */
export async function article(id: string): Promise<ArticleView | null> {
  if (typeof id !== "string" || id === "") return null;
  return readTx(
    async (tx) => {
      const [row] = await rows(tx, Q.ARTICLE, { id });
      if (!row) return null;
      const mentions: ArticleMention[] = [];
      for (const m of row.mentions as Row[]) {
        const starts = numbers(m.starts);
        const ends = numbers(m.ends);
        starts.forEach((start, i) => {
          if (ends[i] === undefined) return;
          mentions.push({ entityId: str(m.entityId), name: str(m.name), type: str(m.type), start, end: ends[i] });
        });
      }
      mentions.sort((a, b) => a.start - b.start || a.end - b.end || a.entityId.localeCompare(b.entityId));
      const relations = (await rows(tx, Q.ARTICLE_RELATIONS, { id })).map(toNamedEdge);
      return {
        id: str(row.id),
        title: str(row.title),
        source: strOrNull(row.source),
        date: strOrNull(row.date),
        files: strings(row.files),
        text: str(row.text),
        captions: strings(row.captions),
        mentions,
        relations,
      };
    },
    { metadata: { op: "article" } },
  );
}

/** A shortest chain of relations between two entities (at most `maxHops`, 1..10); null when there is none. */
export async function shortestPath(
  fromId: string,
  toId: string,
  maxHops: number = PATH_HOPS.default,
): Promise<PathResult | null> {
  if (typeof fromId !== "string" || typeof toId !== "string" || !fromId || !toId) return null;
  const hops = clampInt(maxHops, 1, PATH_HOPS.max, PATH_HOPS.default);
  return readTx(
    async (tx) => {
      if (fromId === toId) {
        const [row] = await rows(tx, Q.SUBGRAPH_BY_IDS, { ids: [fromId] });
        const nodes = toSubGraph(row).nodes;
        return nodes.length > 0 ? { nodes, edges: [] } : null;
      }
      const [row] = await rows(tx, Q.SHORTEST_PATH_BY_HOPS[hops], { fromId, toId });
      if (!row) return null;
      return { nodes: (row.nodes as unknown[]).map(toNode), edges: (row.edges as unknown[]).map(toEdge) };
    },
    { metadata: { op: "path" } },
  );
}

/** Entities per type and relations per predicate from the count store (or by scans where it is not allowed). */
async function statsTallies(): Promise<{ byType: Record<string, number>; byPredicate: Record<string, number> }> {
  const tally = (list: unknown, keep: (key: string) => string | null) => {
    const out: Record<string, number> = {};
    for (const item of (Array.isArray(list) ? list : []) as Row[]) {
      const key = keep(str(item.key));
      if (key !== null && num(item.count) > 0) out[key] = (out[key] ?? 0) + num(item.count);
    }
    return Object.fromEntries(Object.entries(out).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  };
  const opts = { metadata: { op: "stats" } };
  try {
    // Its own transaction: a refused procedure fails the transaction it runs in, and the fallback needs one.
    const [row] = await readTx((tx) => rows(tx, Q.STATS_COUNT_STORE), opts);
    const typeOfLabel = new Map<string, string>(Object.entries(ENTITY_LABELS).map(([type, label]) => [label, type]));
    const structural = new Set<string>(STRUCTURAL_TYPES);
    return {
      byType: tally(row.labels, (label) => typeOfLabel.get(label) ?? null),
      byPredicate: tally(row.types, (type) => (structural.has(type) || !isValidPredicate(type) ? null : type)),
    };
  } catch (err) {
    if (!/procedure|not allowed|permission|access/i.test(String((err as Error)?.message))) throw err;
    const scan = async (query: string) =>
      Object.fromEntries((await readTx((tx) => rows(tx, query), opts)).map((r) => [str(r.key), num(r.count)]));
    return { byType: await scan(Q.STATS_BY_TYPE), byPredicate: await scan(Q.STATS_BY_PREDICATE) };
  }
}

/** Corpus statistics: counts, entities per type, relations per predicate, outlets and date range. */
export async function stats(): Promise<CorpusStats> {
  const { byType, byPredicate } = await statsTallies();
  return readTx(
    async (tx) => {
      const [counts] = await rows(tx, Q.STATS_COUNTS);
      return {
        articles: num(counts.articles),
        entities: num(counts.entities),
        relations: Object.values(byPredicate).reduce((sum, n) => sum + n, 0),
        statements: num(counts.statements),
        byType,
        byPredicate,
        sources: strings(counts.sources).sort((a, b) => a.localeCompare(b)),
        dateRange: { from: strOrNull(counts.dateFrom), to: strOrNull(counts.dateTo) },
      };
    },
    { metadata: { op: "stats" } },
  );
}

/** Two drawn entities mentioned in the same articles (a weak link, not a stated relation). */
export interface CoMention {
  source: string;
  target: string;
  /** Number of articles mentioning both. */
  articles: number;
  /** Some of those articles, newest first. */
  sample: { id: string; title: string; date: string | null }[];
}

export const CO_MENTION_LIMITS = { maxIds: 20_000, maxPairs: 50_000, sample: 10 } as const;

/** Co-mention pairs among `ids` with at least `minArticles` shared articles, strongest first. */
export async function coMentions(ids: string[], minArticles = 1, limit = 5_000): Promise<CoMention[]> {
  if (ids.length === 0) return [];
  const found = await readTx(
    (tx) =>
      rows(tx, Q.CO_MENTIONS, {
        ids: ids.slice(0, CO_MENTION_LIMITS.maxIds),
        minArticles: neo4j.int(Math.max(1, Math.floor(minArticles))),
        limit: neo4j.int(Math.min(CO_MENTION_LIMITS.maxPairs, Math.max(1, Math.floor(limit)))),
        sample: neo4j.int(CO_MENTION_LIMITS.sample),
      }),
    { metadata: { op: "co-mentions" } },
  );
  return found.map((r) => ({
    source: str(r.source),
    target: str(r.target),
    articles: num(r.articles),
    sample: (r.sample as Row[]).map((a) => ({ id: str(a.id), title: str(a.title), date: strOrNull(a.date) })),
  }));
}
