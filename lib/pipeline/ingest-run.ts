/**
 * Incremental ingest, one typed function for the CLI (`newsgraph ingest`) and the browser upload (a worker
 * thread behind /api/ingest): read → compare with the store by content hash → extract only new and changed
 * articles → resolve their entities against the stored ones (lib/extract/resolve/stored.ts) → validate →
 * replace what changed articles left → load → exact recounts → curation re-applied. Progress is reported as
 * plain events; an AbortSignal stops the run at the next step boundary before anything is written (once writing
 * has started the run finishes, so the store is never left half-updated by an abort).
 */
import type { Article, GraphData } from "../graph/types";
import type { IngestResult, SplitMode } from "../ingest/types";
import type { MemoryFile } from "../ingest/memory";
import type { LoadPhase, LoadSummary } from "../neo4j/load";

export type IngestSource =
  | { kind: "paths"; paths: string[] }
  | { kind: "jsonl"; lines: AsyncIterable<string> }
  | { kind: "memory"; files: MemoryFile[] };

export type IngestEvent =
  | { kind: "listed"; total: number }
  | { kind: "file"; file: string; ok: boolean; articles: number; error?: string; done: number; total: number }
  | { kind: "compared"; unchanged: number; new: number; changed: number; removed: number }
  | { kind: "extract"; done: number; total: number }
  | { kind: "load"; phase: LoadPhase; done: number; total: number }
  | { kind: "done"; summary: IngestRunSummary };

export interface IngestRunOptions {
  split?: SplitMode;
  dedupe?: boolean;
  /** Extraction worker threads (1: in this thread). */
  workers?: number;
  /** Loader batch size (see lib/neo4j/load). */
  batchSize?: number;
  onEvent?: (event: IngestEvent) => void;
  /** Stops the run before its first write (see the header). */
  signal?: AbortSignal;
  /** Called with the graph about to be loaded (validated), e.g. to write it to graph.json first. */
  beforeLoad?: (graph: GraphData) => Promise<void>;
}

export interface NewEntity {
  id: string;
  name: string;
  type: string;
  /** Mentions in the ingested articles. */
  mentions: number;
}

export interface RefusedFile {
  file: string;
  reason: string;
  /** "error": the file could not be used (the run counts as failed); "skipped": passed over by design. */
  kind: "error" | "skipped";
}

export interface IngestRunSummary {
  /** Files read that gave at least one article. */
  filesRead: number;
  /** Files that could not be used, each with its one-line reason (sorted by file). */
  refused: RefusedFile[];
  articles: { unchanged: number; new: number; changed: number; removed: number };
  duplicatesDropped: number;
  /** Entities created by this ingest, most mentioned first. */
  newEntities: NewEntity[];
  /** Stored entities that gained mentions from the new articles. */
  joinedEntities: number;
  /** Relations the new articles state (new or supported again). */
  relations: number;
  /** The loader's summary; null when nothing had to be loaded. */
  load: LoadSummary | null;
  /** "2,058 unchanged, 3 new, 1 changed" (", 1 removed" when an article no file holds was deleted). */
  message: string;
  elapsedMs: number;
}

/** The one-line message of a summary's article counts. */
export function ingestMessage(a: IngestRunSummary["articles"]): string {
  const parts = [`${a.unchanged.toLocaleString("en-US")} unchanged`, `${a.new.toLocaleString("en-US")} new`];
  parts.push(`${a.changed.toLocaleString("en-US")} changed`);
  if (a.removed > 0) parts.push(`${a.removed.toLocaleString("en-US")} removed`);
  return parts.join(", ");
}

async function readSource(
  source: IngestSource,
  options: IngestRunOptions,
  emit: (e: IngestEvent) => void,
): Promise<IngestResult> {
  const split = options.split ?? "auto";
  const dedupe = options.dedupe ?? true;
  if (source.kind === "jsonl") {
    const { ingestJsonl } = await import("../ingest/jsonl");
    return ingestJsonl(source.lines, {
      dedupe,
      onLine: (n) => emit({ kind: "file", file: `line ${n}`, ok: true, articles: 1, done: n, total: n }),
    });
  }
  if (source.kind === "memory") {
    const { ingestMemoryFiles } = await import("../ingest/memory");
    const total = source.files.length;
    emit({ kind: "listed", total });
    let done = 0;
    return ingestMemoryFiles(source.files, {
      split,
      dedupe,
      onFile: (f) => emit({ kind: "file", ...f, done: ++done, total }),
    });
  }
  const { ingestPaths, expandPaths } = await import("../ingest/index");
  const total = (await expandPaths(source.paths)).files.length;
  emit({ kind: "listed", total });
  let done = 0;
  return ingestPaths(source.paths, {
    split,
    dedupe,
    onFile: (f) => emit({ kind: "file", ...f, done: ++done, total }),
  });
}

/** Refused files of an ingest result with their reasons, sorted. */
export function refusedFiles(ingested: IngestResult): RefusedFile[] {
  const out: RefusedFile[] = ingested.errors.map((e) => ({ file: e.file, reason: e.message, kind: "error" }));
  for (const f of ingested.skipped) out.push({ file: f, reason: "unsupported file type (not read)", kind: "skipped" });
  for (const f of ingested.notArticles ?? []) {
    out.push({ file: f, reason: "not a news article (README, licence or similar)", kind: "skipped" });
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

interface Comparison {
  toExtract: Article[];
  /** Stored ids whose content changed: mentions and statements cleared before the new version loads. */
  clear: string[];
  /** Stored articles no re-read file holds any more: deleted after the load. */
  remove: string[];
  /** Stored articles that keep some files but lose others, and unchanged ones found in more files. */
  refile: { id: string; hash: string; files: string[] }[];
  counts: IngestRunSummary["articles"];
}

/** Decides, per article, unchanged / new / changed, and what stored articles the re-read files no longer hold. */
function compare(
  articles: readonly Article[],
  hashes: Map<string, string>,
  byId: Map<string, { id: string; hash: string | null; files: string[] }>,
  byFile: readonly { id: string; hash: string | null; files: string[] }[],
): Comparison {
  const ids = new Set(articles.map((a) => a.id));
  const runFiles = new Set(articles.flatMap((a) => a.files));
  const toExtract: Article[] = [];
  const clear: string[] = [];
  const refile: Comparison["refile"] = [];
  let unchanged = 0;
  let changedSameId = 0;
  const newIds: Article[] = [];
  for (const a of articles) {
    const stored = byId.get(a.id);
    const hash = hashes.get(a.id)!;
    if (stored && stored.hash === hash) {
      unchanged++;
      const files = [...new Set([...stored.files, ...a.files])].sort();
      if (files.length !== stored.files.length) refile.push({ id: a.id, hash, files });
    } else if (stored) {
      changedSameId++;
      clear.push(a.id);
      toExtract.push(a);
    } else {
      newIds.push(a);
      toExtract.push(a);
    }
  }
  const remove: string[] = [];
  const replaced = new Set<string>();
  let removedWithoutSuccessor = 0;
  for (const s of [...byFile].sort((x, y) => (x.id < y.id ? -1 : 1))) {
    if (ids.has(s.id)) continue;
    const remaining = s.files.filter((f) => !runFiles.has(f));
    const successor = newIds.find((a) => !replaced.has(a.id) && a.files.some((f) => s.files.includes(f)));
    if (successor) replaced.add(successor.id);
    if (remaining.length === 0) {
      remove.push(s.id);
      if (!successor) removedWithoutSuccessor++;
    } else if (s.hash) {
      refile.push({ id: s.id, hash: s.hash, files: remaining });
    }
  }
  return {
    toExtract,
    clear,
    remove,
    refile,
    counts: {
      unchanged,
      new: newIds.length - replaced.size,
      changed: changedSameId + replaced.size,
      removed: removedWithoutSuccessor,
    },
  };
}

/** Runs one incremental ingest of `source` into the Neo4j at NEO4J_URI. */
export async function runIngest(source: IngestSource, options: IngestRunOptions = {}): Promise<IngestRunSummary> {
  const started = performance.now();
  const emit = (e: IngestEvent) => options.onEvent?.(e);
  const signal = options.signal;
  signal?.throwIfAborted();
  const ingested = await readSource(source, options, emit);
  signal?.throwIfAborted();

  const [store, { validateForLoad, loadGraph }, { reapplyCorrections }, { entityLookupKeys }] = await Promise.all([
    import("../neo4j/incremental"),
    import("../neo4j/load"),
    import("../neo4j/curation"),
    import("../extract/resolve/stored"),
  ]);
  await store.ensureIncrementalSchema(entityLookupKeys);
  const hashes = new Map(ingested.articles.map((a) => [a.id, store.contentHash(a)]));
  const { byId, byFile } = await store.storedArticles(
    ingested.articles.map((a) => a.id),
    ingested.articles.flatMap((a) => a.files),
  );
  const cmp = compare(ingested.articles, hashes, byId, byFile);
  emit({ kind: "compared", ...cmp.counts });
  signal?.throwIfAborted();

  let graph: GraphData | null = null;
  let newEntities: NewEntity[] = [];
  let joinedEntities = 0;
  if (cmp.toExtract.length > 0) {
    const extracted = await extractAgainstStore(cmp.toExtract, [...cmp.clear, ...cmp.remove], options, emit, store);
    graph = extracted.graph;
    joinedEntities = extracted.joinedEntities;
    const isNew = new Set(extracted.newEntities);
    newEntities = graph.entities
      .filter((e) => isNew.has(e.id))
      .map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentions.length }))
      .sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
    validateForLoad(graph); // throws naming the first bad record, before any write
  }
  signal?.throwIfAborted();

  // Writes from here on: the run completes even if aborted now.
  let load: LoadSummary | null = null;
  const footprint = await store.removeArticleContent(cmp.clear, []);
  if (graph) {
    await options.beforeLoad?.(graph);
    load = await loadGraph(graph, {
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      onProgress: (done, total, phase) => emit({ kind: "load", phase, done, total }),
    });
    await store.setArticleKeys(
      graph.articles.map((a) => {
        const stored = byId.get(a.id);
        return {
          id: a.id,
          hash: hashes.get(a.id)!,
          files: [...new Set([...(stored?.files ?? []), ...a.files])].sort(),
        };
      }),
    );
  }
  await store.setArticleKeys(cmp.refile);
  const removed = await store.removeArticleContent([], cmp.remove);
  const touched: typeof footprint = {
    entities: [...new Set([...footprint.entities, ...removed.entities])],
    relations: [...footprint.relations, ...removed.relations],
  };
  await store.recount(touched);
  if (graph)
    await store.refreshLookupKeys(
      graph.entities.map((e) => e.id),
      entityLookupKeys,
    );
  // loadGraph re-applied the corrections already; removals since may have undone some, and a run that loaded
  // nothing still honours the promise that every ingest re-applies them.
  if (!graph || cmp.remove.length > 0 || cmp.clear.length > 0) await reapplyCorrections();

  const summary: IngestRunSummary = {
    filesRead: ingested.files,
    refused: refusedFiles(ingested),
    articles: cmp.counts,
    duplicatesDropped: ingested.duplicatesDropped,
    newEntities,
    joinedEntities,
    relations: graph?.relations.length ?? 0,
    load,
    message: ingestMessage(cmp.counts),
    elapsedMs: Math.round(performance.now() - started),
  };
  emit({ kind: "done", summary });
  return summary;
}

type Store = typeof import("../neo4j/incremental");

/**
 * Extraction of the articles to load, their entities resolved against the store: candidates by lookup key,
 * the stored articles around them as context, fresh ids clear of stored ones. With no stored candidate at all
 * (an empty store) the plain corpus merge runs, so the graph is byte-identical to `newsgraph extract`.
 */
async function extractAgainstStore(
  articles: Article[],
  exclude: string[],
  options: IngestRunOptions,
  emit: (e: IngestEvent) => void,
  store: Store,
): Promise<{ graph: GraphData; newEntities: string[]; joinedEntities: number }> {
  const [{ articleWork }, { loadDefaultTagger }, { assembleGraph }, stored] = await Promise.all([
    import("../cli/extract-pool"),
    import("../extract/ner/index"),
    import("../extract/pipeline"),
    import("../extract/resolve/stored"),
  ]);
  let done = 0;
  const total = articles.length;
  emit({ kind: "extract", done, total });
  const work = await articleWork(articles, { workers: options.workers ?? 1, tagger: loadDefaultTagger }, () =>
    emit({ kind: "extract", done: ++done, total }),
  );
  options.signal?.throwIfAborted();
  const batch = work.map((w) => ({ articleId: w.article.id, entities: w.locals }));
  const context = await store.storedContext(stored.batchLookupKeys(batch), exclude);
  if (context.candidates.length === 0) {
    const graph = assembleGraph(work);
    return { graph, newEntities: graph.entities.map((e) => e.id), joinedEntities: 0 };
  }
  const storedIds = new Set(context.articles.flatMap((a) => a.entities.map((e) => e.id)));
  // Fresh ids must not collide with any stored id, candidate or not: look up the stored ids sharing their base.
  let taken = new Set(storedIds);
  let result = stored.mergeWithStored(batch, { stored: context.articles, isStoredId: (id) => taken.has(id) });
  const fresh = result.entities.filter((e) => !storedIds.has(e.id)).map((e) => e.id.replace(/-\d+$/, ""));
  const clashes = await store.storedIdsWithPrefix(fresh);
  if ([...clashes].some((id) => !taken.has(id))) {
    taken = new Set([...taken, ...clashes]);
    result = stored.mergeWithStored(batch, { stored: context.articles, isStoredId: (id) => taken.has(id) });
  }
  const final = result;
  const graph = assembleGraph(work, { merge: () => final });
  const newEntities = graph.entities.filter((e) => !taken.has(e.id)).map((e) => e.id);
  return { graph, newEntities, joinedEntities: graph.entities.length - newEntities.length };
}
