/**
 * Turns validated graph.json data into the rows the loader writes, grouped into transactions (pure, no I/O).
 * Articles are grouped into batches; each batch carries everything that hangs off its articles — their
 * MENTIONS and their evidence statements — so that one committed transaction leaves complete articles behind and
 * a killed load leaves none half-written. Relations are written once each, after all articles (see LoadPlan).
 */
import { sortedUnique } from "../graph/serialize";
import type { GraphData } from "../graph/types";
import { statementId } from "./graph-model";
import type { ArticleRow, EntityRow, MentionRow, RelationRow, StatementRow } from "./queries/write";

export interface ArticleBatch {
  articles: ArticleRow[];
  mentions: MentionRow[];
  statements: StatementRow[];
}

export interface LoadPlan {
  entities: EntityRow[];
  articleBatches: ArticleBatch[];
  /**
   * Every relation once, written after all article batches: relationship writes after node writes, so the
   * relation statement is planned against committed relationship statistics (on an empty database the planner
   * otherwise scans all relationships for each MERGE), and each relation's evidenceCount is counted once, from
   * all of its statements.
   */
  relations: RelationRow[];
  totals: { articles: number; entities: number; relations: number; statements: number; mentions: number };
}

function relationRow(r: GraphData["relations"][number]): RelationRow {
  // Stored lists are kept sorted so unions over repeated loads stay canonical.
  return {
    id: r.id,
    source: r.source,
    target: r.target,
    predicate: r.predicate,
    confidence: r.confidence,
    sources: sortedUnique(r.sources),
    ...(r.negated ? { negated: true as const } : {}),
  };
}

/** Mentions grouped per (article, entity), offsets sorted and de-duplicated. */
export function mentionRows(data: GraphData): MentionRow[] {
  const rows: MentionRow[] = [];
  for (const entity of data.entities) {
    const byArticle = new Map<string, Map<string, { start: number; end: number }>>();
    for (const m of entity.mentions) {
      let spans = byArticle.get(m.articleId);
      if (!spans) byArticle.set(m.articleId, (spans = new Map()));
      spans.set(`${m.start}:${m.end}`, { start: m.start, end: m.end });
    }
    for (const [articleId, spans] of byArticle) {
      const sorted = [...spans.values()].sort((a, b) => a.start - b.start || a.end - b.end);
      rows.push({
        articleId,
        entityId: entity.id,
        count: sorted.length,
        starts: sorted.map((s) => s.start),
        ends: sorted.map((s) => s.end),
      });
    }
  }
  return rows;
}

/** Evidence → statement rows, de-duplicated by statement id. */
export function statementRows(data: GraphData): StatementRow[] {
  const rows = new Map<string, StatementRow>();
  for (const r of data.relations) {
    for (const ev of r.evidence) {
      const id = statementId(r.id, ev.articleId, ev.start, ev.end);
      if (rows.has(id)) continue;
      rows.set(id, {
        id,
        relationId: r.id,
        predicate: r.predicate,
        articleId: ev.articleId,
        source: r.source,
        target: r.target,
        sentence: ev.sentence,
        start: ev.start,
        end: ev.end,
        // Neo4j properties hold no maps: the resolved pronoun spans travel as parallel lists.
        attributedTo: ev.attributedTo ?? null,
        resolvedStarts: (ev.resolved ?? []).map((x) => x.start),
        resolvedEnds: (ev.resolved ?? []).map((x) => x.end),
        resolvedTexts: (ev.resolved ?? []).map((x) => x.text),
        resolvedEntities: (ev.resolved ?? []).map((x) => x.entity),
      });
    }
  }
  return [...rows.values()];
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Plans the load. A batch closes once its rows (articles + mentions + statements) reach `batchSize`; it always
 * holds at least one whole article, so an article is never split across transactions.
 */
export function planLoad(data: GraphData, batchSize: number): LoadPlan {
  const entities: EntityRow[] = data.entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
  }));
  const mentions = mentionRows(data);
  const statements = statementRows(data);
  const mentionsByArticle = groupBy(mentions, (m) => m.articleId);
  const statementsByArticle = groupBy(statements, (s) => s.articleId);

  const articleBatches: ArticleBatch[] = [];
  let current: ArticleBatch | null = null;
  let weight = 0;
  const close = () => {
    if (!current) return;
    articleBatches.push(current);
    current = null;
    weight = 0;
  };
  for (const a of data.articles) {
    current ??= { articles: [], mentions: [], statements: [] };
    const articleMentions = mentionsByArticle.get(a.id) ?? [];
    const articleStatements = statementsByArticle.get(a.id) ?? [];
    current.articles.push({
      id: a.id,
      title: a.title,
      source: a.source,
      date: a.date,
      files: sortedUnique(a.files),
      text: a.text,
      captions: a.captions,
    });
    current.mentions.push(...articleMentions);
    current.statements.push(...articleStatements);
    weight += 1 + articleMentions.length + articleStatements.length;
    if (weight >= batchSize) close();
  }
  close();

  return {
    entities,
    articleBatches,
    relations: data.relations.map(relationRow),
    totals: {
      articles: data.articles.length,
      entities: entities.length,
      relations: data.relations.length,
      statements: statements.length,
      mentions: mentions.length,
    },
  };
}

/** Splits `items` into consecutive chunks of at most `size`. */
export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
