/**
 * In-article linking: groups one article's name mentions into local entities. Same key → same entity; a
 * surname or short form joins the one full person name it ends ("Raisi" → "Ebrahim Raisi"), whatever type the
 * tagger gave the short mention, and an initial form ("D Jones") the one full name it fits; an acronym joins the
 * name it abbreviates, defined in the text ("World Anti-Doping Agency (Wada)", "the Office of Fair Trading, the
 * OFT") or by the initials of one name; a stated alias ("Norman Cook, better known as Fatboy Slim") joins its
 * name. Every join keeps its rule id. Each entity's type is voted by its mentions, full-name mentions counting
 * double.
 */
import type { EntityType } from "../../graph/types";
import type { NameMention } from "./clean";
import { typeFromNameHead } from "../gazetteer";
import { initials, isAcronym, nameTokens, normKey } from "./names";
import { initialsVariants } from "./org";
import { isSurnameVariant } from "./person";
import { statedAliases } from "./aliases";
import { isKnownGivenName } from "./nicknames";
import { TAGGER_FIRST_NAME_SET } from "../gazetteer";
import { nameGender } from "../coref/gender";

/** Rule ids of in-article joins (see docs/extraction.md). */
export type LocalRule =
  | "surname-in-article"
  | "initial-in-article"
  | "spelling-in-article"
  | "acronym-defined"
  | "acronym-initials-in-article"
  | "stated-alias";

/** One form that joined another inside an article, and why. Forms are surface texts. */
export interface LocalLink {
  form: string;
  to: string;
  rule: LocalRule;
}

export interface LocalEntity {
  /** Merge key across articles: "g:<gazetteer name>" or the normalised name. */
  key: string;
  name: string;
  type: EntityType;
  /** From the gazetteer: canonical name and type are fixed. */
  fixed: boolean;
  mentions: NameMention[];
  /** How the entity's other forms joined it (absent: one form only). */
  links?: LocalLink[];
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
  const mixed = mentions.some((m) => m.type !== "PERSON");
  for (const m of mentions) {
    const toks = nameTokens(m.text);
    let w = toks.length > 1 ? 2 : 1;
    // Evidence from the name itself: "Time Warner" does not start with a given name, so when the tagger also
    // calls it something else its PERSON votes count half.
    if (
      mixed &&
      m.type === "PERSON" &&
      toks.length > 1 &&
      toks[0].length > 1 &&
      !TAGGER_FIRST_NAME_SET.has(toks[0]) &&
      !isKnownGivenName(toks[0])
    ) {
      w /= 2;
    }
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

/** Most complete (most words, then fewest initials), then most frequent, then alphabetically first form. */
export function canonicalName(forms: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const f of forms) counts.set(f, (counts.get(f) ?? 0) + 1);
  const initialsIn = (f: string) => nameTokens(f).filter((t) => t.length === 1).length;
  return [...counts.entries()].sort(
    (a, b) =>
      nameTokens(b[0]).length - nameTokens(a[0]).length ||
      initialsIn(a[0]) - initialsIn(b[0]) ||
      b[1] - a[1] ||
      (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
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
  const keys = [...groups.keys()];
  const votedType = (k: string) => {
    const ms = groups.get(k)!.map((i) => mentions[i]);
    return typeFromNameHead(ms[0].text) ?? voteType(ms);
  };
  // "Sonia O'Sullivan" tagged an organisation where the article's "O'Sullivan" is a person: a given name before a
  // surname the article uses for a person makes the full name that person's, whatever the tagger said.
  const typeOfKey = (k: string) => {
    const t = votedType(k);
    if (t === "PERSON" || k.startsWith("g:")) return t;
    const toks = k.split(" ");
    if (toks.length < 2 || typeFromNameHead(surfaceOf(k))) return t;
    if (!TAGGER_FIRST_NAME_SET.has(toks[0]) && !isKnownGivenName(toks[0]) && !nameGender(toks[0])) return t;
    for (let n = 1; n < toks.length; n++) {
      const surname = toks.slice(n).join(" ");
      if (groups.has(surname) && votedType(surname) === "PERSON") return "PERSON";
    }
    return t;
  };
  const surfaceOf = (k: string) => mentions[groups.get(k)![0]].text;
  // Union-find over keys; the first join of a key records its rule. Full names stay roots.
  const parent = new Map<string, string>();
  const root = (k: string): string => {
    let r = k;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  const linkOf = new Map<string, LocalLink>();
  const join = (k: string, to: string, rule: LocalRule): void => {
    const rk = root(k);
    const rt = root(to);
    if (rk === rt) return;
    parent.set(rk, rt);
    if (!linkOf.has(k)) linkOf.set(k, { form: surfaceOf(k), to: surfaceOf(to), rule });
  };

  // 2. Short person forms join the one full person name they end; initial forms ("D Jones") the one they fit.
  const fullPersons = keys.filter((k) => !k.startsWith("g:") && k.includes(" ") && typeOfKey(k) === "PERSON");
  const fullGiven = fullPersons.filter((k) => k.split(" ")[0].length > 1);
  // Every proper token suffix of a full name → the full names ending so: one lookup per key instead of a scan
  // of all full names (quadratic in a long article's mentions).
  const bySuffix = new Map<string, string[]>();
  for (const f of fullPersons) {
    const ft = f.split(" ");
    for (let n = 1; n < ft.length; n++) {
      const suffix = ft.slice(ft.length - n).join(" ");
      const list = bySuffix.get(suffix);
      if (list) list.push(f);
      else bySuffix.set(suffix, [f]);
    }
  }
  // Two-word names typed otherwise, by their initial form (see below).
  const initialFormOthers = new Map<string, string[]>();
  for (const k of keys) {
    if (k.startsWith("g:") || fullPersons.includes(k)) continue;
    const surface = surfaceOf(k);
    if (!/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(surface) || typeFromNameHead(surface)) continue;
    const ft = k.split(" ");
    const form = `${ft[0][0]} ${ft[1]}`;
    const list = initialFormOthers.get(form);
    if (list) list.push(k);
    else initialFormOthers.set(form, [k]);
  }
  // Initial forms ("D Jones") look up the full names by surname part and first letter.
  const byInitialForm = new Map<string, string[]>();
  for (const f of fullGiven) {
    const ft = f.split(" ");
    const form = `${ft[0][0]} ${ft.slice(1).join(" ")}`;
    const list = byInitialForm.get(form);
    if (list) list.push(f);
    else byInitialForm.set(form, [f]);
  }
  for (const k of keys) {
    // Gazetteer names (the country "Jordan") only yield to a person when a short form was tagged PERSON.
    if (k.startsWith("g:") && !groups.get(k)!.some((i) => mentions[i].type === "PERSON")) continue;
    const shortTokens = k.startsWith("g:") ? nameTokens(surfaceOf(k)) : k.split(" ");
    const matches = (bySuffix.get(shortTokens.join(" ")) ?? []).filter((f) => f !== k);
    if (matches.length === 1) {
      join(k, matches[0], "surname-in-article");
      continue;
    }
    if (shortTokens.length >= 2 && shortTokens[0].length === 1 && !k.startsWith("g:")) {
      const fits = byInitialForm.get(shortTokens.join(" ")) ?? [];
      if (fits.length === 1) join(k, fits[0], "initial-in-article");
      // No person fits, but a two-word name the tagger typed otherwise does ("S Burger" beside "Schalk Burger"
      // read as an organisation in a results line): the initial form is a person's shape, so they are one.
      else if (fits.length === 0 && groups.get(k)!.some((i) => mentions[i].type === "PERSON")) {
        const others = initialFormOthers.get(shortTokens.join(" ")) ?? [];
        if (others.length === 1) join(k, others[0], "initial-in-article");
      }
    }
  }

  // A full name written twice with a one-letter slip in the surname ("Charles Clarke" … "Charles Clark"): the
  // rarer form joins the more frequent one. Same given name and middle names; surnames of 5+ letters.
  const byGiven = new Map<string, string[]>();
  for (const f of fullGiven) {
    const g = f.split(" ").slice(0, -1).join(" ");
    const list = byGiven.get(g);
    if (list) list.push(f);
    else byGiven.set(g, [f]);
  }
  for (const list of byGiven.values()) {
    if (list.length < 2) continue;
    const byCount = [...list].sort((a, b) => groups.get(b)!.length - groups.get(a)!.length || (a < b ? -1 : 1));
    for (let i = 1; i < byCount.length; i++) {
      const k = byCount[i];
      if (linkOf.has(k)) continue;
      const sur = k.split(" ").at(-1)!;
      const target = byCount.slice(0, i).filter((o) => isSurnameVariant(sur, o.split(" ").at(-1)!));
      if (target.length === 1) join(k, target[0], "spelling-in-article");
    }
  }

  // 3. Acronyms join the name they abbreviate: defined in the text ("Name (ACR)", "Name, the ACR"), or the
  // initials of one name. A mixed-case acronym ("Wada", "MoD") needs its initials to agree.
  const orgLike = keys.filter((k) => !linkOf.has(k) && k.includes(" ") && typeOfKey(k) !== "PERSON");
  for (const k of keys) {
    if (linkOf.has(k) || k.startsWith("g:")) continue;
    const surface = surfaceOf(k);
    const strict = isAcronym(surface);
    const mixed = !strict && /^\p{Lu}[\p{L}]{1,5}$/u.test(surface) && !surface.includes(" ");
    if (!strict && !mixed) continue;
    const acr = surface.replace(/\./g, "");
    const upper = acr.toUpperCase();
    const initialsFit = (o: string) => initialsVariants(surfaceOf(o)).includes(upper);
    let target: string | undefined;
    for (const marker of [`(${acr})`, `(the ${acr})`, `, the ${acr}`, `, or ${acr}`]) {
      const at = text.indexOf(marker);
      if (at < 0) continue;
      const before = normKey(text.slice(Math.max(0, at - 120), at));
      target = keys.find(
        (o) =>
          o !== k &&
          o.includes(" ") &&
          // The name right before "(ACR)" must fit it (its initials; for an all-capital acronym at least its
          // first letter), and is never a country or city.
          !(o.startsWith("g:") && mentions[groups.get(o)![0]].gazetteer?.kind !== "org") &&
          (initialsFit(o) || (strict && surfaceOf(o)[0].toUpperCase() === upper[0])) &&
          groups.get(o)!.some((i) => before.endsWith(normKey(mentions[i].text))),
      );
      if (target) break;
    }
    if (target) {
      join(k, target, "acronym-defined");
      continue;
    }
    // A mixed-case acronym with an inner capital ("MoD", "DfES") is an abbreviation by its shape; plain
    // capitalised words ("Who", "Wada") need a definition in the text.
    if (!strict && !/\p{Ll}\p{Lu}/u.test(surface)) continue;
    const byInitials = orgLike.filter((o) => (strict && initials(surfaceOf(o)) === acr) || initialsFit(o));
    if (byInitials.length === 1) join(k, byInitials[0], "acronym-initials-in-article");
  }

  // 4. Stated aliases ("Norman Cook, better known as Fatboy Slim"): the later form joins the earlier.
  for (const { a, b } of statedAliases(text, mentions)) {
    const ka = mentionKey(mentions[a]);
    const kb = mentionKey(mentions[b]);
    if (ka !== kb) join(kb, ka, "stated-alias");
  }

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
    const links = [...byRoot.get(r)!.reduce((acc, i) => acc.add(mentionKey(mentions[i])), new Set<string>())]
      .filter((k) => linkOf.has(k))
      .sort()
      .map((k) => linkOf.get(k)!);
    if (links.length > 0) entity.links = links;
    for (const i of idx) entityOf[i] = entities.length;
    entities.push(entity);
  }
  return { entities, entityOf };
}
