/**
 * Curation that lasts: corrections to what the extractor produced (merge two entities, split an alias off, change
 * an entity's type, reject a relation) stored as (:Curation) records with who/when/why, applied at once, undoable,
 * and re-applied after every load and ingest (loadGraph calls reapplyCorrections() last) so a rejected relation
 * stays rejected and a merge stays merged when the same articles come in again.
 *
 * Each kind is a registry entry with `apply` (returns a snapshot of what it changed, or null when there was
 * nothing to change) and `undo` (puts one snapshot back). A record keeps the snapshots of every application, so
 * undo replays them newest first. Relations stay with the original entity when an alias is split off.
 */
import { randomUUID } from "node:crypto";
import type { EntityType } from "../graph/types";
import { ALIASES_SEPARATOR, ENTITY_LABELS, isValidPredicate } from "./graph-model";
import {
  correctionBody,
  correctionsFile,
  CORRECTIONS_FORMAT,
  mergedAliases,
  mergeOffsets,
  partitionByAlias,
  splitEntityId,
  subtractOffsets,
  type CorrectionKind,
  type CorrectionParamsOf,
  type CorrectionsFile,
  type ExportedCorrection,
  type Offsets,
} from "./curation-plan";
import { NotFoundInStoreError } from "./errors";
import {
  ACTIVE_CURATIONS,
  CREATE_CURATION,
  CURATION_BY_ID,
  DELETE_ENTITY_RELATIONS,
  DELETE_MENTIONS,
  DELETE_RELATION,
  DETACH_DELETE_ENTITY,
  ENTITY_STATE,
  LIST_CURATIONS,
  MARK_CURATION_UNDONE,
  MOVE_STATEMENT_OBJECTS,
  MOVE_STATEMENT_SUBJECTS,
  RELATION_STATE,
  RETYPE_ENTITY,
  SET_ALIASES,
  SET_CURATION_SNAPSHOTS,
  SET_MENTIONS,
} from "./queries/curation";
import { MERGE_ENTITIES, MERGE_RELATIONS, RECOMPUTE_MENTION_COUNTS } from "./queries/write";
import { plainRecords, readTx, writeTx, type Tx } from "./transport";
import { refreshDegreesForArticles, refreshDegreesForEntities } from "./degrees";

export { CORRECTION_KINDS, correctionBody, correctionsFile } from "./curation-plan";
export type { CorrectionBody, CorrectionKind, CorrectionsFile, ExportedCorrection } from "./curation-plan";

/** A stored correction as the views get it. */
export interface Correction {
  id: string;
  kind: CorrectionKind;
  params: Record<string, string>;
  who: string;
  at: string;
  why: string;
  undone: boolean;
  undoneAt: string | null;
  /** How many times it has been applied (first time + re-applications that changed something). */
  applications: number;
}

interface MentionState extends Offsets {
  articleId: string;
  text: string;
  count: number;
}

interface RelationState {
  id: string;
  predicate: string;
  source: string;
  target: string;
  confidence: number;
  sources: string[];
}

interface EntityState {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: MentionState[];
  outgoing: RelationState[];
  incoming: RelationState[];
  subjectOf: string[];
  objectOf: string[];
}

async function entityState(tx: Tx, id: string): Promise<EntityState | null> {
  return plainRecords<EntityState>(await tx.run(ENTITY_STATE, { id }))[0] ?? null;
}

/** Mention rows without the article text (which snapshots need not carry). */
const mentionRow = (m: { articleId: string } & Offsets) => ({
  articleId: m.articleId,
  count: m.starts.length,
  starts: m.starts,
  ends: m.ends,
});

async function setMentions(tx: Tx, entityId: string, rows: ({ articleId: string } & Offsets)[]) {
  const keep = rows.filter((r) => r.starts.length > 0).map(mentionRow);
  const drop = rows.filter((r) => r.starts.length === 0).map((r) => r.articleId);
  if (keep.length) await tx.run(SET_MENTIONS, { entityId, rows: keep });
  if (drop.length) await tx.run(DELETE_MENTIONS, { entityId, articleIds: drop });
}

async function writeRelationRows(tx: Tx, rows: RelationState[]) {
  // The predicate becomes a relationship type ($(…) in MERGE_RELATIONS): only validated identifiers go there.
  for (const row of rows) {
    if (!isValidPredicate(row.predicate))
      throw new Error(`Invalid relation predicate ${JSON.stringify(row.predicate)}`);
  }
  if (rows.length) await tx.run(MERGE_RELATIONS, { rows: rows.map((r) => ({ negated: false, ...r })) });
}

const recount = (tx: Tx, ids: string[]) => tx.run(RECOMPUTE_MENTION_COUNTS, { ids });

const setAliases = (tx: Tx, id: string, aliases: string[]) =>
  tx.run(SET_ALIASES, { id, aliases, separator: ALIASES_SEPARATOR });

const entityRow = (e: { id: string; name: string; type: EntityType; aliases: string[] }) => ({
  id: e.id,
  name: e.name,
  type: e.type,
  label: ENTITY_LABELS[e.type],
  aliases: e.aliases,
});

interface Kind<K extends CorrectionKind, S> {
  kind: K;
  describe: string;
  /** Entity/relation ids that must exist when a user asks for it (import and re-application skip missing ones). */
  requires(params: CorrectionParamsOf[K]): { entities?: string[]; relation?: string };
  apply(tx: Tx, params: CorrectionParamsOf[K]): Promise<S | null>;
  undo(tx: Tx, params: CorrectionParamsOf[K], snapshot: S): Promise<void>;
  /**
   * What applying or undoing `snapshot` can change the stored degrees of (lib/neo4j/degrees.ts): entities whose
   * relations changed, and articles whose entities' co-mentions changed.
   */
  touches(params: CorrectionParamsOf[K], snapshot: S): Touched;
}

/** Entities and articles a correction touched, for refreshing their stored degrees afterwards. */
export interface Touched {
  entities: string[];
  articles: string[];
}

interface MergeSnapshot {
  keep: { aliases: string[]; mentions: ({ articleId: string } & Offsets)[] };
  merged: Omit<EntityState, "mentions"> & { mentions: ({ articleId: string } & Offsets)[] };
}

const merge: Kind<"merge", MergeSnapshot> = {
  kind: "merge",
  describe: "merge two entities (the second's mentions, relations and aliases move to the first)",
  requires: (p) => ({ entities: [p.keepId, p.mergeId] }),
  async apply(tx, { keepId, mergeId }) {
    const [keep, other] = [await entityState(tx, keepId), await entityState(tx, mergeId)];
    if (!keep || !other) return null;
    const keepMentions = new Map(keep.mentions.map((m) => [m.articleId, m]));
    await setMentions(
      tx,
      keepId,
      other.mentions.map((m) => {
        const mine = keepMentions.get(m.articleId);
        return { articleId: m.articleId, ...mergeOffsets(m, mine ?? { starts: [], ends: [] }) };
      }),
    );
    const moved = [...other.outgoing, ...other.incoming]
      .filter((r) => r.source !== keepId && r.target !== keepId)
      .map((r) => ({
        ...r,
        source: r.source === mergeId ? keepId : r.source,
        target: r.target === mergeId ? keepId : r.target,
      }));
    await tx.run(MOVE_STATEMENT_SUBJECTS, { ids: other.subjectOf, fromId: mergeId, toId: keepId });
    await tx.run(MOVE_STATEMENT_OBJECTS, { ids: other.objectOf, fromId: mergeId, toId: keepId });
    await writeRelationRows(tx, moved);
    await setAliases(tx, keepId, mergedAliases(keep, other));
    await tx.run(DETACH_DELETE_ENTITY, { id: mergeId });
    await recount(tx, [keepId]);
    const touched = new Set(other.mentions.map((m) => m.articleId));
    return {
      keep: { aliases: keep.aliases, mentions: keep.mentions.filter((m) => touched.has(m.articleId)).map(mentionRow) },
      merged: { ...other, mentions: other.mentions.map(mentionRow) },
    };
  },
  async undo(tx, { keepId, mergeId }, snap) {
    const m = snap.merged;
    await tx.run(MERGE_ENTITIES, { rows: [entityRow(m)], separator: ALIASES_SEPARATOR });
    await setAliases(tx, mergeId, m.aliases);
    const keepBefore = new Map(snap.keep.mentions.map((k) => [k.articleId, k]));
    await setMentions(
      tx,
      keepId,
      m.mentions.map((x) => keepBefore.get(x.articleId) ?? { articleId: x.articleId, starts: [], ends: [] }),
    );
    await setMentions(tx, mergeId, m.mentions);
    const relations = [...m.outgoing, ...m.incoming];
    await tx.run(DELETE_ENTITY_RELATIONS, { entityId: keepId, ids: relations.map((r) => r.id) });
    await writeRelationRows(tx, relations);
    await tx.run(MOVE_STATEMENT_SUBJECTS, { ids: m.subjectOf, fromId: keepId, toId: mergeId });
    await tx.run(MOVE_STATEMENT_OBJECTS, { ids: m.objectOf, fromId: keepId, toId: mergeId });
    await setAliases(tx, keepId, snap.keep.aliases);
    await recount(tx, [keepId, mergeId]);
  },
  touches: ({ keepId, mergeId }, snap) => ({
    // The merged entity's relations move to (or back from) the kept one: both ends of each change degree.
    entities: [
      keepId,
      mergeId,
      ...[...snap.merged.outgoing, ...snap.merged.incoming].flatMap((r) => [r.source, r.target]),
    ],
    articles: snap.merged.mentions.map((m) => m.articleId),
  }),
};

interface SplitSnapshot {
  newEntity: string;
  created: boolean;
  aliasWasListed: boolean;
  moved: ({ articleId: string } & Offsets)[];
}

const split: Kind<"split", SplitSnapshot> = {
  kind: "split",
  describe: "split an alias off into its own entity (mentions written that way move to it)",
  requires: (p) => ({ entities: [p.entityId] }),
  async apply(tx, { entityId, alias }) {
    const e = await entityState(tx, entityId);
    if (!e) return null;
    const newId = splitEntityId(entityId, alias);
    const existing = await entityState(tx, newId);
    const parts = e.mentions.map((m) => ({ m, ...partitionByAlias(m.text, m, alias) }));
    const moved = parts.filter((p) => p.alias.starts.length > 0);
    const aliasWasListed = e.aliases.includes(alias);
    if (!aliasWasListed && moved.length === 0) return null;
    if (!existing) {
      await tx.run(MERGE_ENTITIES, {
        rows: [entityRow({ id: newId, name: alias, type: e.type, aliases: [] })],
        separator: ALIASES_SEPARATOR,
      });
    }
    const theirs = new Map((existing?.mentions ?? []).map((m) => [m.articleId, m]));
    await setMentions(
      tx,
      newId,
      moved.map((p) => ({ articleId: p.m.articleId, ...mergeOffsets(p.alias, theirs.get(p.m.articleId) ?? p.alias) })),
    );
    await setMentions(
      tx,
      entityId,
      moved.map((p) => ({ articleId: p.m.articleId, ...p.rest })),
    );
    await setAliases(
      tx,
      entityId,
      e.aliases.filter((a) => a !== alias),
    );
    await recount(tx, [entityId, newId]);
    return {
      newEntity: newId,
      created: !existing,
      aliasWasListed,
      moved: moved.map((p) => ({ articleId: p.m.articleId, ...p.alias })),
    };
  },
  async undo(tx, { entityId, alias }, snap) {
    const [e, other] = [await entityState(tx, entityId), await entityState(tx, snap.newEntity)];
    if (!e) return;
    const mine = new Map(e.mentions.map((m) => [m.articleId, m]));
    await setMentions(
      tx,
      entityId,
      snap.moved.map((m) => ({ articleId: m.articleId, ...mergeOffsets(m, mine.get(m.articleId) ?? m) })),
    );
    if (other) {
      const theirs = new Map(other.mentions.map((m) => [m.articleId, m]));
      await setMentions(
        tx,
        snap.newEntity,
        snap.moved.map((m) => ({
          articleId: m.articleId,
          ...subtractOffsets(theirs.get(m.articleId) ?? { starts: [], ends: [] }, m),
        })),
      );
    }
    if (snap.aliasWasListed && !e.aliases.includes(alias)) await setAliases(tx, entityId, [...e.aliases, alias].sort());
    const left = await entityState(tx, snap.newEntity);
    if (snap.created && left && left.mentions.length === 0 && left.outgoing.length + left.incoming.length === 0) {
      await tx.run(DETACH_DELETE_ENTITY, { id: snap.newEntity });
    }
    await recount(tx, [entityId, snap.newEntity]);
  },
  touches: ({ entityId }, snap) => ({
    entities: [entityId, snap.newEntity],
    articles: snap.moved.map((m) => m.articleId),
  }),
};

const retype: Kind<"retype", { fromType: EntityType }> = {
  kind: "retype",
  describe: "change an entity's type",
  requires: (p) => ({ entities: [p.entityId] }),
  async apply(tx, { entityId, type }) {
    const e = await entityState(tx, entityId);
    if (!e || e.type === type) return null;
    await tx.run(RETYPE_ENTITY[type], { id: entityId, type });
    return { fromType: e.type };
  },
  async undo(tx, { entityId }, snap) {
    await tx.run(RETYPE_ENTITY[snap.fromType], { id: entityId, type: snap.fromType });
  },
  touches: () => ({ entities: [], articles: [] }),
};

async function relationState(tx: Tx, id: string): Promise<RelationState | null> {
  return plainRecords<RelationState>(await tx.run(RELATION_STATE, { id }))[0] ?? null;
}

const reject: Kind<"reject", RelationState> = {
  kind: "reject",
  describe: "reject a relation (removed from the graph; its evidence sentences stay with their articles)",
  requires: (p) => ({ relation: p.relationId }),
  async apply(tx, { relationId }) {
    const r = await relationState(tx, relationId);
    if (!r) return null;
    await tx.run(DELETE_RELATION, r);
    return r;
  },
  async undo(tx, _params, snap) {
    await writeRelationRows(tx, [snap]);
  },
  touches: (_params, snap) => ({ entities: [snap.source, snap.target], articles: [] }),
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const KINDS: Record<CorrectionKind, Kind<any, any>> = { merge, split, retype, reject };

export function describeKind(kind: CorrectionKind): string {
  return KINDS[kind].describe;
}

/** Collects what corrections touched while they run in a transaction; `refresh()` runs after it committed. */
function touchedSet() {
  const entities = new Set<string>();
  const articles = new Set<string>();
  return {
    add(kind: CorrectionKind, params: Record<string, string>, snapshot: unknown) {
      const t = KINDS[kind].touches(params, snapshot);
      for (const id of t.entities) entities.add(id);
      for (const id of t.articles) articles.add(id);
    },
    async refresh() {
      await refreshDegreesForArticles([...articles]);
      await refreshDegreesForEntities([...entities]);
    },
  };
}

interface StoredRecord {
  id: string;
  kind: CorrectionKind;
  params: string;
  who: string;
  at: string;
  why: string;
  undone: boolean;
  undoneAt: string | null;
  snapshots: string;
}

function toCorrection(r: StoredRecord): Correction {
  return {
    id: r.id,
    kind: r.kind,
    params: JSON.parse(r.params) as Record<string, string>,
    who: r.who,
    at: r.at,
    why: r.why,
    undone: r.undone,
    undoneAt: r.undoneAt ?? null,
    applications: (JSON.parse(r.snapshots) as unknown[]).length,
  };
}

async function checkExists(tx: Tx, kind: CorrectionKind, params: Record<string, string>) {
  const need = KINDS[kind].requires(params);
  for (const id of need.entities ?? []) {
    if (!(await entityState(tx, id))) throw new NotFoundInStoreError(`Entity "${id}" not found`);
  }
  if (need.relation && !(await relationState(tx, need.relation))) {
    throw new NotFoundInStoreError(`Relation "${need.relation}" not found (already rejected?)`);
  }
}

/**
 * Stores a correction and applies it in the same transaction. The entities/relation it names must exist (else
 * NotFoundInStoreError and nothing is stored). Input is validated with correctionBody (zod errors name the field).
 */
export async function recordCorrection(input: unknown): Promise<Correction> {
  const body = correctionBody.parse(input);
  const record: StoredRecord = {
    id: `cur:${randomUUID()}`,
    kind: body.kind,
    params: JSON.stringify(body.params),
    who: body.who,
    at: new Date().toISOString(),
    why: body.why,
    undone: false,
    undoneAt: null,
    snapshots: "[]",
  };
  const snapshot = await writeTx(
    async (tx) => {
      await checkExists(tx, body.kind, body.params);
      const snapshot = await KINDS[body.kind].apply(tx, body.params);
      record.snapshots = JSON.stringify(snapshot === null ? [] : [snapshot]);
      await tx.run(CREATE_CURATION, record);
      return snapshot;
    },
    { metadata: { op: `curation-${body.kind}` } },
  );
  const touched = touchedSet();
  if (snapshot !== null) touched.add(body.kind, body.params, snapshot);
  await touched.refresh();
  return toCorrection(record);
}

export async function listCorrections(): Promise<Correction[]> {
  const rows = await readTx(async (tx) => plainRecords<StoredRecord>(await tx.run(LIST_CURATIONS)));
  return rows.map(toCorrection);
}

/** Undoes a correction (every application, newest first) and marks it undone; it is no longer re-applied. */
export async function undoCorrection(id: string): Promise<Correction> {
  let touched = touchedSet();
  const undone = await writeTx(
    async (tx) => {
      touched = touchedSet(); // the driver may run this work again after a transient failure
      const row = plainRecords<StoredRecord>(await tx.run(CURATION_BY_ID, { id }))[0];
      if (!row) throw new NotFoundInStoreError(`Correction "${id}" not found`);
      if (row.undone) throw new NotFoundInStoreError(`Correction "${id}" is already undone`);
      const params = JSON.parse(row.params);
      const snapshots = JSON.parse(row.snapshots) as unknown[];
      for (const snap of [...snapshots].reverse()) {
        await KINDS[row.kind].undo(tx, params, snap);
        touched.add(row.kind, params, snap);
      }
      const at = new Date().toISOString();
      await tx.run(MARK_CURATION_UNDONE, { id, at });
      return toCorrection({ ...row, undone: true, undoneAt: at, snapshots: "[]" });
    },
    { metadata: { op: "curation-undo" } },
  );
  await touched.refresh();
  return undone;
}

/**
 * Applies every correction still in force again, oldest first, in one transaction: called at the end of every
 * load, so data loaded again (or newly ingested) gets the same corrections. Returns how many changed something.
 */
export async function reapplyCorrections(): Promise<number> {
  let touched = touchedSet();
  const changedCount = await writeTx(
    async (tx) => {
      touched = touchedSet();
      const rows = plainRecords<Omit<StoredRecord, "who" | "at" | "why" | "undone" | "undoneAt">>(
        await tx.run(ACTIVE_CURATIONS),
      );
      let changed = 0;
      for (const row of rows) {
        const snapshot = await KINDS[row.kind].apply(tx, JSON.parse(row.params));
        if (snapshot === null) continue;
        changed++;
        touched.add(row.kind, JSON.parse(row.params), snapshot);
        const snapshots = [...(JSON.parse(row.snapshots) as unknown[]), snapshot];
        await tx.run(SET_CURATION_SNAPSHOTS, { id: row.id, snapshots: JSON.stringify(snapshots) });
      }
      return changed;
    },
    { metadata: { op: "curation-reapply" } },
  );
  await touched.refresh();
  return changedCount;
}

/** Every correction (undone ones too, flagged) in the file format of `newsgraph corrections export`. */
export async function exportCorrections(): Promise<CorrectionsFile> {
  const all = await listCorrections();
  return {
    format: CORRECTIONS_FORMAT,
    version: 1,
    corrections: all.map(
      (c) =>
        ({
          id: c.id,
          kind: c.kind,
          params: c.params,
          who: c.who,
          at: c.at,
          why: c.why,
          undone: c.undone,
          undoneAt: c.undoneAt,
        }) as ExportedCorrection,
    ),
  };
}

/**
 * Imports a corrections file (validated completely first: a bad file stores nothing). Records whose id is already
 * stored are skipped; the others are stored and, unless undone, applied where their entities exist (the rest
 * apply on a later load). One transaction: all or nothing.
 */
export async function importCorrections(json: unknown): Promise<{ imported: number; skipped: number }> {
  const file = correctionsFile.parse(json);
  let touched = touchedSet();
  const result = await writeTx(
    async (tx) => {
      touched = touchedSet();
      let imported = 0;
      for (const c of [...file.corrections].sort((a, b) => a.at.localeCompare(b.at))) {
        if (plainRecords(await tx.run(CURATION_BY_ID, { id: c.id })).length > 0) continue;
        const snapshot = c.undone ? null : await KINDS[c.kind].apply(tx, c.params);
        if (snapshot !== null) touched.add(c.kind, c.params, snapshot);
        await tx.run(CREATE_CURATION, {
          id: c.id,
          kind: c.kind,
          params: JSON.stringify(c.params),
          who: c.who,
          at: c.at,
          why: c.why,
          undone: c.undone,
          undoneAt: c.undoneAt,
          snapshots: JSON.stringify(snapshot === null ? [] : [snapshot]),
        });
        imported++;
      }
      return { imported, skipped: file.corrections.length - imported };
    },
    { metadata: { op: "curation-import" } },
  );
  await touched.refresh();
  return result;
}
