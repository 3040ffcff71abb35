/**
 * The store side of incremental ingest: which articles are already stored (by content hash, and by the files
 * that held them), candidate entities by lookup key with the stored articles around them, and clean removal of
 * what a changed or vanished article left behind (its mentions and statements; relations and entities recounted
 * exactly, deleted when nothing supports them any more; stored degrees refreshed). Lookups go through indexes (lib/neo4j/queries/incremental),
 * so the cost follows the batch, not the size of the graph.
 */
import { createHash } from "node:crypto";
import type { Article } from "../graph/types";
import type { StoredArticle, StoredEntity } from "../extract/resolve/stored";

/** Lookup keys of an entity from its name and aliases (lib/extract/resolve/stored.ts entityLookupKeys). */
export type LookupKeys = (name: string, aliases: readonly string[]) => string[];
import { chunk } from "./load-plan";
import { refreshDegreesForEntities } from "./degrees";
import {
  ARTICLE_ENTITIES,
  ARTICLE_FOOTPRINT,
  ARTICLES_BY_FILE_KEYS,
  ARTICLES_BY_ID,
  ARTICLES_WITHOUT_KEYS,
  CLEAR_ARTICLE_CONTENT,
  CONTEXT_ARTICLE_IDS,
  DELETE_ARTICLES,
  DELETE_ORPHAN_ENTITIES,
  ENTITIES_BY_LOOKUP_KEYS,
  ENTITIES_WITHOUT_KEYS,
  ENTITY_FORMS,
  ENTITY_IDS_WITH_PREFIX,
  INCREMENTAL_SCHEMA,
  RECOUNT_RELATIONS,
  SET_ARTICLE_KEYS,
  SET_ENTITY_LOOKUP,
} from "./queries/incremental";
import { AWAIT_INDEXES } from "./queries/schema";
import { RECOMPUTE_MENTION_COUNTS } from "./queries/write";
import { ensureSchema } from "./schema";
import { plainRecords, readTx, runWrite, writeTx, type Tx } from "./transport";

/** Lucene's default limit on OR-ed clauses is 1024; stay well below. */
const KEYS_PER_QUERY = 400;
/** Stored articles per candidate entity read as its context (newest first). */
export const CONTEXT_ARTICLES_PER_ENTITY = 6;
const PAGE = 2000;

/** Content hash of an article: everything stored about it except the files it was found in. */
export function contentHash(a: Pick<Article, "title" | "text" | "source" | "date" | "captions">): string {
  const h = createHash("sha256");
  h.update(JSON.stringify([a.title, a.text, a.source, a.date, a.captions]));
  return h.digest("hex");
}

/** One whitespace-free token per file label, for the articleFileKeys index. */
export function fileKey(label: string): string {
  return "f" + createHash("sha1").update(label).digest("hex").slice(0, 20);
}

const fileKeysText = (files: readonly string[]) => [...new Set(files.map(fileKey))].sort().join(" ");

export interface StoredArticleState {
  id: string;
  hash: string | null;
  files: string[];
}

/** The schema of `load` plus the indexes incremental ingest needs, then keys for anything stored without them. */
export async function ensureIncrementalSchema(keysOf: LookupKeys): Promise<void> {
  await ensureIncrementalIndexes();
  await backfillKeys(keysOf);
}

/** The schema of `load` plus the indexes incremental ingest needs (online when this returns), no backfill. */
export async function ensureIncrementalIndexes(): Promise<void> {
  await ensureSchema();
  for (const statement of INCREMENTAL_SCHEMA) await runWrite(statement, {}, { schema: true });
  await runWrite(AWAIT_INDEXES, { seconds: 300 }, { schema: true });
}

/** Hashes, file keys and lookup keys for articles and entities stored by `load` or an older version. */
export async function backfillKeys(keysOf: LookupKeys): Promise<{ articles: number; entities: number }> {
  let articles = 0;
  let entities = 0;
  for (;;) {
    const rows = await readTx(async (tx) =>
      plainRecords<Article & { files: string[] | null }>(await tx.run(ARTICLES_WITHOUT_KEYS, { limit: PAGE })),
    );
    if (rows.length === 0) break;
    const keyed = rows.map((a) => ({
      id: a.id,
      hash: contentHash({ ...a, captions: a.captions ?? [] }),
      files: a.files ?? [],
      fileKeys: fileKeysText(a.files ?? []),
    }));
    await writeTx((tx) => tx.run(SET_ARTICLE_KEYS, { rows: keyed }));
    articles += rows.length;
  }
  for (;;) {
    const rows = await readTx(async (tx) =>
      plainRecords<{ id: string; name: string; aliases: string[] }>(
        await tx.run(ENTITIES_WITHOUT_KEYS, { limit: PAGE }),
      ),
    );
    if (rows.length === 0) break;
    await writeTx((tx) => setLookupRows(tx, rows, keysOf));
    entities += rows.length;
  }
  return { articles, entities };
}

function setLookupRows(tx: Tx, rows: { id: string; name: string; aliases: string[] }[], keysOf: LookupKeys) {
  // An entity with no usable key still gets "-" so it is not picked up as unkeyed again.
  const out = rows.map((r) => ({ id: r.id, lookupText: keysOf(r.name, r.aliases).join(" ") || "-" }));
  return tx.run(SET_ENTITY_LOOKUP, { rows: out });
}

/** Recomputes the lookup keys of `ids` from their stored name and aliases (after a load added aliases). */
export async function refreshLookupKeys(ids: readonly string[], keysOf: LookupKeys): Promise<void> {
  for (const part of chunk([...ids], PAGE)) {
    await writeTx(async (tx) => {
      const rows = plainRecords<{ id: string; name: string; aliases: string[] }>(
        await tx.run(ENTITY_FORMS, { ids: part }),
      );
      await setLookupRows(tx, rows, keysOf);
    });
  }
}

/** Stored state of articles by id, and of every stored article holding one of `files`. */
export async function storedArticles(
  ids: readonly string[],
  files: readonly string[],
): Promise<{ byId: Map<string, StoredArticleState>; byFile: StoredArticleState[] }> {
  return readTx(async (tx) => {
    const byId = new Map<string, StoredArticleState>();
    for (const part of chunk([...ids], PAGE)) {
      for (const r of plainRecords<StoredArticleState>(await tx.run(ARTICLES_BY_ID, { ids: part }))) byId.set(r.id, r);
    }
    const wanted = new Set(files);
    const byFile = new Map<string, StoredArticleState>();
    for (const part of chunk([...new Set(files.map(fileKey))], KEYS_PER_QUERY)) {
      const rows = plainRecords<StoredArticleState>(
        await tx.run(ARTICLES_BY_FILE_KEYS, { query: part.join(" OR "), limit: 100_000 }),
      );
      // A hash prefix could collide: keep only articles that really list one of the files.
      for (const r of rows) if ((r.files ?? []).some((f) => wanted.has(f))) byFile.set(r.id, r);
    }
    return { byId, byFile: [...byFile.values()] };
  });
}

export interface StoredContext {
  /** Stored articles around the candidates, rebuilt from their entities (the merge rules' context). */
  articles: StoredArticle[];
  /** Every candidate entity found by key. */
  candidates: StoredEntity[];
}

/**
 * Stored entities sharing a lookup key with the batch, and up to CONTEXT_ARTICLES_PER_ENTITY stored articles of
 * each (leaving out `exclude`: the old versions of articles being replaced). A candidate in none of them comes
 * as an article of its own.
 */
export async function storedContext(keys: readonly string[], exclude: readonly string[]): Promise<StoredContext> {
  return readTx(async (tx) => {
    const candidates = new Map<string, StoredEntity>();
    for (const part of chunk([...keys], KEYS_PER_QUERY)) {
      const rows = plainRecords<StoredEntity>(
        await tx.run(ENTITIES_BY_LOOKUP_KEYS, { query: part.join(" OR "), limit: 100_000 }),
      );
      for (const r of rows) candidates.set(r.id, r);
    }
    const articleIds = new Set<string>();
    for (const part of chunk([...candidates.keys()], PAGE)) {
      const [row] = plainRecords<{ ids: string[] }>(
        await tx.run(CONTEXT_ARTICLE_IDS, { ids: part, exclude: [...exclude], perEntity: CONTEXT_ARTICLES_PER_ENTITY }),
      );
      for (const id of row?.ids ?? []) articleIds.add(id);
    }
    const articles: StoredArticle[] = [];
    const covered = new Set<string>();
    for (const part of chunk([...articleIds].sort(), PAGE)) {
      for (const a of plainRecords<StoredArticle>(await tx.run(ARTICLE_ENTITIES, { ids: part }))) {
        a.entities.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
        for (const e of a.entities) covered.add(e.id);
        articles.push(a);
      }
    }
    articles.sort((x, y) => (x.articleId < y.articleId ? -1 : 1));
    for (const c of [...candidates.values()].sort((x, y) => (x.id < y.id ? -1 : 1))) {
      if (!covered.has(c.id)) articles.push({ articleId: `entity:${c.id}`, entities: [c] });
    }
    return { articles, candidates: [...candidates.values()] };
  });
}

/** Stored entity ids that start with any of `prefixes`. */
export async function storedIdsWithPrefix(prefixes: readonly string[]): Promise<Set<string>> {
  return readTx(async (tx) => {
    const out = new Set<string>();
    for (const part of chunk([...new Set(prefixes)], PAGE)) {
      const [row] = plainRecords<{ ids: string[] }>(await tx.run(ENTITY_IDS_WITH_PREFIX, { prefixes: part }));
      for (const id of row?.ids ?? []) out.add(id);
    }
    return out;
  });
}

/** Sets content hash, files and file keys of loaded articles. */
export async function setArticleKeys(rows: readonly { id: string; hash: string; files: string[] }[]): Promise<void> {
  for (const part of chunk([...rows], PAGE)) {
    await writeTx((tx) =>
      tx.run(SET_ARTICLE_KEYS, { rows: part.map((r) => ({ ...r, fileKeys: fileKeysText(r.files) })) }),
    );
  }
}

export interface Footprint {
  entities: string[];
  relations: { id: string; source: string; target: string }[];
}

/**
 * Removes the mentions and statements of `clear` (articles that stay, to be loaded again) and deletes `remove`
 * (articles no file holds any more) in one transaction, and returns what they touched for `recount`.
 */
export async function removeArticleContent(clear: readonly string[], remove: readonly string[]): Promise<Footprint> {
  const ids = [...clear, ...remove];
  if (ids.length === 0) return { entities: [], relations: [] };
  return writeTx(
    async (tx) => {
      const entities = new Set<string>();
      const relations = new Map<string, { id: string; source: string; target: string }>();
      for (const part of chunk(ids, PAGE)) {
        const rows = plainRecords<Footprint>(await tx.run(ARTICLE_FOOTPRINT, { ids: part }));
        for (const r of rows) {
          for (const e of r.entities) entities.add(e);
          for (const rel of r.relations) relations.set(`${rel.id}|${rel.source}|${rel.target}`, rel);
        }
        await tx.run(CLEAR_ARTICLE_CONTENT, { ids: part });
      }
      for (const part of chunk([...remove], PAGE)) await tx.run(DELETE_ARTICLES, { ids: part });
      return { entities: [...entities].sort(), relations: [...relations.values()] };
    },
    { metadata: { op: "ingest-remove" } },
  );
}

/**
 * Exact counts after removals (and after the new versions were loaded): evidence and sources of the touched
 * relations from their remaining statements (none left: deleted), mention counts of the touched entities, and
 * touched entities nothing refers to any more deleted. Returns how many entities were deleted.
 */
export async function recount(footprint: Footprint): Promise<number> {
  if (footprint.entities.length === 0 && footprint.relations.length === 0) return 0;
  const deleted = await writeTx(
    async (tx) => {
      for (const part of chunk(footprint.relations, PAGE)) await tx.run(RECOUNT_RELATIONS, { rows: part });
      let deleted = 0;
      for (const part of chunk(footprint.entities, PAGE)) {
        await tx.run(RECOMPUTE_MENTION_COUNTS, { ids: part });
        const [row] = plainRecords<{ deleted: number }>(await tx.run(DELETE_ORPHAN_ENTITIES, { ids: part }));
        deleted += row?.deleted ?? 0;
      }
      return deleted;
    },
    { metadata: { op: "ingest-recount" } },
  );
  // Removed articles change their entities' co-mentions; removed relations their endpoints' relation degree.
  await refreshDegreesForEntities([...footprint.entities, ...footprint.relations.flatMap((r) => [r.source, r.target])]);
  return deleted;
}
