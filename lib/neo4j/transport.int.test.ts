/**
 * Integration tests of the transport against a real Neo4j: access modes, error mapping, plain values, metadata.
 * Uses NEO4J_URI… like the other *.int.test.ts files; writes only a few nodes labelled :TransportTest.
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { closeDriver } from "./driver";
import { AuthenticationError, CypherSyntaxError, QueryRefusedError, QueryTimeoutError } from "./errors";
import { isPlainNode, isPlainPath, isPlainRelationship, readTx, runRead, runWrite, writeTx } from "./transport";

after(async () => {
  await runWrite("MATCH (n:TransportTest) DETACH DELETE n").catch(() => undefined);
  await closeDriver();
});

test("runWrite then runRead round-trip plain values: nodes, relationships, paths, dates, numbers", async () => {
  await runWrite("MATCH (n:TransportTest) DETACH DELETE n");
  await runWrite(
    "CREATE (:TransportTest {id: 'a', n: 1, d: date('2024-03-04')})-[:LINK {w: 2}]->(:TransportTest {id: 'b'})",
  );
  const [row] = await runRead(
    "MATCH p = (a:TransportTest {id: 'a'})-[r:LINK]->(b) RETURN a, r, p, a.n + 1 AS n, a.d AS d, count { (a)--() } AS deg",
  );
  assert.ok(isPlainNode(row.a));
  assert.deepEqual(row.a.labels, ["TransportTest"]);
  assert.deepEqual(row.a.properties, { id: "a", n: 1, d: "2024-03-04" });
  assert.ok(isPlainRelationship(row.r));
  assert.equal(row.r.type, "LINK");
  assert.equal(row.r.startNodeElementId, row.a.elementId);
  assert.ok(isPlainPath(row.p));
  assert.equal(row.n, 2);
  assert.equal(row.d, "2024-03-04");
  assert.equal(row.deg, 1);
  assert.doesNotThrow(() => JSON.stringify(row));
});

test("a write inside a read transaction is refused with QueryRefusedError", async () => {
  await assert.rejects(runRead("CREATE (:TransportTest {id: 'sneaky'})"), QueryRefusedError);
  const [{ n }] = await runRead<{ n: number }>("MATCH (x:TransportTest {id: 'sneaky'}) RETURN count(x) AS n");
  assert.equal(n, 0);
});

test("bad Cypher gives CypherSyntaxError with Neo4j's message; missing parameters too", async () => {
  await assert.rejects(runRead("MATCHH (n) RETURN n"), (err: Error) => {
    assert.ok(err instanceof CypherSyntaxError);
    assert.match(err.message, /MATCHH/);
    return true;
  });
  await assert.rejects(runRead("RETURN $missing AS x"), CypherSyntaxError);
});

test("a query past its timeout gives QueryTimeoutError", async () => {
  await assert.rejects(
    readTx((tx) => tx.run("UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)"), {
      timeoutMs: 200,
    }),
    QueryTimeoutError,
  );
});

test("metadata reaches the server (visible in SHOW TRANSACTIONS)", async () => {
  const meta = await writeTx(
    async (tx) => {
      const result = await tx.run(
        "SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE currentQuery STARTS WITH 'SHOW' RETURN metaData",
      );
      return result.records.map((r) => r.get("metaData") as Record<string, unknown>);
    },
    { metadata: { op: "metadata-test" } },
  );
  assert.ok(meta.some((m) => m.app === "newsgraph" && m.op === "metadata-test"));
});

test("wrong credentials give AuthenticationError naming the variables", async () => {
  const saved = process.env.NEO4J_PASSWORD;
  await closeDriver();
  process.env.NEO4J_PASSWORD = "definitely-wrong-password";
  try {
    await assert.rejects(runRead("RETURN 1"), (err: Error) => {
      assert.ok(err instanceof AuthenticationError, `${err.name}: ${err.message}`);
      assert.match(err.message, /NEO4J_USER and NEO4J_PASSWORD/);
      return true;
    });
  } finally {
    await closeDriver();
    if (saved === undefined) delete process.env.NEO4J_PASSWORD;
    else process.env.NEO4J_PASSWORD = saved;
  }
});
