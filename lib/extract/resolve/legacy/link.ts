/**
 * LEGACY resolver (before issue 10), kept verbatim so `npm run eval -- resolve` can print its figures beside the
 * current one; the pipeline uses it only with `resolver: "legacy"`.
 *
 * In-article linking: groups one article's name mentions into local entities. Same key → same entity; a
 * surname or short form joins the one full person name it ends ("Raisi" → "Ebrahim Raisi"), whatever type the
 * tagger gave the short mention; an acronym joins the name it abbreviates ("Eurasian Economic Union (EAEU)")
 * or its gazetteer expansion. Each entity's type is voted by its mentions, full-name mentions counting double.
 */
import type { EntityType } from "../../../graph/types";
import type { NameMention } from "../clean";
import { typeFromNameHead } from "../../gazetteer";
import { initials, isAcronym, nameTokens, normKey } from "../names";

export interface LocalEntity {
  /** Merge key across articles: "g:<gazetteer name>" or the normalised name. */
  key: string;
  name: string;
  type: EntityType;
  /** From the gazetteer: canonical name and type are fixed. */
  fixed: boolean;
  mentions: NameMention[];
}

export interface LinkResult {
  entities: LocalEntity[];
  /** For each input mention (same order), the index of its entity. */
  entityOf: number[];
}

function mentionKey(m: NameMention): string {
  return m.gazetteer ? `g:${m.gazetteer.name}` : normKey(m.text);
}

/** Picks the type with most votes; full-name (multi-token) mentions count double; ties broken by a fixed order. */
export function voteType(mentions: readonly NameMention[]): EntityType {
  const order: EntityType[] = ["PERSON", "ORGANIZATION", "LOCATION", "EVENT", "MISC", "DATE", "MONEY"];
  const votes = new Map<EntityType, number>();
  for (const m of mentions) {
    const w = nameTokens(m.text).length > 1 ? 2 : 1;
    votes.set(m.type, (votes.get(m.type) ?? 0) + w);
  }
  let best: EntityType = mentions[0]?.type ?? "MISC";
  let bestVotes = -1;
  for (const t of order) {
    const v = votes.get(t) ?? 0;
    // MISC is the tagger's catch-all: any other type with equal votes wins.
    if (v > bestVotes) {
      best = t;
      bestVotes = v;
    }
  }
  return best;
}

/** Most complete, then most frequent, then alphabetically first surface form. */
export function canonicalName(forms: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const f of forms) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts.entries()].sort(
    (a, b) =>
      nameTokens(b[0]).length - nameTokens(a[0]).length || b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  )[0][0];
}

/** Acronyms are rarely people: when an entity has an acronym, its PERSON votes do not count. */
function acronymVoters(ms: NameMention[]): NameMention[] {
  if (!ms.some((m) => isAcronym(m.text)) || ms.every((m) => m.type === "PERSON")) return ms;
  return ms.filter((m) => m.type !== "PERSON");
}

export function linkArticle(text: string, mentions: readonly NameMention[]): LinkResult {
  // 1. Group by key.
  const groups = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const k = mentionKey(m);
    const g = groups.get(k);
    if (g) g.push(i);
    else groups.set(k, [i]);
  });
  const keyOf = new Map<string, string>(); // key → key it joins
  const keys = [...groups.keys()];
  const typeOfKey = (k: string) => {
    const ms = groups.get(k)!.map((i) => mentions[i]);
    return typeFromNameHead(ms[0].text) ?? voteType(ms);
  };

  // 2. Short person forms join the one full person name they end.
  const fullPersons = keys.filter((k) => !k.startsWith("g:") && k.includes(" ") && typeOfKey(k) === "PERSON");
  for (const k of keys) {
    // Gazetteer names (the country "Jordan") only yield to a person when a short form was tagged PERSON.
    if (k.startsWith("g:") && !groups.get(k)!.some((i) => mentions[i].type === "PERSON")) continue;
    const shortTokens = k.startsWith("g:") ? nameTokens(mentions[groups.get(k)![0]].text) : k.split(" ");
    const matches = fullPersons.filter((f) => {
      if (f === k) return false;
      const ft = f.split(" ");
      if (ft.length <= shortTokens.length) return false;
      return shortTokens.every((t, j) => ft[ft.length - shortTokens.length + j] === t);
    });
    if (matches.length === 1) keyOf.set(k, matches[0]);
  }

  // 3. Acronyms join the name they abbreviate: written "Name (ACR)" in the text, or the initials of one name.
  const orgLike = keys.filter((k) => !keyOf.has(k) && k.includes(" ") && typeOfKey(k) !== "PERSON");
  for (const k of keys) {
    if (keyOf.has(k) || k.startsWith("g:")) continue;
    const surface = mentions[groups.get(k)![0]].text;
    if (!isAcronym(surface)) continue;
    const acr = surface.replace(/\./g, "");
    const at = text.indexOf(`(${acr})`);
    let target: string | undefined;
    if (at >= 0) {
      const before = normKey(text.slice(Math.max(0, at - 120), at));
      target = keys.find(
        (o) => o !== k && o.includes(" ") && groups.get(o)!.some((i) => before.endsWith(normKey(mentions[i].text))),
      );
    }
    if (!target) {
      const byInitials = orgLike.filter((o) => initials(mentions[groups.get(o)![0]].text) === acr);
      if (byInitials.length === 1) target = byInitials[0];
    }
    if (target) keyOf.set(k, target);
  }

  const root = (k: string): string => {
    let r = k;
    for (let n = 0; keyOf.has(r) && n < 10; n++) r = keyOf.get(r)!;
    return r;
  };
  const byRoot = new Map<string, number[]>();
  for (const k of keys) {
    const r = root(k);
    const list = byRoot.get(r) ?? [];
    list.push(...groups.get(k)!);
    byRoot.set(r, list);
  }

  const entities: LocalEntity[] = [];
  const entityOf = new Array<number>(mentions.length).fill(-1);
  for (const r of [...byRoot.keys()].sort()) {
    const idx = byRoot.get(r)!.sort((a, b) => a - b);
    const ms = idx.map((i) => mentions[i]);
    const rootMentions = groups.get(r)!.map((i) => mentions[i]);
    const gaz = rootMentions[0].gazetteer;
    const fixed = r.startsWith("g:") && gaz !== undefined;
    const entity: LocalEntity = {
      key: r,
      name: fixed ? gaz!.name : canonicalName(rootMentions.map((m) => m.text)),
      // A full person name keeps its type whatever the tagger called its short forms.
      type: fixed
        ? gaz!.type
        : fullPersons.includes(r)
          ? "PERSON"
          : (typeFromNameHead(rootMentions[0].text) ?? voteType(acronymVoters(ms))),
      fixed,
      mentions: ms,
    };
    for (const i of idx) entityOf[i] = entities.length;
    entities.push(entity);
  }
  return { entities, entityOf };
}
