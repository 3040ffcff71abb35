/**
 * Pure scoring helpers of the relation evaluation: span normalisation, the CoNLL04 type mapping of
 * ../shared/eval/README.md, and the matching rule of the labelled BBC set
 * (lib/extract/relations/fixtures/README.md). Kept apart from the runner so they are unit-tested.
 */
import type { EntityType, GraphData } from "../lib/graph/types";
import { isKillingPredicate } from "../lib/extract/relations/killing";

export { isKillingPredicate };

export interface ScoredCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface LabelledRelation {
  file: string;
  sentence: string;
  subject: string;
  predicate: string;
  object: string;
  subjectEntity: string;
  objectEntity: string;
  negated: boolean;
  coreference?: boolean;
}

export interface LabelledSet {
  articles: { file: string; title: string }[];
  relations: LabelledRelation[];
}

const HONORIFIC = /^(?:mr|mrs|ms|miss|sir|dr|dame|lord|lady)\.?\s+/u;

/** Case, accents, punctuation, possessive 's and a leading honorific removed; whitespace collapsed. */
export function normaliseSpan(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/(?:['’]s|['’])$/u, "")
    .replace(HONORIFIC, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** CoNLL04 type of a directed relation by its endpoint types (README mapping), or null when unmapped. */
export function conllTypeOf(source: EntityType, target: EntityType, predicate: string): string | null {
  if (source === "PERSON" && target === "ORGANIZATION") return "Work_For";
  if (source === "PERSON" && target === "LOCATION") return "Live_In";
  if (source === "ORGANIZATION" && target === "LOCATION") return "OrgBased_In";
  if (source === "LOCATION" && target === "LOCATION") return "Located_In";
  if (source === "PERSON" && target === "PERSON" && isKillingPredicate(predicate)) return "Kill";
  return null;
}

interface GoldEntity {
  name: string;
  surfaces: Set<string>;
}

interface GoldPair {
  a: string;
  b: string;
  predicates: Set<string>;
  /** Every label of this pair goes through coreference. */
  corefOnly: boolean;
  negated: boolean;
  found: boolean;
}

const pairKey = (file: string, a: string, b: string) => (a < b ? `${file}|${a}|${b}` : `${file}|${b}|${a}`);

/** Distinct labelled pairs (file + unordered canonical names), with what the labels say about them. */
export function goldPairsOf(set: LabelledSet): Map<string, GoldPair> {
  const pairs = new Map<string, GoldPair>();
  for (const r of set.relations) {
    const k = pairKey(r.file, r.subjectEntity, r.objectEntity);
    const p = pairs.get(k) ?? {
      a: r.subjectEntity,
      b: r.objectEntity,
      predicates: new Set<string>(),
      corefOnly: true,
      negated: false,
      found: false,
    };
    p.predicates.add(r.predicate);
    if (!r.coreference) p.corefOnly = false;
    if (r.negated) p.negated = true;
    pairs.set(k, p);
  }
  return pairs;
}

function goldEntitiesOf(set: LabelledSet): Map<string, GoldEntity[]> {
  const byFile = new Map<string, Map<string, GoldEntity>>();
  const add = (file: string, name: string, surface: string) => {
    const m = byFile.get(file) ?? new Map<string, GoldEntity>();
    byFile.set(file, m);
    const e = m.get(name) ?? { name, surfaces: new Set([normaliseSpan(name)]) };
    m.set(name, e);
    // A pronoun or description is not a surface of the entity: only names are.
    if (surface !== "" && /^\p{Lu}/u.test(surface) && !/^(?:The|He|She|It|They|Its|His|Her)\b/u.test(surface))
      e.surfaces.add(normaliseSpan(surface));
  };
  for (const r of set.relations) {
    add(r.file, r.subjectEntity, r.subject);
    add(r.file, r.objectEntity, r.object);
  }
  return new Map([...byFile].map(([f, m]) => [f, [...m.values()]]));
}

export interface LabelledScore {
  all: ScoredCounts;
  noCoref: ScoredCounts;
  confident: ScoredCounts;
  predicateAgrees: number;
  negatedGold: number;
  negatedFound: number;
  /** Every scored (relation, labelled article): its confidence and whether it matched, for the reliability table. */
  scored: { confidence: number; hit: boolean }[];
  /** Labelled pairs not found ("file: a — b"), for --errors. */
  misses: string[];
  /** Extracted relations that match no labelled pair ("file: a -P-> b"), for --errors. */
  spurious: string[];
}

/**
 * Scores an extracted graph against the labelled set. `fileOf` maps an article id of the graph to its fixture
 * file ("business/001.txt"); relations whose evidence is in no labelled article are ignored.
 */
export function matchLabelled(set: LabelledSet, graph: GraphData, fileOf: Map<string, string>): LabelledScore {
  const pairs = goldPairsOf(set);
  const entities = goldEntitiesOf(set);
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const all: ScoredCounts = { tp: 0, fp: 0, fn: 0 };
  const confident: ScoredCounts = { tp: 0, fp: 0, fn: 0 };
  let predicateAgrees = 0;
  let negatedFound = 0;
  const spurious: string[] = [];
  const misses: string[] = [];
  const scored: { confidence: number; hit: boolean }[] = [];
  const matchedIn = (entityId: string, articleId: string, file: string): string[] => {
    const e = byId.get(entityId);
    if (!e) return [];
    const texts = new Set([e.name, ...e.aliases].map(normaliseSpan));
    for (const m of e.mentions) if (m.articleId === articleId) texts.add(normaliseSpan(m.text));
    return (entities.get(file) ?? []).filter((g) => [...g.surfaces].some((s) => texts.has(s))).map((g) => g.name);
  };
  for (const rel of graph.relations) {
    const articles = new Set(rel.evidence.map((e) => e.articleId));
    for (const articleId of articles) {
      const file = fileOf.get(articleId);
      if (!file) continue;
      const S = matchedIn(rel.source, articleId, file);
      const O = matchedIn(rel.target, articleId, file);
      let hit: GoldPair | undefined;
      for (const a of S) for (const b of O) hit ??= a !== b ? pairs.get(pairKey(file, a, b)) : undefined;
      const counts = rel.confidence >= 0.8 ? [all, confident] : [all];
      scored.push({ confidence: rel.confidence, hit: hit !== undefined });
      if (!hit)
        spurious.push(
          `${file}: ${byId.get(rel.source)?.name} -${rel.predicate}-> ${byId.get(rel.target)?.name} (${rel.confidence})`,
        );
      for (const c of counts) {
        if (hit) c.tp++;
        else c.fp++;
      }
      if (hit) {
        if (!hit.found && hit.negated && (rel as { negated?: boolean }).negated) negatedFound++;
        hit.found = true;
        if (hit.predicates.has(rel.predicate)) predicateAgrees++;
      }
    }
  }
  const noCoref: ScoredCounts = { tp: 0, fp: all.fp, fn: 0 };
  let negatedGold = 0;
  for (const [k, p] of pairs) {
    if (p.negated) negatedGold++;
    if (!p.found) {
      all.fn++;
      misses.push(`${k.split("|")[0]}: ${p.a} — ${p.b} (${[...p.predicates].join(", ")})`);
    }
    if (p.corefOnly) continue;
    if (p.found) noCoref.tp++;
    else noCoref.fn++;
  }
  return { all, noCoref, confident, predicateAgrees, negatedGold, negatedFound, scored, misses, spurious };
}

/** Confidence bins of the reliability table: [from, to), the last one closed. */
export const RELIABILITY_BINS: readonly [number, number][] = [
  [0, 0.4],
  [0.4, 0.6],
  [0.6, 0.8],
  [0.8, 0.9],
  [0.9, 1],
];

/** Per confidence bin: how many relations and how many of them matched a label. */
export function reliabilityTable(
  scored: readonly { confidence: number; hit: boolean }[],
): { from: number; to: number; n: number; correct: number }[] {
  return RELIABILITY_BINS.map(([from, to], i) => {
    const last = i === RELIABILITY_BINS.length - 1;
    const inBin = scored.filter((s) => s.confidence >= from && (s.confidence < to || (last && s.confidence <= to)));
    return { from, to, n: inBin.length, correct: inBin.filter((s) => s.hit).length };
  });
}
