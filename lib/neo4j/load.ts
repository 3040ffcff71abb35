/**
 * Loads graph.json data into Neo4j: validate everything first (nothing is written for an invalid file), ensure
 * the schema, write entities, then one write transaction per batch of whole articles (articles + mentions +
 * statements), then every relation once (recounting its evidence), then recount mentions. Every write
 * MERGEs on ids and counts are recomputed from what is stored, so loading the same data twice changes nothing and
 * a second corpus merges into the first.
 */
import type { GraphData } from "../graph/types";
import { GraphValidationError, validateGraphData } from "../graph/validate";
import { GraphStoreError, InvalidGraphDataError } from "./errors";
import { ALIASES_SEPARATOR, ENTITY_LABELS, isValidPredicate } from "./graph-model";
import { chunk, planLoad, type ArticleBatch } from "./load-plan";
import {
  CREATE_ARTICLES,
  CREATE_ENTITIES,
  CREATE_MENTIONS,
  CREATE_STATEMENTS,
  EXISTING_ARTICLE_IDS,
  EXISTING_ENTITY_IDS,
  MERGE_ARTICLES,
  MERGE_ENTITIES,
  MERGE_MENTIONS,
  MERGE_RELATIONS,
  MERGE_STATEMENTS,
  RECOMPUTE_MENTION_COUNTS,
  type EntityRow,
  type EntityWriteRow,
  type RelationRow,
} from "./queries/write";
import { reapplyCorrections } from "./curation";
import { backfillDegrees, refreshDegreesForArticles, refreshRelationDegrees } from "./degrees";
import { backfillRelationDates } from "./relation-dates";
import { ensureSchema } from "./schema";
import { writeTx, type Tx } from "./transport";

export interface LoadCounts {
  /** Records that did not exist in the database before this load. */
  created: number;
  /** Records that already existed and were merged/updated. */
  updated: number;
}

export interface LoadSummary {
  articles: LoadCounts;
  entities: LoadCounts;
  relations: LoadCounts;
  statements: LoadCounts;
  mentions: LoadCounts;
  /** Write transactions committed (entities, article batches, relations, mention counts). */
  transactions: number;
  elapsedMs: number;
}

export type LoadPhase = "entities" | "articles" | "relations" | "counts";

export interface LoadOptions {
  /** Rows per UNWIND statement, and the approximate rows per article transaction. Default 5000. */
  batchSize?: number;
  /** Progress within a phase: entities, articles, relations, then mention counts. */
  onProgress?: (done: number, total: number, phase: LoadPhase) => void;
}

export const DEFAULT_BATCH_SIZE = 5000;

/**
 * Checks the data before anything is written: the graph.json format (lib/graph/validate.ts, naming the first bad
 * record) plus what the store needs on top of it (predicates usable as relationship types, real calendar dates).
 */
export function validateForLoad(json: unknown): GraphData {
  let data: GraphData;
  try {
    data = validateGraphData(json);
  } catch (err) {
    if (err instanceof GraphValidationError) {
      throw new InvalidGraphDataError(`Invalid graph data, nothing was loaded: ${err.message}`, undefined, {
        cause: err,
      });
    }
    throw err;
  }
  data.relations.forEach((r, i) => {
    if (!isValidPredicate(r.predicate)) {
      throw new InvalidGraphDataError(
        `Invalid graph data, nothing was loaded: relations[${i}] (id ${JSON.stringify(r.id)}): "predicate" ` +
          `${JSON.stringify(r.predicate)} cannot be a relationship type (UPPER_SNAKE, at most 64 characters)`,
      );
    }
  });
  data.articles.forEach((a, i) => {
    if (a.date !== null && !isCalendarDate(a.date)) {
      throw new InvalidGraphDataError(
        `Invalid graph data, nothing was loaded: articles[${i}] (id ${JSON.stringify(a.id)}): "date" ` +
          `${JSON.stringify(a.date)} is not a real calendar date`,
      );
    }
  });
  return data;
}

function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

interface Created {
  nodes: number;
  relationships: number;
}

/**
 * Runs one UNWIND query over `rows` in chunks inside `tx`, returning what it created. The chunks are sent without
 * waiting for each other's results: the server runs a transaction's queries in order anyway, and pipelining saves
 * a round trip per query.
 */
export async function writeRows(tx: Tx, query: string, params: Record<string, unknown>, batchSize: number) {
  const key = "rows" in params ? "rows" : "ids";
  const rows = params[key] as unknown[];
  const results = await Promise.all(chunk(rows, batchSize).map((part) => tx.run(query, { ...params, [key]: part })));
  const total: Created = { nodes: 0, relationships: 0 };
  for (const result of results) {
    const updates = result.summary.counters.updates();
    total.nodes += updates.nodesCreated;
    total.relationships += updates.relationshipsCreated;
  }
  return total;
}

/** Which of `ids` are stored as nodes, by one of the EXISTING_*_IDS queries (in chunks of `batchSize`). */
async function storedIds(tx: Tx, query: string, ids: string[], batchSize: number): Promise<Set<string>> {
  const existing = new Set<string>();
  const results = await Promise.all(chunk(ids, batchSize).map((part) => tx.run(query, { ids: part })));
  for (const result of results) for (const id of result.records[0].get("ids") as string[]) existing.add(id);
  return existing;
}

/**
 * Writes entity rows of any types in one statement per path: entities not yet stored (checked in the same
 * transaction) are CREATEd, which costs a fraction of a MERGE with its alias union; stored ones are MERGEd.
 */
export async function writeEntities(tx: Tx, rows: EntityRow[], batchSize: number): Promise<number> {
  const existing = await storedIds(
    tx,
    EXISTING_ENTITY_IDS,
    rows.map((r) => r.id),
    batchSize,
  );
  const toWrite = (r: EntityRow): EntityWriteRow => ({
    ...r,
    label: ENTITY_LABELS[r.type],
    aliasesText: r.aliases.join(ALIASES_SEPARATOR),
  });
  const fresh = rows.filter((r) => !existing.has(r.id)).map(toWrite);
  const stored = rows.filter((r) => existing.has(r.id)).map(toWrite);
  const [created, merged] = await Promise.all([
    writeRows(tx, CREATE_ENTITIES, { rows: fresh }, batchSize),
    writeRows(tx, MERGE_ENTITIES, { rows: stored, separator: ALIASES_SEPARATOR }, batchSize),
  ]);
  return created.nodes + merged.nodes;
}

/** Writes relation rows of any predicates (one statement: the type travels as a parameter, see MERGE_RELATIONS). */
export async function writeRelations(tx: Tx, rows: RelationRow[], batchSize: number): Promise<number> {
  for (const row of rows) {
    // validateForLoad checked this already; a direct caller gets the same guarantee.
    if (!isValidPredicate(row.predicate)) {
      throw new InvalidGraphDataError(
        `relation ${row.id}: predicate ${JSON.stringify(row.predicate)} is not UPPER_SNAKE`,
      );
    }
  }
  return (await writeRows(tx, MERGE_RELATIONS, { rows }, batchSize)).relationships;
}

interface BatchCreated {
  articles: number;
  mentions: number;
  statements: number;
}

/**
 * Everything for a batch of whole articles, inside ONE transaction. Articles not yet stored (checked in the same
 * transaction) take a CREATE path — their mentions and statements cannot exist either — which is much cheaper
 * than MERGE; stored articles are MERGEd. The relations the statements support are written by a later phase.
 */
export async function writeArticleBatch(tx: Tx, batch: ArticleBatch, batchSize: number): Promise<BatchCreated> {
  const ids = batch.articles.map((a) => a.id);
  const existing = await storedIds(tx, EXISTING_ARTICLE_IDS, ids, batchSize);
  const isNew = (articleId: string) => !existing.has(articleId);
  const split = <T extends { articleId: string }>(rows: T[]) => [
    rows.filter((r) => isNew(r.articleId)),
    rows.filter((r) => !isNew(r.articleId)),
  ];
  const [newMentions, oldMentions] = split(batch.mentions);
  const [newStatements, oldStatements] = split(batch.statements);

  // Sent in order without waiting in between (pipelined); the server executes them in this order.
  const [, , newM, oldM, newS, oldS] = await Promise.all([
    writeRows(tx, CREATE_ARTICLES, { rows: batch.articles.filter((a) => isNew(a.id)) }, batchSize),
    writeRows(tx, MERGE_ARTICLES, { rows: batch.articles.filter((a) => !isNew(a.id)) }, batchSize),
    writeRows(tx, CREATE_MENTIONS, { rows: newMentions }, batchSize),
    writeRows(tx, MERGE_MENTIONS, { rows: oldMentions }, batchSize),
    writeRows(tx, CREATE_STATEMENTS, { rows: newStatements }, batchSize),
    writeRows(tx, MERGE_STATEMENTS, { rows: oldStatements }, batchSize),
  ]);
  const mentions = newM.relationships + oldM.relationships;
  const statements = newS.nodes + oldS.nodes;
  return { articles: ids.length - existing.size, mentions, statements };
}

/** Neo4j's code when a CREATE hits a unique constraint: another load created the same id meanwhile. */
const CONSTRAINT_RACE = "Neo.ClientError.Schema.ConstraintValidationFailed";
const RACE_RETRIES = 3;

/**
 * Runs one transaction, again if it lost a race: the CREATE paths decide "not stored yet" inside the transaction,
 * and a concurrent load (two ingests of overlapping folders) may commit the same article or entity in between.
 * The unique constraint refuses the duplicate; the retry sees the committed node and takes the MERGE path, so
 * nothing is duplicated and nothing is lost.
 */
async function writeRetryingRaces<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof GraphStoreError) || error.code !== CONSTRAINT_RACE || attempt > RACE_RETRIES) throw error;
    }
  }
}

const counts = (created: number, total: number): LoadCounts => ({ created, updated: total - created });

/**
 * Validates `data` (throws InvalidGraphDataError naming the first bad record, before any write), then loads it.
 * Returns created vs updated counts per kind of record.
 */
export async function loadGraph(data: GraphData, opts: LoadOptions = {}): Promise<LoadSummary> {
  const started = performance.now();
  const batchSize = Math.max(1, Math.floor(opts.batchSize ?? DEFAULT_BATCH_SIZE));
  const plan = planLoad(validateForLoad(data), batchSize);
  const progress = opts.onProgress ?? (() => undefined);
  const created = { entities: 0, articles: 0, mentions: 0, statements: 0, relations: 0 };
  let transactions = 0;

  type Created = Partial<typeof created>;
  /**
   * One write transaction per unit, progress counted in the unit's `size`. The work returns what it created and
   * it is added only after the commit: the driver may retry a transaction's work after a transient failure.
   */
  async function phase<T>(
    name: LoadPhase,
    units: T[],
    size: (u: T) => number,
    work: (tx: Tx, u: T) => Promise<Created>,
  ) {
    const total = units.reduce((n, u) => n + size(u), 0);
    let done = 0;
    progress(0, total, name);
    for (const unit of units) {
      const c = await writeRetryingRaces(() => writeTx((tx) => work(tx, unit), { metadata: { op: `load-${name}` } }));
      for (const key of Object.keys(c) as (keyof Created)[]) created[key] += c[key] ?? 0;
      transactions++;
      progress((done += size(unit)), total, name);
    }
  }

  await ensureSchema();
  await phase(
    "entities",
    chunk(plan.entities, batchSize),
    (p) => p.length,
    async (tx, part) => ({
      entities: await writeEntities(tx, part, batchSize),
    }),
  );
  await phase(
    "articles",
    plan.articleBatches,
    (b) => b.articles.length,
    (tx, batch) => writeArticleBatch(tx, batch, batchSize),
  );
  // After every article batch: the relation query recounts evidenceCount from the committed statements.
  await phase(
    "relations",
    chunk(plan.relations, batchSize),
    (p) => p.length,
    async (tx, part) => ({
      relations: await writeRelations(tx, part, batchSize),
    }),
  );
  // Mention counts once at the end: per batch, popular entities would be recounted over and over.
  const entityIds = plan.entities.map((e) => e.id);
  await phase(
    "counts",
    chunk(entityIds, batchSize),
    (p) => p.length,
    async (tx, part) => {
      await writeRows(tx, RECOMPUTE_MENTION_COUNTS, { ids: part }, batchSize);
      return {};
    },
  );

  // Stored curation (lib/neo4j/curation.ts) wins over what was just loaded; it refreshes what it touches.
  await reapplyCorrections();
  // Stored degrees (lib/neo4j/degrees.ts), which the overview ranks by: everything for the entities these articles
  // mention, the relation degree of every entity written (endpoints of the relations included), then any entity
  // stored before degrees were.
  await refreshDegreesForArticles(data.articles.map((a) => a.id));
  await refreshRelationDegrees([...entityIds, ...plan.relations.flatMap((r) => [r.source, r.target])]);
  await backfillDegrees();
  // Relations stored before their first/last dates were (queries/relation-dates.ts).
  await backfillRelationDates();

  return {
    articles: counts(created.articles, plan.totals.articles),
    entities: counts(created.entities, plan.totals.entities),
    relations: counts(created.relations, plan.totals.relations),
    statements: counts(created.statements, plan.totals.statements),
    mentions: counts(created.mentions, plan.totals.mentions),
    transactions,
    elapsedMs: Math.round(performance.now() - started),
  };
}
