/**
 * Cross-article resolution, precision first: merges the local entities of every article into corpus entities.
 * - Same key merges (gazetteer aliases share one: "US" = "U.S." = "United States"); the same name typed PERSON in
 *   one article and otherwise in another is one entity whose type the mentions vote ("type-vote").
 * - Person full names merge only when given names are compatible (equal, nickname, a typo in a long name) and
 *   surnames agree (see person.ts), and the merged cluster stays consistent: every pair of its full given names
 *   compatible, and no article in which both sides appear as different people. Strongest rules go first.
 * - An initial form ("D Jones") or a bare surname ("Jones") joins a cluster across articles only when exactly one
 *   cluster fits it.
 * - Non-person names: function-word, plural and leading-country variants, word-by-word short forms, one typo in a
 *   long name, and acronyms from initials, each only when unambiguous (see org.ts).
 * Every union is an edge with a rule id; each alias's reason is the edge that brought its form in.
 * Work is bucketed (surname prefix, initials, name prefixes), so the cost stays near-linear.
 */
import type { AliasReason, Entity, EntityType, Mention } from "../../graph/types";
import { canonicalName, type LocalEntity } from "./link";
import { isAcronym, nameTokens, normKey, slug } from "./names";
import { personNameMatch, givenNameMatch, isDistinctiveSurnameTypo, isGivenNameSlip } from "./person";
import { FIRST_NAME_SET } from "../gazetteer";
import { isKnownGivenName } from "./nicknames";
import { contentTokens, isLongNameTypo, isShortForm, orgVariantKeys } from "./org";

export interface ArticleEntities {
  articleId: string;
  entities: LocalEntity[];
}

export interface MergeResult {
  entities: Entity[];
  /** idOf[i][j]: id of the corpus entity local entity j of input article i belongs to. */
  idOf: string[][];
}

/** Cluster facts that decide whether two person clusters may merge. */
interface Cluster {
  givens: Set<string>;
  articles: Set<number>;
}

class Clusters {
  private parent = new Map<string, string>();
  private data = new Map<string, Cluster>();
  readonly edges: { a: string; b: string; rule: string }[] = [];

  add(k: string, given: string | undefined, article: number): void {
    if (!this.parent.has(k)) {
      this.parent.set(k, k);
      this.data.set(k, { givens: new Set(), articles: new Set() });
    }
    const d = this.data.get(this.find(k))!;
    if (given && given.length > 1) d.givens.add(given);
    d.articles.add(article);
  }
  find(x: string): string {
    let r = x;
    while (this.parent.get(r) !== r) r = this.parent.get(r)!;
    let c = x;
    while (c !== r) {
      const next = this.parent.get(c)!;
      this.parent.set(c, r);
      c = next;
    }
    return r;
  }
  articlesOf(k: string): ReadonlySet<number> {
    return this.data.get(this.find(k))!.articles;
  }
  /** Whether merging would put incompatible given names, or two people of one article, into one cluster. */
  conflicts(a: string, b: string, checkArticles: boolean, allowSlip = false): boolean {
    const da = this.data.get(this.find(a))!;
    const db = this.data.get(this.find(b))!;
    for (const g of da.givens)
      for (const h of db.givens) if (!givenNameMatch(g, h) && !(allowSlip && isGivenNameSlip(g, h))) return true;
    if (checkArticles) {
      const [small, large] = da.articles.size < db.articles.size ? [da, db] : [db, da];
      for (const x of small.articles) if (large.articles.has(x)) return true;
    }
    return false;
  }
  union(a: string, b: string, rule: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    // Deterministic: the smaller key becomes the root.
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent.set(child, root);
    const dr = this.data.get(root)!;
    const dc = this.data.get(child)!;
    for (const g of dc.givens) dr.givens.add(g);
    for (const x of dc.articles) dr.articles.add(x);
    this.data.delete(child);
    this.edges.push({ a, b, rule });
    return true;
  }
}

/** Cardinal number words (see the acronym rule in mergeAcrossArticles). */
const NUMBER_WORDS = new Set(
  "one two three four five six seven eight nine ten eleven twelve twenty hundred thousand million".split(" "),
);

function isCommonGivenName(g: string): boolean {
  return FIRST_NAME_SET.has(g) || isKnownGivenName(g);
}

/**
 * The group a local entity starts in: the same name in two articles is one group, except a bare one-word person
 * name ("Lombard", "Charles"): each article's is its own group, which joins a full name only on that article's
 * evidence (step 3), so one article's "Charles" (Prince Charles) cannot carry another's (Ray Charles) along.
 */
function groupKey(e: LocalEntity, articleIndex: number): string {
  if (e.fixed) return e.key;
  if (e.type === "PERSON" && !e.key.includes(" ")) return `P|${e.key}#${articleIndex}`;
  return (e.type === "PERSON" ? "P|" : "O|") + e.key;
}

/** The name part of a group key: "P|lombard#12" → "lombard". */
function nameOfKey(k: string): string {
  const hash = k.indexOf("#");
  return hash < 0 ? k.slice(2) : k.slice(2, hash);
}

/** The article index of a bare name's per-article key: "P|lombard#12" → 12. */
function articleOfKey(k: string): number {
  return Number(k.slice(k.indexOf("#") + 1));
}

/** The key a name's context counts under: one per name, whichever article a bare surname stands in. */
function contextKey(k: string): string {
  const hash = k.indexOf("#");
  return hash < 0 ? k : k.slice(0, hash);
}

const RULE_ORDER = [
  "person-middle-name",
  "person-nickname",
  "person-spelling",
  "person-surname-spelling",
  "person-surname-variant",
  "person-given-variant",
  "person-same-name",
];

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

export function mergeAcrossArticles(articles: readonly ArticleEntities[]): MergeResult {
  const cl = new Clusters();
  const groups = new Map<string, { articleIndex: number; local: LocalEntity }[]>();
  articles.forEach((a, ai) => {
    for (const local of a.entities) {
      const k = groupKey(local, ai);
      push(groups, k, { articleIndex: ai, local });
      const toks = k.startsWith("P|") ? nameTokens(nameOfKey(k)) : [];
      cl.add(k, toks.length > 1 ? toks[0] : undefined, ai);
    }
  });
  const allKeys = [...groups.keys()].sort();
  /** The per-article groups of each bare one-word person name (see groupKey). */
  const bareKeys = new Map<string, string[]>();
  for (const k of allKeys) if (k.includes("#")) push(bareKeys, nameOfKey(k), k);
  const mentionCount = (k: string) => groups.get(k)?.reduce((n, g) => n + g.local.mentions.length, 0) ?? 0;
  const surfaceOf = (k: string) => groups.get(k)![0].local.name;
  const articleKeys = articles.map((a, ai) => a.entities.filter((e) => !e.fixed).map((e) => groupKey(e, ai)));
  /**
   * The context agrees: some other name (not a gazetteer one: "US", "London" say little) occurs both in an
   * article of a's cluster and in one of b's. Different people who share a name rarely share company.
   */
  const sharesContext = (a: string, b: string): boolean => {
    const [ra, rb] = [cl.find(a), cl.find(b)];
    let [small, large] = [cl.articlesOf(a), cl.articlesOf(b)];
    if (small.size > large.size) [small, large] = [large, small];
    const seen = new Set<string>();
    for (const i of small) for (const k of articleKeys[i]) seen.add(contextKey(k));
    for (const i of large) {
      for (const k of articleKeys[i]) {
        if (!seen.has(contextKey(k))) continue;
        const r = cl.find(k);
        if (r !== ra && r !== rb) return true;
      }
    }
    return false;
  };
  /**
   * How strongly the contexts agree: the number of distinct other names (gazetteer ones excluded) that occur both
   * in an article of a's cluster and in one of b's, counted up to `cap`.
   */
  const sharedContext = (a: string, b: string, cap: number): number => {
    const [ra, rb] = [cl.find(a), cl.find(b)];
    let [small, large] = [cl.articlesOf(a), cl.articlesOf(b)];
    if (small.size > large.size) [small, large] = [large, small];
    const seen = new Set<string>();
    for (const i of small) for (const k of articleKeys[i]) seen.add(cl.find(k));
    const shared = new Set<string>();
    for (const i of large) {
      for (const k of articleKeys[i]) {
        const r = cl.find(k);
        if (r === ra || r === rb || !seen.has(r)) continue;
        shared.add(r);
        if (shared.size >= cap) return cap;
      }
    }
    return shared.size;
  };
  /**
   * The most names one article of b's cluster shares with the articles of a (a bare surname's single article):
   * one article on the same story, not the union of hundreds (Gordon Brown's articles name half the corpus, so
   * together they share two names with any squad list that has a "Brown" in it).
   */
  const closestArticle = (a: string, b: string): number => {
    let best = 0;
    for (const i of cl.articlesOf(a)) best = Math.max(best, pairedWith(i, a, b));
    return best;
  };

  /**
   * Whether most articles of a's cluster (an acronym used across the corpus) share ACRONYM_CONTEXT names with
   * some article of b's: "NEC" is mostly the electronics firm, so one sports story beside the Newcastle Evening
   * Chronicle does not make every "NEC" the newspaper.
   */
  const mostlyPaired = (a: string, b: string): boolean => {
    const mine = [...cl.articlesOf(a)];
    let paired = 0;
    for (const i of mine) {
      if (pairedWith(i, a, b) >= ACRONYM_CONTEXT) paired++;
    }
    return paired > 0 && 2 * paired >= mine.length;
  };
  /** The most names article i shares with one article of b's cluster (a and b themselves left out). */
  const pairedWith = (i: number, a: string, b: string): number => {
    const [ra, rb] = [cl.find(a), cl.find(b)];
    const mine = new Set<string>();
    for (const k of articleKeys[i]) {
      const r = cl.find(k);
      if (r !== ra && r !== rb) mine.add(r);
    }
    let best = 0;
    for (const j of cl.articlesOf(b)) {
      let n = 0;
      const seen = new Set<string>();
      for (const k of articleKeys[j]) {
        const r = cl.find(k);
        if (mine.has(r) && !seen.has(r)) {
          seen.add(r);
          n++;
        }
      }
      best = Math.max(best, n);
    }
    return best;
  };
  /**
   * The per-article keys of one bare name, grouped by company: two articles are together when they share at
   * least SURNAME_CONTEXT other names (by cluster), and groups are the connected parts. Found through an index
   * from each name to the articles that hold it, skipping names most of these articles hold (they tie nothing).
   */
  const sameCompany = (list: readonly string[], name: string): string[][] => {
    if (list.length === 1) return [list.slice()];
    const holders = new Map<string, number[]>();
    list.forEach((k, idx) => {
      const own = new Set<string>();
      for (const x of articleKeys[articleOfKey(k)]) if (nameOfKey(x) !== name) own.add(cl.find(x));
      for (const r of own) push(holders, r, idx);
    });
    const parent = list.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    const shared = new Map<number, number>();
    for (const idxs of holders.values()) {
      if (idxs.length < 2 || (idxs.length > 20 && 2 * idxs.length > list.length)) continue;
      for (let p = 0; p < idxs.length; p++)
        for (let q = p + 1; q < idxs.length; q++) {
          const pair = idxs[p] * list.length + idxs[q];
          const n = (shared.get(pair) ?? 0) + 1;
          shared.set(pair, n);
          if (n === SURNAME_CONTEXT) parent[find(idxs[q])] = find(idxs[p]);
        }
    }
    const parts = new Map<number, string[]>();
    list.forEach((k, i) => push(parts, find(i), k));
    return [...parts.values()];
  };
  /** Shared names that tie an acronym to a long form in another article (see mostlyPaired). */
  const ACRONYM_CONTEXT = 2;
  /** Strong context: enough shared names that a coincidence of two different people is unlikely. */
  const STRONG_CONTEXT = 3;
  /** Shared names a bare surname's article needs with its bearer's articles (see joinUnique). */
  const SURNAME_CONTEXT = 2;

  // 1. One name typed PERSON in some articles and otherwise elsewhere ("Nintendo"): one entity, type by votes.
  for (const k of allKeys)
    if (k.startsWith("P|") && !k.includes("#") && groups.has(`O|${k.slice(2)}`))
      cl.union(k, `O|${k.slice(2)}`, "type-vote");

  // Persons proper: a name mostly typed otherwise ("Time Warner") takes part in no fuzzy person matching.
  // (A bare name decides per article, on that article's company: see joinUnique.)
  const personKeys = allKeys.filter(
    (k) => k.startsWith("P|") && (k.includes("#") || mentionCount(k) >= mentionCount(`O|${nameOfKey(k)}`)),
  );
  const tokensOf = new Map(personKeys.map((k) => [k, nameTokens(nameOfKey(k))]));
  const full = personKeys.filter((k) => tokensOf.get(k)!.length > 1 && tokensOf.get(k)![0].length > 1);

  // 2. Full person names: candidate pairs inside a surname-prefix bucket, strongest rule first.
  const buckets = new Map<string, string[]>();
  for (const k of full) push(buckets, tokensOf.get(k)!.at(-1)!.slice(0, 2), k);
  const edges: { a: string; b: string; rule: string }[] = [];
  /**
   * What the contexts must show for a candidate pair: nothing for the very same name or a typo in a long,
   * distinctive surname with the same given name; strong agreement for a short surname variant ("Davis"/"Davies"
   * are also two families); some shared name otherwise.
   */
  const contextAgrees = (e: { a: string; b: string; rule: string }): boolean => {
    const [ta, tb] = [tokensOf.get(e.a)!, tokensOf.get(e.b)!];
    if (e.rule === "person-same-name") return true;
    if (e.rule === "person-surname-spelling" && ta[0] === tb[0] && isDistinctiveSurnameTypo(ta.at(-1)!, tb.at(-1)!))
      return true;
    // A rare given name ("Berhane Adera"/"Adere") is itself evidence: some shared context is enough.
    if (e.rule === "person-surname-variant" && !isCommonGivenName(ta[0])) return sharesContext(e.a, e.b);
    if (e.rule === "person-surname-variant" || e.rule === "person-given-variant")
      return sharedContext(e.a, e.b, STRONG_CONTEXT) >= STRONG_CONTEXT;
    return sharesContext(e.a, e.b);
  };
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const rule = personNameMatch(tokensOf.get(list[i])!, tokensOf.get(list[j])!);
        if (rule) edges.push({ a: list[i], b: list[j], rule });
      }
    }
  }
  edges.sort((x, y) => RULE_ORDER.indexOf(x.rule) - RULE_ORDER.indexOf(y.rule) || (x.a + x.b < y.a + y.b ? -1 : 1));
  for (const e of edges) {
    if (cl.find(e.a) === cl.find(e.b)) continue;
    // A nickname pair may stand in one article ("Bill … William"); weaker rules may not.
    if (cl.conflicts(e.a, e.b, e.rule !== "person-nickname", e.rule === "person-given-variant")) continue;
    if (!contextAgrees(e)) continue;
    cl.union(e.a, e.b, e.rule);
  }

  // 3. Initial forms and bare surnames join the one cluster they fit.
  const bySurname = new Map<string, string[]>();
  for (const k of full) push(bySurname, tokensOf.get(k)!.slice(1).join(" "), k);
  const bySurnameLast = new Map<string, string[]>();
  for (const k of full) push(bySurnameLast, tokensOf.get(k)!.at(-1)!, k);
  const joinUnique = (k: string, candidates: string[], rule: string) => {
    const all = [...new Set(candidates.map((c) => cl.find(c)))];
    // A bearer named in the bare surname's own article that the article's linking left apart ("Clive Owen"
    // beside "the Oscar-nominated Owen"): that article's call, never another bearer's. (A bare name brings no
    // given name, so a conflict is exactly a shared article.)
    if (rule === "surname-only" && all.some((r) => cl.conflicts(k, r, true))) return;
    let roots = all.filter((r) => !cl.conflicts(k, r, true));
    // Several people fit an initial ("A Hogg": Allister or Andrew): the one whose context agrees, if only one
    // does, or the one whose context agrees far more strongly than any other's ("J White" in an England squad
    // beside a dozen of Julian White's team-mates, not Jason White's). A bare surname needs a single bearer in
    // the whole corpus.
    if (roots.length > 1 && rule === "person-initial") roots = roots.filter((r) => sharesContext(k, r));
    if (roots.length > 1 && rule === "person-initial") {
      const CAP = 64;
      const scored = roots.map((r) => ({ r, n: sharedContext(k, r, CAP) })).sort((x, y) => y.n - x.n);
      if (scored[0].n >= STRONG_CONTEXT && scored[0].n >= 2 * scored[1].n) roots = [scored[0].r];
    }
    if (rule === "surname-only") {
      // A bare surname in one article joins the bearer one of whose articles shares its company: at least
      // SURNAME_CONTEXT other names, and twice as many as any other bearer's ("Blair" beside Brown and Howard is
      // Tony Blair, beside Scotland's half-backs Mike Blair). A unique bearer is no evidence by itself: "Ray" (the
      // film), "Little" ("A Little Princess") and "Lombard" in a rugby line-up each had one.
      if (!roots.length) return;
      const scored = roots.map((r) => ({ r, n: closestArticle(k, r) })).sort((x, y) => y.n - x.n);
      const second = scored[1]?.n ?? 0;
      if (scored[0].n >= SURNAME_CONTEXT && scored[0].n >= 2 * second) cl.union(k, scored[0].r, rule);
      return;
    }
    if (roots.length === 1 && sharesContext(k, roots[0])) cl.union(k, roots[0], rule);
  };
  // An initial and a surname ("D Bell") is a person's shape whatever the tagger called it in a squad list; typed
  // otherwise, it joins a person only on strong context (the type vote then follows the mentions).
  const personKeySet = new Set(personKeys);
  const initialForms = allKeys.filter((k) => {
    if (k.startsWith("g:")) return false;
    if (personKeySet.has(k)) return true;
    if (!k.startsWith("O|")) return false;
    const surface = surfaceOf(k);
    return /^\p{Lu}\.? \p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?$/u.test(surface) && !groups.has(`P|${k.slice(2)}`);
  });
  for (const k of initialForms) {
    const toks = tokensOf.get(k) ?? nameTokens(k.slice(2));
    if (toks.length > 1 && toks[0].length === 1) {
      let cands = (bySurname.get(toks.slice(1).join(" ")) ?? []).filter((c) => tokensOf.get(c)![0][0] === toks[0]);
      if (!k.startsWith("P|")) cands = cands.filter((c) => sharedContext(k, c, STRONG_CONTEXT) >= STRONG_CONTEXT);
      joinUnique(k, cands, "person-initial");
    }
  }
  for (const k of personKeys) {
    const toks = tokensOf.get(k)!;
    if (toks.length !== 1) continue;
    // Exact surname only: a bare "Falconer" must not become "Armando Falcon".
    joinUnique(k, bySurnameLast.get(toks[0]) ?? [], "surname-only");
  }
  // The bare names that joined nobody are one entity per name, as a reader would list them ("Dallaglio",
  // "Ronaldo"), unless the corpus shows the name is carried by several people (two or more full-name bearers:
  // "Green", "Davies"): then only articles that share company (SURNAME_CONTEXT other names) are one entity, and
  // a music review's "Green" stays apart from a cricket report's. (A cluster that holds any other key has joined
  // something.)
  const joinedRoots = new Set(allKeys.filter((k) => !k.includes("#")).map((k) => cl.find(k)));
  for (const [name, keys] of bareKeys) {
    const list = keys.filter((k) => !joinedRoots.has(cl.find(k)));
    if (!list.length) continue;
    // A bare given name ("John": John Peel in one story, the chancellor's father in another) names a different
    // person in almost every article: each article keeps its own.
    if (isCommonGivenName(name)) continue;
    const bearers = new Set((bySurnameLast.get(name) ?? []).map((c) => cl.find(c))).size;
    const parts = bearers >= 2 ? sameCompany(list, name) : [list];
    for (const part of parts) for (const k of part.slice(1)) cl.union(part[0], k, "same-name");
    // Typed otherwise elsewhere ("Chelsea", "Nintendo"): one entity, its type by votes. Only after the surname
    // joins, so that "Dance" (a dance teacher) cannot take the organisation "Dance" along to Charles Dance; and
    // with several bare groups, only the one whose company is the other type's.
    const other = `O|${name}`;
    if (!groups.has(other)) continue;
    if (parts.length === 1) cl.union(parts[0][0], other, "type-vote");
    else {
      const scored = parts.map((p) => ({ p, n: closestArticle(p[0], other) })).sort((x, y) => y.n - x.n);
      if (scored[0].n >= SURNAME_CONTEXT && scored[0].n > scored[1].n) cl.union(scored[0].p[0], other, "type-vote");
    }
  }

  // 4. Organisations and places.
  const nonPerson = allKeys.filter((k) => !k.startsWith("P|"));
  const plainKey = (k: string) => (k.startsWith("g:") ? nameTokens(k.slice(2)).join(" ") : k.slice(2));
  const variantIndex = new Map<string, { k: string; rule: string; lead?: string }[]>();
  for (const k of nonPerson) push(variantIndex, plainKey(k), { k, rule: "same" });
  for (const k of nonPerson) {
    for (const v of orgVariantKeys(surfaceOf(k))) {
      push(variantIndex, v.key, {
        k,
        rule: v.rule,
        lead: v.rule === "org-leading-country" ? surfaceOf(k).split(/\s+/)[0] : undefined,
      });
    }
  }
  for (const key of [...variantIndex.keys()].sort()) {
    const hits = variantIndex.get(key)!;
    if (hits.length < 2) continue;
    // "US X" and "UK X" both meeting "X" would make the two one: at most one leading country per key.
    if (new Set(hits.filter((h) => h.lead).map((h) => h.lead)).size > 1) continue;
    const anchor = hits.find((h) => h.rule === "same") ?? hits[0];
    for (const h of hits) if (h.k !== anchor.k) cl.union(h.k, anchor.k, h.rule === "same" ? anchor.rule : h.rule);
  }

  // Word-by-word short forms ("Man Utd", "Lib Dems"), bucketed by the words' first letters.
  const multi = nonPerson.filter((k) => nameTokens(surfaceOf(k)).length >= 2);
  // Typed an organisation somewhere, or tagged one in its mentions ("Manchester City" typed a place by its head
  // word "City", while the tagger calls the club an organisation).
  const isOrg = (k: string) =>
    groups
      .get(k)!
      .some((g) => g.local.type === "ORGANIZATION" || g.local.mentions.some((m) => m.type === "ORGANIZATION"));
  const byLetters = new Map<string, string[]>();
  // Organisations only (one of the two typed so somewhere): places and works shorten far less regularly
  // ("South Asia" is no "South Australia").
  const orgTokens = new Map(multi.map((k) => [k, nameTokens(surfaceOf(k))]));
  for (const [k, toks] of orgTokens) push(byLetters, toks.map((t) => t[0]).join(""), k);
  for (const list of byLetters.values()) {
    for (const s of list) {
      const longs = list.filter(
        (l) => l !== s && (isOrg(s) || isOrg(l)) && isShortForm(orgTokens.get(s)!, orgTokens.get(l)!),
      );
      const roots = [...new Set(longs.map((l) => cl.find(l)))];
      if (roots.length === 1) cl.union(s, longs[0], "org-short-form");
    }
  }

  // One typo in a long name, bucketed by the first and by the last four letters.
  const typoBuckets = new Map<string, string[]>();
  for (const k of multi) {
    const p = plainKey(k);
    if (p.length < 12) continue;
    push(typoBuckets, `^${p.slice(0, 4)}`, k);
    push(typoBuckets, `$${p.slice(-4)}`, k);
  }
  for (const list of typoBuckets.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (isLongNameTypo(plainKey(list[i]), plainKey(list[j]))) cl.union(list[i], list[j], "org-typo");
      }
    }
  }

  // Acronyms from initials across articles: "WADA" → the one organisation whose content words give those
  // initials, if the two share some other co-occurring name (the context agrees: "SBC" beside AT&T is not the
  // "South Bank Centre" of the arts pages).
  const byInitials = new Map<string, string[]>();
  const byInitialsAll = new Map<string, string[]>();
  for (const k of multi) {
    if (!isOrg(k)) continue;
    const words = surfaceOf(k).split(/[\s-]+/);
    if (!words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|the|and|on|in|at|to|&)$/.test(w))) continue;
    // Names with a number word are shortened with the digit ("Channel Four" → C4, "Radio Five Live" → 5 Live), so
    // their letters alone are weak evidence: "RFL" in a rugby story is the Rugby Football League.
    if (words.some((w) => NUMBER_WORDS.has(w.toLowerCase()))) continue;
    const ini = contentTokens(nameTokens(surfaceOf(k).replace(/-/g, " ")))
      .map((t) => t[0])
      .join("")
      .toUpperCase();
    if (ini.length >= 3) push(byInitials, ini, k);
    // Mixed-case acronyms keep their function words' letters ("MoD" = Ministry of Defence).
    const all = nameTokens(surfaceOf(k).replace(/-/g, " "))
      .map((t) => t[0])
      .join("")
      .toUpperCase();
    if (all !== ini && all.length >= 3) push(byInitialsAll, all, k);
  }
  for (const k of nonPerson) {
    if (k.startsWith("g:") || !isOrg(k)) continue;
    const s = surfaceOf(k).replace(/\./g, "");
    const mixed = /^\p{Lu}\p{Ll}\p{Lu}$/u.test(s);
    if (!mixed && (!isAcronym(s) || s.length < 3)) continue;
    const cands = (mixed ? byInitialsAll : byInitials).get(s.toUpperCase()) ?? [];
    const roots = [...new Set(cands.map((c) => cl.find(c)))];
    if (roots.length !== 1 || cl.find(k) === roots[0]) continue;
    // Article by article: one story that names the acronym and one that names the long form share company
    // ("SBC" beside AT&T is not the "South Bank Centre" of the arts pages; "IRA" is not "IRB Rugby Aid").
    if (mostlyPaired(k, cands[0])) cl.union(k, cands[0], "acronym-initials");
  }

  // An acronym defined in some article ("World Anti-Doping Agency (Wada)") names that entity wherever it stands
  // alone, as long as the corpus defines it one way only.
  const definedAs = new Map<string, Set<string>>();
  for (const [k, list] of groups) {
    for (const { local } of list) {
      for (const l of local.links ?? []) {
        if (l.rule !== "acronym-defined") continue;
        const acr = normKey(l.form);
        let set = definedAs.get(acr);
        if (!set) definedAs.set(acr, (set = new Set()));
        set.add(k);
      }
    }
  }
  for (const acr of [...definedAs.keys()].sort()) {
    const roots = [...new Set([...definedAs.get(acr)!].map((k) => cl.find(k)))];
    if (roots.length !== 1) continue;
    for (const k of [`O|${acr}`, ...(bareKeys.get(acr) ?? [])])
      if (groups.has(k) && mostlyPaired(k, roots[0])) cl.union(k, roots[0], "acronym-defined-elsewhere");
  }

  return buildEntities(articles, groups, cl);
}

function buildEntities(
  articles: readonly ArticleEntities[],
  groups: Map<string, { articleIndex: number; local: LocalEntity }[]>,
  cl: Clusters,
): MergeResult {
  const members = new Map<string, string[]>();
  for (const k of [...groups.keys()].sort()) push(members, cl.find(k), k);
  const adjacency = new Map<string, { to: string; rule: string }[]>();
  for (const e of cl.edges) {
    push(adjacency, e.a, { to: e.b, rule: e.rule });
    push(adjacency, e.b, { to: e.a, rule: e.rule });
  }

  type Draft = {
    root: string;
    name: string;
    type: EntityType;
    aliases: string[];
    mentions: Mention[];
    resolution: AliasReason[];
  };
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
    // A name the text gave only as another's alias ("Mars - real name Bob Allen Deal") is not what the entity
    // is called in the news: it names the entity only when it also heads an entity of its own somewhere.
    const rootNames = new Set(locals.map((l) => l.local.name));
    const statedOnly = new Set(
      locals.flatMap((l) => (l.local.links ?? []).filter((x) => x.rule === "stated-alias" && !rootNames.has(x.form))),
    );
    const statedForms = new Set([...statedOnly].map((x) => x.form));
    const named = forms.filter((f) => !statedForms.has(f));
    const name = fixed
      ? fixed.local.name
      : forms.length > 0
        ? canonicalName(named.length > 0 ? named : forms)
        : locals[0].local.name;
    const aliases = [...new Set(forms)].sort();
    for (const k of keys) draftOfGroup.set(k, drafts.length);
    drafts.push({ root, name, type, aliases, mentions, resolution: explain(name, aliases, keys, groups, adjacency) });
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
    .map((d, i) => {
      const e: Entity = { id: ids[i], name: d.name, type: d.type, aliases: d.aliases, mentions: d.mentions };
      if (d.resolution.length > 0) e.resolution = d.resolution;
      return e;
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const idOf = articles.map((a, ai) => a.entities.map((l) => ids[draftOfGroup.get(groupKey(l, ai))!]));
  return { entities, idOf };
}

/**
 * Why each alias joined: an in-article link names its rule; otherwise the alias's group joined the group that
 * holds the canonical name along a path of cross-article edges, and the first edge out of that path's far end
 * is the reason. Forms that only differ in spelling from their group's name ("U.S." for "US") say so.
 */
function explain(
  name: string,
  aliases: readonly string[],
  keys: readonly string[],
  groups: Map<string, { articleIndex: number; local: LocalEntity }[]>,
  adjacency: Map<string, { to: string; rule: string }[]>,
): AliasReason[] {
  const inCluster = new Set(keys);
  const groupOfForm = new Map<string, string>();
  const localLink = new Map<string, { to: string; rule: string }>();
  for (const k of keys) {
    for (const { local } of groups.get(k)!) {
      for (const l of local.links ?? []) if (!localLink.has(l.form)) localLink.set(l.form, { to: l.to, rule: l.rule });
      for (const m of local.mentions) if (!groupOfForm.has(m.text)) groupOfForm.set(m.text, k);
    }
  }
  const start = groupOfForm.get(name) ?? keys[0];
  // BFS from the canonical name's group: each group's parent edge.
  const via = new Map<string, { from: string; rule: string }>();
  const queue = [start];
  const seen = new Set([start]);
  while (queue.length > 0) {
    const g = queue.shift()!;
    for (const e of adjacency.get(g) ?? []) {
      if (!inCluster.has(e.to) || seen.has(e.to)) continue;
      seen.add(e.to);
      via.set(e.to, { from: g, rule: e.rule });
      queue.push(e.to);
    }
  }
  const out: AliasReason[] = [];
  for (const alias of aliases) {
    if (alias === name) continue;
    const local = localLink.get(alias);
    if (local) {
      out.push({ alias, rule: local.rule, via: local.to });
      continue;
    }
    const g = groupOfForm.get(alias);
    const edge = g ? via.get(g) : undefined;
    if (g && edge) out.push({ alias, rule: edge.rule, via: groups.get(edge.from)![0].local.name });
    else
      out.push({
        alias,
        rule: g?.startsWith("g:") ? "gazetteer" : "same-name",
        via: g ? groups.get(g)![0].local.name : name,
      });
  }
  return out;
}
