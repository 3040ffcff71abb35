/**
 * LEGACY resolver (before issue 10), kept verbatim so `npm run eval -- resolve` can print its figures beside the
 * current one; the pipeline uses it only with `resolver: "legacy"`.
 *
 * Cross-article resolution: merges the local entities of every article into corpus entities. Same key merges
 * (gazetteer aliases share one: "US" = "U.S." = "United States"); person names merge when their surnames sound
 * and spell alike and their first names do too ("Ibrahim Raisi" = "Ebrahim Raisi", "Volodymyr Zelenskyy" =
 * "Volodymyr Zelensky") but not when only the surname is shared ("Donald Trump" ≠ "Melania Trump"); a bare
 * surname joins a full name only when exactly one person in the corpus has it. Work is bucketed by the
 * surname's Double Metaphone code, so the cost stays near-linear in the number of distinct names.
 */
import jaroWinkler from "talisman/metrics/jaro-winkler";
import doubleMetaphone from "talisman/phonetics/double-metaphone";
import type { Entity, EntityType, Mention } from "../../../graph/types";
import { canonicalName, type LocalEntity } from "./link";
import { nameTokens, slug } from "../names";

export interface ArticleEntities {
  articleId: string;
  entities: LocalEntity[];
}

export interface MergeResult {
  entities: Entity[];
  /** idOf[i][j]: id of the corpus entity local entity j of input article i belongs to. */
  idOf: string[][];
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let r = x;
    while (this.parent.has(r) && this.parent.get(r) !== r) r = this.parent.get(r)!;
    // Path compression keeps later finds short.
    let c = x;
    while (c !== r) {
      const next = this.parent.get(c)!;
      this.parent.set(c, r);
      c = next;
    }
    return r;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // Deterministic: the smaller key becomes the root.
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

function groupKey(e: LocalEntity): string {
  if (e.fixed) return e.key;
  return (e.type === "PERSON" ? "P|" : "O|") + e.key;
}

function phonetic(word: string): string {
  return doubleMetaphone(word)[0] || word;
}

/** Surnames match when equal or nearly so and sounding alike ("zelenskyy" / "zelensky"). */
export function similarSurname(a: string, b: string): boolean {
  return a === b || (Math.abs(a.length - b.length) <= 1 && jaroWinkler(a, b) >= 0.92 && phonetic(a) === phonetic(b));
}

/** First names match when equal, an initial of each other, or close variants ("ebrahim" / "ibrahim"). */
export function similarGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  const jw = jaroWinkler(a, b);
  return jw >= 0.88 || (jw >= 0.8 && phonetic(a) === phonetic(b));
}

/** Two full person names (token lists, at least two tokens each) name the same person. */
export function samePerson(a: readonly string[], b: readonly string[]): boolean {
  return similarSurname(a[a.length - 1], b[b.length - 1]) && similarGivenName(a[0], b[0]);
}

export function mergeAcrossArticles(articles: readonly ArticleEntities[]): MergeResult {
  const uf = new UnionFind();
  const groups = new Map<string, { articleIndex: number; local: LocalEntity }[]>();
  articles.forEach((a, ai) => {
    for (const local of a.entities) {
      const k = groupKey(local);
      const list = groups.get(k) ?? [];
      list.push({ articleIndex: ai, local });
      groups.set(k, list);
      uf.find(k);
    }
  });

  // Full person names: bucket by the surname's sound, then compare pairs inside a bucket.
  const personKeys = [...groups.keys()].filter((k) => k.startsWith("P|")).sort();
  const full = personKeys.filter((k) => nameTokens(k.slice(2)).length > 1);
  const buckets = new Map<string, string[]>();
  for (const k of full) {
    const toks = nameTokens(k.slice(2));
    const code = phonetic(toks[toks.length - 1]);
    const list = buckets.get(code) ?? [];
    list.push(k);
    buckets.set(code, list);
  }
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (samePerson(nameTokens(list[i].slice(2)), nameTokens(list[j].slice(2)))) uf.union(list[i], list[j]);
      }
    }
  }

  // Bare surnames join the single person (after merging) whose surname they are.
  for (const k of personKeys) {
    const toks = nameTokens(k.slice(2));
    if (toks.length !== 1) continue;
    const candidates = buckets.get(phonetic(toks[0])) ?? [];
    // Exact surname only: a bare "Falconer" must not become "Armando Falcon".
    const roots = new Set(candidates.filter((c) => nameTokens(c.slice(2)).at(-1) === toks[0]).map((c) => uf.find(c)));
    if (roots.size === 1) uf.union(k, [...roots][0]);
  }

  // The same name typed PERSON in some articles and otherwise elsewhere ("Nintendo", "Andy Roddick") is one
  // entity whose type the mention counts decide.
  for (const k of personKeys) if (groups.has(`O|${k.slice(2)}`)) uf.union(k, `O|${k.slice(2)}`);

  // Collect members per root.
  const members = new Map<string, string[]>();
  for (const k of [...groups.keys()].sort()) {
    const r = uf.find(k);
    const list = members.get(r) ?? [];
    list.push(k);
    members.set(r, list);
  }

  type Draft = { root: string; name: string; type: EntityType; aliases: string[]; mentions: Mention[] };
  const drafts: Draft[] = [];
  const draftOfGroup = new Map<string, number>();
  for (const [root, keys] of members) {
    const locals = keys.flatMap((k) => groups.get(k)!);
    const fixed = locals.find((l) => l.local.fixed);
    const mentions: Mention[] = [];
    const seen = new Set<string>();
    for (const { articleIndex, local } of locals) {
      for (const m of local.mentions) {
        const id = `${articles[articleIndex].articleId}|${m.start}|${m.end}`;
        if (seen.has(id)) continue;
        seen.add(id);
        mentions.push({ articleId: articles[articleIndex].articleId, start: m.start, end: m.end, text: m.text });
      }
    }
    mentions.sort((a, b) =>
      a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start || a.end - b.end,
    );
    let type: EntityType;
    if (fixed) type = fixed.local.type;
    else if (keys.every((k) => k.startsWith("P|"))) type = "PERSON";
    else {
      const votes = new Map<EntityType, number>();
      for (const { local } of locals) {
        // A one-word "person" never introduced by a full name in its article ("Chelsea", "Nintendo") is a weak
        // vote: people in news are named in full at least once.
        const weak = local.type === "PERSON" && nameTokens(local.name).length === 1;
        const weight = Math.max(1, local.mentions.length) * (weak ? 0.5 : 1);
        votes.set(local.type, (votes.get(local.type) ?? 0) + weight);
      }
      type = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    }
    const forms = mentions.map((m) => m.text);
    const name = fixed ? fixed.local.name : forms.length > 0 ? canonicalName(forms) : locals[0].local.name;
    const aliases = [...new Set(forms)].sort();
    for (const k of keys) draftOfGroup.set(k, drafts.length);
    drafts.push({ root, name, type, aliases, mentions });
  }

  // Ids: type prefix + slug; a clash (two different entities with the same slug) gets a numeric suffix.
  const order = drafts.map((d, i) => ({ i, base: `${d.type.toLowerCase()}:${slug(d.name)}`, root: d.root }));
  order.sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : a.root < b.root ? -1 : 1));
  const ids = new Array<string>(drafts.length);
  const used = new Map<string, number>();
  for (const o of order) {
    const n = (used.get(o.base) ?? 0) + 1;
    used.set(o.base, n);
    ids[o.i] = n === 1 ? o.base : `${o.base}-${n}`;
  }

  const entities: Entity[] = drafts
    .map((d, i) => ({ id: ids[i], name: d.name, type: d.type, aliases: d.aliases, mentions: d.mentions }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const idOf = articles.map((a) => a.entities.map((l) => ids[draftOfGroup.get(groupKey(l))!]));
  return { entities, idOf };
}
