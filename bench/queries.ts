/**
 * Latency of the read queries (lib/neo4j/read.ts) and the console on a synthetic graph (bench/generate-graph.ts).
 * WIPES the database at NEO4J_URI, loads the graph, then times each query (median of several warm runs).
 *
 *   NEO4J_URI=bolt://127.0.0.1:7689 npx tsx bench/queries.ts [--relations 100000] [--articles 5000] [--entities 20000]
 */
import { generateGraph } from "./generate-graph";
import * as G from "../lib/neo4j/index";
import { wipeDatabase } from "../lib/neo4j/test-support";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

async function time(label: string, fn: () => Promise<unknown>, runs = 7): Promise<void> {
  await fn(); // warm: plan cache, page cache
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(44)} median ${samples[runs >> 1].toFixed(1).padStart(8)} ms   max ${samples.at(-1)!.toFixed(1).padStart(8)} ms`,
  );
}

const data = generateGraph({
  articles: arg("articles", 5000),
  entities: arg("entities", 20000),
  relations: arg("relations", 100000),
});
console.log(
  `graph: ${data.articles.length} articles, ${data.entities.length} entities, ${data.relations.length} relations`,
);
await wipeDatabase();
const loadStart = performance.now();
await G.loadGraph(data);
console.log(`loaded in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`);

const hub = [...data.entities].sort((a, b) => b.mentions.length - a.mentions.length)[0];
const degree = new Map<string, number>();
for (const r of data.relations) for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
const busiest = [...degree.entries()].sort((a, b) => b[1] - a[1])[0][0];
const rel = [...data.relations].sort((a, b) => b.evidence.length - a.evidence.length)[0];
const art = data.articles[0];
const far = data.entities[data.entities.length - 1].id;

await time("searchEntities(name)", () => G.searchEntities(hub.name));
await time("searchEntities(typo prefix)", () => G.searchEntities(hub.name.slice(0, 3)));
await time("overview(150)", () => G.overview(150));
await time("subgraph(types PERSON, minConfidence .5)", () => G.subgraph({ types: ["PERSON"], minConfidence: 0.5 }));
await time("subgraph(date range)", () => G.subgraph({ dateFrom: "2024-01-01", dateTo: "2024-03-31" }));
await time(`neighbourhood(busiest, 1) [degree ${degree.get(busiest)}]`, () => G.neighbourhood(busiest, 1, 50));
await time("neighbourhood(busiest, 2)", () => G.neighbourhood(busiest, 2, 100));
await time("entityDetails(busiest)", () => G.entityDetails(busiest));
await time("relationEvidence(id)", () => G.relationEvidence(rel.id));
await time("relationEvidence(unknown id)", () => G.relationEvidence("r-unknown"));
await time("article(id)", () => G.article(art.id));
await time("shortestPath(busiest, far)", () => G.shortestPath(busiest, far));
await time("stats()", () => G.stats());
await time("console: MATCH (p:Person)-[r]->(o) … LIMIT 25", () =>
  G.runReadOnlyCypher("MATCH (p:Person)-[r]->(o) RETURN p, r, o LIMIT 25"),
);
await time("console: 5000 rows, cap 1000", () => G.runReadOnlyCypher("UNWIND range(1, 5000) AS x RETURN x"));
await G.closeDriver();
