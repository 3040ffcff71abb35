/**
 * Deterministic synthetic graph.json for load benchmarks: realistic sizes (default 5,000 articles, 20,000
 * entities, 100,000 relations with 1–2 evidence sentences each), skewed entity popularity, valid offsets.
 * Same options → byte-identical output.
 *
 *   npx tsx bench/generate-graph.ts [--relations 100000] [--articles 5000] [--entities 20000] [--seed 42]
 *                                   [--out .data/bench/generated-graph.json]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import { type Article, type EntityType, type GraphData, type Mention } from "../lib/graph/types";
import { mulberry32 } from "../lib/util/random";

export interface GenerateOptions {
  articles?: number;
  entities?: number;
  relations?: number;
  seed?: number;
}

const SYLLABLES = ["ka", "lo", "mer", "vin", "sa", "tor", "el", "dra", "bu", "nik", "ros", "ta", "len", "gri", "om"];
const TYPE_SHARE: [EntityType, number][] = [
  ["PERSON", 0.4],
  ["ORGANIZATION", 0.25],
  ["LOCATION", 0.2],
  ["EVENT", 0.05],
  ["DATE", 0.04],
  ["MONEY", 0.02],
  ["MISC", 0.04],
];
const PREDICATES = [
  "MET",
  "VISITED",
  "PRESIDENT_OF",
  "WORKS_FOR",
  "LOCATED_IN",
  "CRITICISED",
  "SUPPORTED",
  "ACQUIRED",
  "SIGNED_AGREEMENT_WITH",
  "SUED",
  "LEADS",
  "MEMBER_OF",
  "ANNOUNCED",
  "ATTENDED",
  "PAID",
];
const SOURCES = ["Reuters", "AFP", "AP", "BBC", "Al Jazeera", null];
const FILLERS = [
  "according to officials",
  "on Tuesday",
  "after weeks of talks",
  "in a statement",
  "despite criticism",
  "late last year",
];

function word(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 2);
  let w = "";
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w[0].toUpperCase() + w.slice(1);
}

function pickType(rand: () => number): EntityType {
  let u = rand();
  for (const [type, share] of TYPE_SHARE) if ((u -= share) < 0) return type;
  return "MISC";
}

const hash = (s: string) => createHash("sha1").update(s).digest("hex").slice(0, 16);

/** Generates the graph; every offset points at the right text, so it passes validateGraphData. */
export function generateGraph(opts: GenerateOptions = {}): GraphData {
  const nArticles = opts.articles ?? 5_000;
  const nEntities = opts.entities ?? 20_000;
  const nRelations = opts.relations ?? 100_000;
  const rand = mulberry32(opts.seed ?? 42);

  const entities = Array.from({ length: nEntities }, (_, i) => {
    const type = pickType(rand);
    const name = type === "PERSON" ? `${word(rand)} ${word(rand)}` : word(rand);
    const id = `${type.toLowerCase()}:${name.toLowerCase().replace(/ /g, "-")}-${i}`;
    return { id, name, type, aliases: rand() < 0.3 ? [name.split(" ").pop()!] : [], mentions: [] as Mention[] };
  });
  // Skewed popularity: a few entities appear everywhere, most rarely (as in news).
  const pickEntity = () => entities[Math.floor(nEntities * Math.pow(rand(), 2))];

  interface Pending {
    sentences: { text: string; spans: { entity: number; at: number; len: number }[]; relation?: number }[];
  }
  const drafts: Pending[] = Array.from({ length: nArticles }, () => ({ sentences: [] }));
  const entityIndex = new Map(entities.map((e, i) => [e.id, i]));

  const relations: GraphData["relations"] = [];
  const seen = new Set<string>();
  while (relations.length < nRelations) {
    const source = pickEntity();
    const target = pickEntity();
    if (source === target) continue;
    const predicate = PREDICATES[Math.floor(rand() * PREDICATES.length)];
    const key = `${source.id}|${predicate}|${target.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const r = relations.length;
    relations.push({
      id: `rel:${hash(key)}`,
      source: source.id,
      target: target.id,
      predicate,
      confidence: Math.round((0.3 + rand() * 0.7) * 100) / 100,
      sources: [],
      evidence: [],
    });
    const evidenceCount = rand() < 0.5 ? 1 : 2;
    for (let e = 0; e < evidenceCount; e++) {
      const verb = predicate.toLowerCase().replace(/_/g, " ");
      const filler = FILLERS[Math.floor(rand() * FILLERS.length)];
      const text = `${source.name} ${verb} ${target.name} ${filler}.`;
      drafts[Math.floor(rand() * nArticles)].sentences.push({
        text,
        relation: r,
        spans: [
          { entity: entityIndex.get(source.id)!, at: 0, len: source.name.length },
          { entity: entityIndex.get(target.id)!, at: source.name.length + verb.length + 2, len: target.name.length },
        ],
      });
    }
  }

  const articles: Article[] = drafts.map((draft, i) => {
    const id = `article:${hash(`article-${i}`)}`;
    // A few sentences that mention entities without stating a relation.
    for (let k = 0; k < 4; k++) {
      const entity = pickEntity();
      const text = `Reporters asked ${entity.name} for comment.`;
      draft.sentences.push({ text, spans: [{ entity: entityIndex.get(entity.id)!, at: 16, len: entity.name.length }] });
    }
    const source = SOURCES[i % SOURCES.length];
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(rand() * 730) * 86_400_000).toISOString().slice(0, 10);
    let text = "";
    for (const sentence of draft.sentences) {
      if (text) text += " ";
      const start = text.length;
      text += sentence.text;
      for (const span of sentence.spans) {
        const s = start + span.at;
        entities[span.entity].mentions.push({
          articleId: id,
          start: s,
          end: s + span.len,
          text: text.slice(s, s + span.len),
        });
      }
      if (sentence.relation !== undefined) {
        const rel = relations[sentence.relation];
        rel.evidence.push({ articleId: id, sentence: sentence.text, start, end: start + sentence.text.length });
        if (source && !rel.sources.includes(source)) rel.sources = [...rel.sources, source].sort();
      }
    }
    return {
      id,
      title: `Report ${i + 1}: ${draft.sentences[0].text.slice(0, 60)}`,
      source,
      date: day,
      files: [`generated/${String(i).padStart(5, "0")}.txt`],
      text,
      captions: [],
    };
  });

  return { version: 1, articles, entities: entities.map((e) => ({ ...e, type: e.type as EntityType })), relations };
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const outIndex = process.argv.indexOf("--out");
  const out = outIndex >= 0 ? process.argv[outIndex + 1] : ".data/bench/generated-graph.json";
  const data = generateGraph({
    articles: arg("articles", 5_000),
    entities: arg("entities", 20_000),
    relations: arg("relations", 100_000),
    seed: arg("seed", 42),
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(data));
  console.log(
    `wrote ${out}: ${data.articles.length} articles, ${data.entities.length} entities, ${data.relations.length} relations`,
  );
}
