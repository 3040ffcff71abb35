/**
 * Reliability under load, through the real route handlers and a real Neo4j (NEO4J_URI; the database is WIPED):
 *   - 50 concurrent API clients while a load runs: every answer is 200, and the load stores exactly its records;
 *   - the database restarted under the clients (the project's local launcher, NEO4J_DATA_DIR): the API answers 503
 *     while it is down and 200 again once it is back, in the same process (no app restart, same driver).
 * The cancelled-query case (a too-long console query stopped at its limit while search keeps answering) is in
 * app/api/cypher/route.int.test.ts ("stops a slow query…", "a burst of slow console queries…"). The 60 s / 50-client
 * version runs as `npm run bench -- reliability`.
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { GET as searchGET } from "./search/route";
import { GET as entityGET } from "./entities/[id]/route";
import { GET as statsGET } from "./stats/route";
import { closeDriver } from "@/lib/neo4j/driver";
import { loadGraph } from "@/lib/neo4j/load";
import { COUNT_GRAPH } from "@/lib/neo4j/queries/write";
import { readTestGraph, resetDatabase } from "@/lib/neo4j/test-support";
import { runRead } from "@/lib/neo4j/transport";
import { generateGraph } from "@/bench/generate-graph";
import { readLocalNeo4jSettings } from "@/scripts/db-env";
import { runningLauncherPid, startLocalNeo4j, stopLocalNeo4j, waitForNeo4j } from "@/scripts/db-local";
import { hammerRoutes, type RouteCall } from "@/bench/route-clients";

const seeds = readTestGraph();
const name = seeds.entities[0].name.split(/\s+/)[0];
const ORIGIN = "http://127.0.0.1:3000";

const calls: RouteCall[] = [
  () => searchGET(new Request(`${ORIGIN}/api/search?q=${encodeURIComponent(name)}`)),
  () => statsGET(new Request(`${ORIGIN}/api/stats`)),
  () =>
    entityGET(new Request(`${ORIGIN}/api/entities/${encodeURIComponent(seeds.entities[0].id)}`), {
      params: Promise.resolve({ id: encodeURIComponent(seeds.entities[0].id) }),
    }),
];

after(async () => {
  await closeDriver();
});

test("50 concurrent API clients while a load runs: no errors, and the load stores exactly its records", async () => {
  await resetDatabase(seeds);
  const extra = generateGraph({ articles: 400, entities: 2_000, relations: 6_000, seed: 5 });
  const clients = hammerRoutes(calls, 50);
  const summary = await loadGraph(extra);
  const { statuses, requests } = await clients.stop();
  assert.ok(requests >= 50, `only ${requests} requests were answered during the load`);
  assert.deepEqual(Object.keys(statuses), ["200"], JSON.stringify(statuses));
  const [counts] = await runRead<Record<string, number>>(COUNT_GRAPH);
  assert.equal(counts.articles, seeds.articles.length + extra.articles.length);
  assert.equal(counts.entities, seeds.entities.length + extra.entities.length);
  assert.equal(counts.relations, seeds.relations.length + extra.relations.length);
  assert.equal(summary.articles.created, extra.articles.length);
});

test("a database restart under the clients: 503 while it is down, 200 again after, without an app restart", async (t) => {
  const settings = readLocalNeo4jSettings();
  if (runningLauncherPid(settings) === null) return t.skip("Neo4j is not the local launcher: cannot restart it here");
  await resetDatabase(seeds);
  const clients = hammerRoutes(calls, 10);
  await new Promise((r) => setTimeout(r, 500));
  assert.ok(await stopLocalNeo4j(settings), "the launcher did not stop");
  const down = await searchGET(new Request(`${ORIGIN}/api/search?q=${encodeURIComponent(name)}`));
  assert.equal(down.status, 503);
  assert.equal(((await down.json()) as { error: { code: string } }).error.code, "database_unavailable");
  await startLocalNeo4j(settings);
  const up = await waitForNeo4j(settings.connection, settings.startTimeoutMs);
  assert.ok(up.ok, up.ok ? "" : up.message);
  // The same process and driver: the pool drops dead connections and opens new ones.
  const until = Date.now() + 15_000;
  let status = 0;
  while (Date.now() < until && status !== 200) {
    status = (await searchGET(new Request(`${ORIGIN}/api/search?q=${encodeURIComponent(name)}`))).status;
    if (status !== 200) await new Promise((r) => setTimeout(r, 250));
  }
  assert.equal(status, 200);
  const { statuses } = await clients.stop();
  // Only 200 and 503 were ever answered: no 500, no hang; and both happened.
  assert.deepEqual(Object.keys(statuses).sort(), ["200", "503"], JSON.stringify(statuses));
  const after = await statsGET(new Request(`${ORIGIN}/api/stats`));
  assert.equal(after.status, 200);
});
