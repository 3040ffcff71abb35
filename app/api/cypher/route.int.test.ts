/**
 * Integration tests of POST /api/cypher as a hostile user would use it, through the real route handler and a real
 * Neo4j (NEO4J_URI …; the database is WIPED and loaded with the test graph). Every test checks afterwards that the
 * graph is unchanged and that the database still answers. The console runs with a 2 s limit and a quota of 2.
 */
import { after, afterEach, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import neo4j from "neo4j-driver";
import { POST } from "./route";
import { GET as searchGET } from "../search/route";
import { closeDriver } from "@/lib/neo4j/driver";
import { readNeo4jConfig } from "@/lib/neo4j/config";
import { databaseFingerprint, resetDatabase, readTestGraph } from "@/lib/neo4j/test-support";
import { runRead } from "@/lib/neo4j/transport";
import { runningConsoleQueries } from "@/lib/neo4j/cypher-console";

const TIMEOUT_MS = 2_000;
process.env.NEWSGRAPH_CONSOLE_TIMEOUT_MS = String(TIMEOUT_MS);
process.env.NEWSGRAPH_CONSOLE_MAX_CONCURRENT = "2";

/** Cypher's whitespace set (Neo4j 5 lexer), the characters JavaScript's `\s` partly misses included. */
const WHITESPACE = [
  ..."\u0009\u000a\u000b\u000c\u000d\u001c\u001d\u001e\u001f\u0085\u00a0\u1680\u2028\u2029\u202f\u205f\u3000",
  ...Array.from({ length: 11 }, (_, k) => String.fromCharCode(0x2000 + k)),
];

/** A row-producing query that runs far past the limit (10^8 rows), so only the deadline stops it. */
const SLOW = "UNWIND range(1, 10000) AS a UNWIND range(1, 10000) AS b WITH a, b WHERE a * b < 0 RETURN count(*) AS n";

const data = readTestGraph();
const ORIGIN = "http://127.0.0.1:3000";

interface Answer {
  status: number;
  body: { error?: { code: string; message: string }; rows?: Record<string, unknown>[]; valuesTruncated?: boolean };
  ms: number;
}

async function call(
  body: unknown,
  opts: { headers?: Record<string, string>; signal?: AbortSignal; raw?: string } = {},
): Promise<Answer> {
  const req = new Request(`${ORIGIN}/api/cypher`, {
    method: "POST",
    headers: { host: "127.0.0.1:3000", "content-type": "application/json", ...opts.headers },
    body: opts.raw ?? JSON.stringify(body),
    signal: opts.signal,
  });
  const t0 = performance.now();
  const res = await POST(req);
  return { status: res.status, body: await res.json(), ms: performance.now() - t0 };
}

const query = (q: string, params?: Record<string, unknown>) => call({ query: q, params });

/** Console transactions the server still lists. */
async function consoleTransactions(): Promise<unknown[]> {
  return runRead(
    "SHOW TRANSACTIONS YIELD transactionId, metaData, status WHERE metaData.op = 'console' RETURN transactionId, status",
  );
}

async function waitForNoConsoleTransactions(maxMs: number): Promise<unknown[]> {
  const until = Date.now() + maxMs;
  let left = await consoleTransactions();
  while (left.length > 0 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    left = await consoleTransactions();
  }
  return left;
}

let initial = "";

before(async () => {
  await resetDatabase(data);
  initial = await databaseFingerprint();
});

afterEach(async () => {
  assert.equal(await databaseFingerprint(), initial, "the graph changed");
  const ok = await query("RETURN 1 AS ok");
  assert.equal(ok.status, 200, JSON.stringify(ok.body));
});

after(async () => {
  await closeDriver();
});

function refused(a: Answer, status: number, message: RegExp) {
  assert.equal(a.status, status, JSON.stringify(a.body));
  assert.match(a.body.error?.message ?? "", message);
}

describe("file access and administration through any Cypher whitespace", () => {
  it("refuses LOAD CSV, SHOW and CALL of admin procedures behind every whitespace character", async () => {
    for (const ws of WHITESPACE) {
      const hex = ws.codePointAt(0)!.toString(16);
      const load = await query(`LOAD${ws}CSV${ws}FROM 'file:///etc/passwd' AS row RETURN row`);
      assert.equal(load.status, 400, `LOAD CSV with U+${hex}: ${JSON.stringify(load.body)}`);
      const url = await query(`LOAD${ws}CSV FROM '${ORIGIN}/api/search?q=blair' AS row RETURN row`);
      assert.equal(url.status, 400, `LOAD CSV URL with U+${hex}`);
      const show = await query(`SHOW${ws}SETTINGS`);
      assert.equal(show.status, 400, `SHOW with U+${hex}`);
      const tx = await query(`SHOW${ws}TRANSACTIONS`);
      assert.equal(tx.status, 400, `SHOW TRANSACTIONS with U+${hex}`);
      const call = await query(`CALL${ws}db.stats.stop('QUERIES')`);
      assert.equal(call.status, 400, `CALL with U+${hex}`);
      const terminate = await query(`TERMINATE${ws}TRANSACTIONS 'neo4j-transaction-1'`);
      assert.equal(terminate.status, 400, `TERMINATE with U+${hex}`);
    }
  });

  it("the server itself refuses file URLs and outbound URLs in LOAD CSV (launcher settings)", async () => {
    const { uri, user, password } = readNeo4jConfig();
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
    try {
      for (const url of ["file:///etc/passwd", `${ORIGIN}/api/search?q=blair`, "http://[::1]:7474/"]) {
        const session = driver.session();
        await assert.rejects(session.run(`LOAD CSV FROM '${url}' AS row RETURN row LIMIT 1`), (e: Error) => {
          assert.match(e.message, /file URLs|not allowed|blocked|blocklist|Cannot load/i, e.message);
          return true;
        });
        await session.close();
      }
    } finally {
      await driver.close();
    }
  });
});

describe("procedures", () => {
  for (const proc of [
    "CALL db.stats.stop('QUERIES')",
    "CALL db.stats.collect('QUERIES')",
    "CALL db.prepareForReplanning()",
    "CALL db.resampleOutdatedIndexes()",
    "CALL db.clearQueryCaches()",
    "CALL dbms.components()",
    "CALL db.createLabel('X')",
  ]) {
    it(`refuses ${proc}`, async () => refused(await query(proc), 400, /not allowed|read-only/));
  }

  it("allows full-text search and schema introspection", async () => {
    const name = data.entities[0].name.split(/\s+/)[0];
    const ft = await query(
      "CALL db.index.fulltext.queryNodes('entityNames', $q) YIELD node, score RETURN node.name AS name LIMIT 3",
      { q: name },
    );
    assert.equal(ft.status, 200, JSON.stringify(ft.body));
    assert.ok((ft.body.rows ?? []).length > 0);
    for (const q of [
      "CALL db.labels()",
      "CALL db.relationshipTypes()",
      "CALL db.propertyKeys()",
      "CALL db.schema.visualization()",
    ]) {
      const a = await query(q);
      assert.equal(a.status, 200, `${q}: ${JSON.stringify(a.body)}`);
    }
  });
});

describe("writes and names that look like keywords", () => {
  for (const q of [
    "CREATE (n:X) RETURN n",
    "MATCH (n:Entity) SET n.hacked = true",
    "MATCH (n) DETACH DELETE n",
    "MERGE (n:X {id: 1})",
    "CREATE INDEX hack FOR (n:X) ON (n.y)",
    "CALL { CREATE (:X) } IN TRANSACTIONS",
    "FOREACH (x IN [1] | CREATE (:X))",
  ]) {
    it(`refuses ${q}`, async () => refused(await query(q), 400, /read-only|not allowed/));
  }

  it("runs queries whose names are keywords", async () => {
    const a = await query("WITH 1 AS create RETURN create");
    assert.equal(a.status, 200, JSON.stringify(a.body));
    assert.deepEqual(a.body.rows, [{ create: 1 }]);
    const b = await query("RETURN 1 AS `CREATE`");
    assert.deepEqual(b.body.rows, [{ CREATE: 1 }]);
    const c = await query("WITH {show: 1, load: 2} AS m RETURN m.show AS show, m.load AS load");
    assert.deepEqual(c.body.rows, [{ show: 1, load: 2 }]);
  });
});

describe("nesting, size and time limits", () => {
  it("refuses deep nesting before it reaches Neo4j", async () => {
    for (const q of [
      "RETURN " + "(".repeat(600) + "1" + ")".repeat(600),
      "RETURN " + "[".repeat(600) + "]".repeat(600),
      "RETURN " + "{a: ".repeat(300) + "1" + "}".repeat(300),
      "RETURN " + "NOT ".repeat(600) + "true",
      "WITH {a: 1} AS m RETURN m" + ".a".repeat(600),
    ]) {
      const a = await query(q);
      refused(a, 400, /nested too deeply/);
      assert.ok(a.ms < 1000, `answered in ${a.ms} ms`);
    }
  });

  it("refuses oversized bodies (413), oversized params (413) and deep JSON (400)", async () => {
    refused(await call({ query: "RETURN 1", params: { s: "x".repeat(200_000) } }), 413, /too large/);
    refused(await query("RETURN size($s) AS n", { s: "x".repeat(100_000) }), 413, /too large/);
    let deep: unknown = 1;
    for (let k = 0; k < 100; k++) deep = [deep];
    refused(await query("RETURN $d AS d", { d: deep }), 400, /nests too deeply/);
    const ok = await query("RETURN size($s) AS n", { s: "x".repeat(10_000) });
    assert.deepEqual(ok.body.rows, [{ n: 10_000 }]);
  });

  it("cuts single values over the caps and says so", async () => {
    const a = await query(
      "RETURN [x IN range(1, 5000) | x] AS xs, reduce(s = '', x IN range(1, 2000) | s + 'abcdefghij') AS s",
    );
    assert.equal(a.status, 200, JSON.stringify(a.body));
    const row = (a.body.rows ?? [])[0] as { xs: number[]; s: string };
    assert.equal(row.xs.length, 1000);
    assert.ok(row.s.length <= 10_001 && row.s.endsWith("…"));
    assert.equal(a.body.valuesTruncated, true);
  });

  it("refuses a range() the server could not stop, with nothing left running", async () => {
    const a = await query("RETURN reduce(s=0, x IN range(1, 3000000000) | s+x)");
    refused(a, 400, /range\(\) lists are too large/);
    assert.deepEqual(await consoleTransactions(), []);
  });

  it("stops a slow query at the limit with 408 and terminates its transaction", async () => {
    const a = await query(SLOW);
    refused(a, 408, /time limit/);
    assert.ok(a.ms >= TIMEOUT_MS - 50 && a.ms < TIMEOUT_MS + 2000, `answered after ${Math.round(a.ms)} ms`);
    assert.deepEqual(await waitForNoConsoleTransactions(3000), []);
  });

  it("terminates the query when the client goes away", async () => {
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 300);
    const a = await call({ query: SLOW }, { signal: abort.signal });
    assert.equal(a.status, 408, JSON.stringify(a.body));
    assert.ok(a.ms < 1500, `answered after ${Math.round(a.ms)} ms`);
    assert.deepEqual(await waitForNoConsoleTransactions(3000), []);
  });
});

describe("cross-site requests", () => {
  it("refuses other content types (415) and foreign origins (403)", async () => {
    const body = { query: "RETURN 1 AS x" };
    refused(await call(body, { headers: { "content-type": "text/plain" } }), 415, /application\/json/);
    refused(await call(body, { headers: { "content-type": "" } }), 415, /application\/json/);
    refused(await call(body, { headers: { origin: "http://evil.example" } }), 403, /not accepted/);
    const same = await call(body, { headers: { origin: ORIGIN } });
    assert.equal(same.status, 200);
  });
});

describe("isolation", () => {
  it("a burst of slow console queries gets 429 beyond the quota and leaves /api/search answering", async () => {
    const name = data.entities[0].name.split(/\s+/)[0];
    const search = () => searchGET(new Request(`${ORIGIN}/api/search?q=${encodeURIComponent(name)}`));
    assert.equal((await search()).status, 200); // warm: plan cached, connection pooled
    const burst = Array.from({ length: 6 }, () => query(SLOW));
    await new Promise((r) => setTimeout(r, 300));
    const t0 = performance.now();
    const res = await search();
    const searchMs = performance.now() - t0;
    assert.equal(res.status, 200);
    assert.ok(((await res.json()) as { hits: unknown[] }).hits.length > 0);
    // Its own pool keeps search from waiting for a connection; the two running console queries still share the
    // server's CPU, so on a busy machine search is slower but never waits for the burst to end.
    assert.ok(searchMs < TIMEOUT_MS, `search took ${Math.round(searchMs)} ms during the burst`);
    const answers = await Promise.all(burst);
    const statuses = answers.map((a) => a.status).sort();
    assert.deepEqual(statuses, [408, 408, 429, 429, 429, 429]);
    assert.deepEqual(await waitForNoConsoleTransactions(3000), []);
    const until = Date.now() + 3000;
    while (runningConsoleQueries() > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    assert.equal(runningConsoleQueries(), 0);
  });
});

describe("database unreachable", () => {
  it("answers 503, not 500", async () => {
    const uri = process.env.NEO4J_URI;
    await closeDriver();
    process.env.NEO4J_URI = "bolt://127.0.0.1:1";
    try {
      const a = await query("RETURN 1 AS x");
      assert.equal(a.status, 503, JSON.stringify(a.body));
      assert.equal(a.body.error?.code, "database_unavailable");
    } finally {
      await closeDriver();
      // Assigning undefined would store the string "undefined"; CI runs with NEO4J_URI unset.
      if (uri === undefined) delete process.env.NEO4J_URI;
      else process.env.NEO4J_URI = uri;
    }
  });
});
