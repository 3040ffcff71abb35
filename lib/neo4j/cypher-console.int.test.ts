/**
 * Integration tests of the read-only Cypher console against a real Neo4j (NEO4J_URI …; the database is WIPED):
 * a hostile list that must be refused with the graph unchanged, plus row cap, timeout, syntax errors,
 * parameters and graph extraction. Loads graph-data/graph.json when present, else the store's mini fixture.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  closeDriver,
  CypherSyntaxError,
  GraphStoreError,
  QueryRefusedError,
  QueryTimeoutError,
  runReadOnlyCypher,
} from "./index";
import { runPlannedRead } from "./cypher-console";
import { databaseFingerprint, resetDatabase, readTestGraph } from "./test-support";
import { readTx } from "./transport";

const data = readTestGraph();

let initial = "";

before(async () => {
  await resetDatabase(data);
  initial = await databaseFingerprint();
});

after(async () => {
  await closeDriver();
});

describe("hostile queries are refused and change nothing", () => {
  const hostile = [
    "CREATE (n:X) RETURN n",
    "MERGE (n:X {id: 1}) RETURN n",
    "MATCH (n) DELETE n",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Entity) SET n.hacked = true",
    "MATCH (n:Entity) REMOVE n.name",
    "DROP INDEX entityNames",
    "DROP CONSTRAINT entity_id",
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "CALL db.createLabel('X')",
    "CALL db.createProperty('x')",
    "LOAD\u001cCSV FROM 'file:///etc/passwd' AS row RETURN row",
    "CALL\u001fdb.stats.stop('QUERIES')",
    "SHOW\u0085SETTINGS",
    "CREATE FULLTEXT INDEX hack FOR (n:X) ON EACH [n.name]",
    "CALL dbms.security.createUser('eve', 'secret-password', false)",
    "CALL dbms.killQueries(['query-1'])",
    "CALL { CREATE (:X) } IN TRANSACTIONS",
    "USE system SHOW USERS",
    "MATCH (n) /* comment */ DETACH /* x */ DELETE n",
    "// MATCH\nCREATE (n)",
    "cReAtE (n)",
    "MATCH (n) WHERE n.name = 'MATCH' CREATE (m:X) RETURN m",
    "FOREACH (x IN [1] | CREATE (:X))",
    "MATCH (n) RETURN n; CREATE (m)",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  ];
  for (const query of hostile) {
    it(`refuses ${JSON.stringify(query)}`, async () => {
      await assert.rejects(runReadOnlyCypher(query), (err: Error) => {
        assert.ok(err instanceof QueryRefusedError, `${err.name}: ${err.message}`);
        assert.ok(err.message.length > 10);
        return true;
      });
      assert.equal(await databaseFingerprint(), initial);
    });
  }

  it("the EXPLAIN guard alone refuses writes (query type 'rw' / 'w' / 's')", async () => {
    for (const [query, type] of [
      ["MATCH (n:Entity) SET n.hacked = true RETURN n", "rw"],
      ["CREATE (:X)", "w"],
      ["CREATE INDEX hack FOR (n:X) ON (n.y)", "s"],
    ]) {
      await assert.rejects(runPlannedRead(query), (err: Error) => {
        assert.ok(err instanceof QueryRefusedError, `${err.name}: ${err.message}`);
        assert.match(err.message, new RegExp(`read-only: this query would write \\(query type '${type}'\\)`));
        return true;
      });
    }
    assert.equal(await databaseFingerprint(), initial);
  });

  it("without the pre-scan, the server-side guards still refuse every write in the hostile list", async () => {
    const writes = hostile.filter(
      (q) => /create|merge|delete|set|remove|drop|foreach/i.test(q) && !/;|dbms|IN TRANS/.test(q),
    );
    assert.ok(writes.length >= 12);
    for (const query of writes) {
      await assert.rejects(runPlannedRead(query), (err: Error) => err instanceof GraphStoreError, query);
      assert.equal(await databaseFingerprint(), initial, query);
    }
  });

  it("the plan check alone (no pre-scan) refuses LOAD CSV, other procedures and admin commands", async () => {
    for (const [query, reason] of [
      ["LOAD\u001cCSV FROM 'file:///etc/passwd' AS row RETURN row", /LOAD CSV/],
      ["CALL\u2003db.stats.collect('QUERIES')", /db\.stats\.collect is not allowed/],
      ["CALL db.prepareForReplanning()", /not allowed/],
      ["CALL db.resampleOutdatedIndexes()", /not allowed/],
      ["SHOW\u001cTRANSACTIONS", /Administration/],
      ["SHOW SETTINGS", /Administration/],
      ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /Administration/],
    ] as const) {
      await assert.rejects(runPlannedRead(query), (err: Error) => {
        assert.ok(err instanceof QueryRefusedError, `${query}: ${err.name}: ${err.message}`);
        assert.match(err.message, reason);
        return true;
      });
    }
    assert.equal(await databaseFingerprint(), initial);
  });

  it("the READ-mode transaction alone refuses writes", async () => {
    await assert.rejects(
      readTx((tx) => tx.run("CREATE (:X {hacked: true})")),
      (err: Error) => err instanceof QueryRefusedError,
    );
    assert.equal(await databaseFingerprint(), initial);
  });
});

describe("reads", () => {
  it("returns columns, plain rows and the graph elements found in them", async () => {
    const r = await runReadOnlyCypher("MATCH (p:Person)-[r]->(o) RETURN p, r, o LIMIT 25");
    assert.deepEqual(r.columns, ["p", "r", "o"]);
    assert.ok(r.rows.length > 0 && r.rows.length <= 25);
    assert.equal(r.truncated, false);
    const first = r.rows[0] as {
      p: { id: string; labels: string[]; properties: Record<string, unknown> };
      r: { type: string; start: string; end: string };
    };
    assert.ok(first.p.labels.includes("Person"));
    assert.equal(typeof first.p.properties.name, "string");
    assert.equal(first.r.start, first.p.id);
    const nodeIds = new Set(r.graph.nodes.map((n) => n.id));
    assert.equal(nodeIds.size, r.graph.nodes.length, "nodes de-duplicated");
    for (const e of r.graph.edges) assert.ok(nodeIds.has(e.source) && nodeIds.has(e.target));
    assert.ok(r.elapsedMs >= 0);
    assert.doesNotThrow(() => JSON.stringify(r));
  });

  it("finds graph elements nested in lists, maps and paths", async () => {
    const r = await runReadOnlyCypher(
      "MATCH p = (a:Article)-[:MENTIONS]->(e:Entity) RETURN {path: p, items: [a, e]} AS m LIMIT 3",
    );
    assert.ok(r.graph.nodes.length >= 2);
    assert.ok(r.graph.edges.length >= 1);
    assert.ok(r.graph.edges.every((e) => e.type === "MENTIONS"));
    const m = r.rows[0].m as { path: { segments: unknown[] } };
    assert.equal(m.path.segments.length, 1);
  });

  it("adds the endpoints of relationships returned without their nodes", async () => {
    const r = await runReadOnlyCypher("MATCH (:Person)-[r]->(:Entity) RETURN r LIMIT 5");
    assert.ok(r.graph.edges.length > 0);
    const ids = new Set(r.graph.nodes.map((n) => n.id));
    for (const e of r.graph.edges) assert.ok(ids.has(e.source) && ids.has(e.target), e.id);
    assert.ok(r.graph.nodes.some((n) => n.labels.includes("Person")));
    assert.deepEqual(Object.keys(r.rows[0].r as object).sort(), ["end", "id", "properties", "start", "type"]);
  });

  it("passes parameters (whole numbers as integers)", async () => {
    const name = data.entities[0].name;
    const r = await runReadOnlyCypher("MATCH (e:Entity {name: $name}) RETURN e.name AS name LIMIT $n", { name, n: 1 });
    assert.deepEqual(r.rows, [{ name }]);
  });

  it("cuts the result at the row cap and says so", async () => {
    const r = await runReadOnlyCypher("UNWIND range(1, 5000) AS x RETURN x", {}, { rowCap: 1000 });
    assert.equal(r.rows.length, 1000);
    assert.equal(r.truncated, true);
    assert.equal(r.rowCap, 1000);
    assert.deepEqual(r.rows[999], { x: 1000 });
    const exact = await runReadOnlyCypher("UNWIND range(1, 1000) AS x RETURN x", {}, { rowCap: 1000 });
    assert.equal(exact.truncated, false);
  });

  it("stops slow queries at the time limit", async () => {
    await assert.rejects(
      runReadOnlyCypher("UNWIND range(1, 100000000) AS x WITH x WHERE x < 0 RETURN count(x)", {}, { timeoutMs: 500 }),
      (err: Error) => {
        assert.ok(err instanceof QueryTimeoutError, `${err.name}: ${err.message}`);
        assert.match(err.message, /Query stopped after 0\.5 s \(time limit\)/);
        return true;
      },
    );
  });

  it("reports syntax errors with Neo4j's message at the user's positions", async () => {
    await assert.rejects(runReadOnlyCypher("MATCH (n) RETRN n"), (err: Error) => {
      assert.ok(err instanceof CypherSyntaxError, `${err.name}: ${err.message}`);
      assert.match(err.message, /RETRN/);
      assert.match(err.message, /line 1, column 11 \(offset: 10\)/);
      return true;
    });
  });

  it("reports a missing parameter as a query error", async () => {
    await assert.rejects(runReadOnlyCypher("RETURN $missing AS x"), (err: Error) => err instanceof GraphStoreError);
  });

  it("accepts read procedures and a trailing semicolon", async () => {
    const r = await runReadOnlyCypher("CALL db.labels() YIELD label RETURN label ORDER BY label;");
    assert.ok(r.rows.some((row) => row.label === "Entity"));
  });
});
