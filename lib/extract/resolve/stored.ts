/**
 * Resolution of a new batch of articles against entities already stored (incremental ingest). Pure: the store
 * side (lib/pipeline/ingest-run.ts) fetches candidate entities by their lookup keys and the articles they appear
 * in, and this module runs the SAME cross-article merge as a whole-corpus extraction (merge.ts) over the stored
 * articles (rebuilt from their stored entities) plus the new ones. A new local entity then takes the id of the one
 * stored entity its cluster holds, so the precision-first rules decide exactly as within a corpus: a bare
 * "Putin" joins the one stored Putin, "Dave Jones" never joins "Digby Jones", an acronym joins the stored
 * organisation it abbreviates only when the context agrees. Stored entities are never merged with each other
 * here: what the store holds is only ever extended.
 */
import type { Entity, EntityType, Mention } from "../../graph/types";
import type { NameMention } from "./clean";
import { canonicalName, type LocalEntity } from "./link";
import { mergeAcrossArticles, type ArticleEntities, type MergeResult } from "./merge";
import { initials, isAcronym, nameTokens, normKey, slug } from "./names";
import { orgVariantKeys } from "./org";
import { phonetic } from "./person";
import { lookupName } from "../gazetteer";

/** A stored entity as the resolver needs it. */
export interface StoredEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
}

/** A stored article and the stored entities it mentions (its context for the merge rules). */
export interface StoredArticle {
  articleId: string;
  entities: StoredEntity[];
}

const KEY_CHARS = /[^a-z0-9_]/g;
const key = (prefix: string, words: readonly string[]) => `${prefix}_${words.join("_").replace(KEY_CHARS, "")}`;

/**
 * Lookup keys of one name form: the keys under which merge.ts can bring two forms together (same normalised
 * name or organisation variant, the surname and its sound for people, initials for acronyms). Two forms that
 * merge.ts could join always share a key, so fetching stored entities by the batch's keys finds every candidate
 * without reading the whole graph. Keys are ASCII words for a whitespace-analysed full-text index.
 */
export function formLookupKeys(form: string): string[] {
  const tokens = nameTokens(form);
  if (tokens.length === 0) return [];
  const out = new Set<string>([key("k", tokens)]);
  const hit = lookupName(form);
  if (hit) out.add(key("k", nameTokens(hit.name)));
  for (const v of orgVariantKeys(form)) out.add(key("k", v.key.split(" ")));
  const last = tokens.at(-1)!;
  out.add(key("s", [last]));
  const sound = phonetic(last).toLowerCase();
  if (sound) out.add(key("p", [sound]));
  if (tokens.length >= 2) {
    out.add(key("i", [initials(form).toLowerCase()]));
    out.add(key("l", [tokens.map((t) => t[0]).join("")]));
  }
  const bare = form.replace(/\./g, "");
  if (isAcronym(bare)) {
    out.add(key("i", [bare.toLowerCase()]));
    out.add(key("l", [bare.toLowerCase()]));
  }
  return [...out].filter((k) => k.length > 2);
}

/** Every lookup key of an entity (name and aliases), sorted: stored as Entity.lookupText joined by spaces. */
export function entityLookupKeys(name: string, aliases: readonly string[]): string[] {
  const out = new Set<string>();
  for (const form of [name, ...aliases]) for (const k of formLookupKeys(form)) out.add(k);
  return [...out].sort();
}

/** The lookup keys of a batch's local entities (what to fetch candidates by). */
export function batchLookupKeys(articles: readonly ArticleEntities[]): string[] {
  const out = new Set<string>();
  for (const a of articles) {
    for (const e of a.entities) {
      for (const form of new Set([e.name, ...e.mentions.map((m) => m.text)])) {
        for (const k of formLookupKeys(form)) out.add(k);
      }
    }
  }
  return [...out].sort();
}

/** A stored entity as one local entity of a rebuilt article: its forms stand in for the mentions. */
function storedLocal(e: StoredEntity): LocalEntity {
  const hit = lookupName(e.name);
  const fixed = hit !== undefined && hit.name === e.name;
  const forms = [...new Set([e.name, ...e.aliases])];
  const mentions: NameMention[] = forms.map((text) => ({ start: 0, end: text.length, text, type: e.type }));
  return { key: fixed ? `g:${hit.name}` : normKey(e.name), name: e.name, type: e.type, fixed, mentions };
}

/** A one-word person name ("Jones") or an initial form: too little of a name to absorb a new full name. */
function isPartialPerson(e: StoredEntity): boolean {
  const tokens = nameTokens(e.name);
  return e.type === "PERSON" && (tokens.length < 2 || tokens[0].length === 1);
}

export interface StoredMergeOptions {
  stored: readonly StoredArticle[];
  /** Whether an entity id is already taken in the store (fresh ids must not collide with stored ones). */
  isStoredId: (id: string) => boolean;
}

/**
 * A merge function for assembleGraph (lib/extract/pipeline.ts): the new articles' local entities merged with
 * the stored context. Returns entities with mentions from the new articles only; an entity that joined a stored
 * one carries the stored id, name and type (the loader adds the new aliases and mentions to it).
 */
export function mergeWithStored(articles: readonly ArticleEntities[], options: StoredMergeOptions): MergeResult {
  const storedById = new Map<string, StoredEntity>();
  const rebuilt: ArticleEntities[] = options.stored.map((a) => ({
    articleId: `stored:${a.articleId}`,
    entities: a.entities.map((e) => {
      storedById.set(e.id, e);
      return storedLocal(e);
    }),
  }));
  const storedIdsOf = options.stored.map((a) => a.entities.map((e) => e.id));
  const merged = mergeAcrossArticles([...rebuilt, ...articles]);
  const byMergedId = new Map(merged.entities.map((e) => [e.id, e]));

  // Which stored entities each merged cluster holds.
  const storedInCluster = new Map<string, Set<string>>();
  storedIdsOf.forEach((ids, ai) =>
    ids.forEach((id, j) => {
      const cluster = merged.idOf[ai][j];
      const set = storedInCluster.get(cluster) ?? new Set<string>();
      set.add(id);
      storedInCluster.set(cluster, set);
    }),
  );

  /** The stored id a new local entity joins, or null (a new entity). */
  const storedTarget = (local: LocalEntity, cluster: string): string | null => {
    const candidates = [...(storedInCluster.get(cluster) ?? [])].map((id) => storedById.get(id)!);
    if (candidates.length === 0) return null;
    const full = nameTokens(local.name).length >= 2 && nameTokens(local.name)[0].length > 1;
    const usable = candidates.filter((c) => !(full && local.type === "PERSON" && isPartialPerson(c)));
    if (usable.length === 1) return usable[0].id;
    // Several stored entities in one cluster (the rebuilt context joined them): only an exact form decides.
    const forms = new Set(local.mentions.map((m) => normKey(m.text)).concat(normKey(local.name)));
    const exact = usable.filter((c) => [c.name, ...c.aliases].some((f) => forms.has(normKey(f))));
    return exact.length === 1 ? exact[0].id : null;
  };

  type Draft = { storedId: string | null; cluster: string; mentions: Mention[]; fixedName?: string };
  const drafts = new Map<string, Draft>();
  const draftKey: string[][] = articles.map((a, i) =>
    a.entities.map((local, j) => {
      const cluster = merged.idOf[rebuilt.length + i][j];
      const storedId = storedTarget(local, cluster);
      const k = storedId ? `s|${storedId}` : `n|${cluster}`;
      const draft: Draft = drafts.get(k) ?? { storedId, cluster, mentions: [] };
      if (local.fixed) draft.fixedName ??= local.name;
      for (const m of local.mentions) {
        draft.mentions.push({ articleId: a.articleId, start: m.start, end: m.end, text: m.text });
      }
      drafts.set(k, draft);
      return k;
    }),
  );

  const taken = new Set<string>();
  const finalId = new Map<string, string>();
  const entities: Entity[] = [];
  // Stored first, then new ones in key order, so fresh ids are deterministic.
  for (const [k, d] of [...drafts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const seen = new Set<string>();
    const mentions = d.mentions
      .filter((m) => {
        const id = `${m.articleId}|${m.start}|${m.end}`;
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      })
      .sort((a, b) =>
        a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start || a.end - b.end,
      );
    const forms = mentions.map((m) => m.text);
    let id: string;
    let name: string;
    let type: EntityType;
    if (d.storedId) {
      const s = storedById.get(d.storedId)!;
      ({ id, name, type } = s);
    } else {
      const m = byMergedId.get(d.cluster)!;
      type = m.type;
      name = d.fixedName ?? (forms.length > 0 ? canonicalName(forms) : m.name);
      const base = `${type.toLowerCase()}:${slug(name)}`;
      id = base;
      for (let n = 2; options.isStoredId(id) || taken.has(id); n++) id = `${base}-${n}`;
    }
    taken.add(id);
    finalId.set(k, id);
    entities.push({ id, name, type, aliases: [...new Set(forms)].sort(), mentions });
  }
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entities, idOf: draftKey.map((keys) => keys.map((k) => finalId.get(k)!)) };
}
