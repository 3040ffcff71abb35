/**
 * Unit tests for the transport's pure parts: Neo4j error mapping and driver-value conversion (no database).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import neo4j, { Neo4jError, Node, Relationship, Path, PathSegment } from "neo4j-driver";
import { mapNeo4jError, toPlain } from "./transport";
import {
  AuthenticationError,
  CypherSyntaxError,
  DatabaseUnavailableError,
  GraphStoreError,
  InvalidGraphDataError,
  QueryRefusedError,
  QueryTimeoutError,
} from "./errors";

const neoError = (code: string, message = "boom") => new Neo4jError(message, code, "50N42", "general error");

test("connection failures become DatabaseUnavailableError telling how to start the database", () => {
  for (const err of [
    neoError("ServiceUnavailable", "Failed to connect. Caused by: connect ECONNREFUSED 127.0.0.1:7687"),
    neoError("SessionExpired"),
    Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:7687"), { code: "ECONNREFUSED" }),
  ]) {
    const mapped = mapNeo4jError(err);
    assert.ok(mapped instanceof DatabaseUnavailableError, `${err.message} → ${mapped.name}`);
    assert.match(mapped.message, /cannot connect to bolt:\/\/.*Is it running\? Try `npm run db:start`/);
    assert.equal((mapped as GraphStoreError).cause, err);
  }
});

test("the root cause of a connection failure is kept, the driver's boilerplate dropped", () => {
  const mapped = mapNeo4jError(
    neoError("ServiceUnavailable", "Failed to connect to server. Please ensure... Caused by: connect ECONNREFUSED x:1"),
  );
  assert.match(mapped.message, /\(connect ECONNREFUSED x:1\)$/);
  assert.doesNotMatch(mapped.message, /Please ensure/);
});

test("refused credentials become AuthenticationError naming the variables to check", () => {
  const mapped = mapNeo4jError(neoError("Neo.ClientError.Security.Unauthorized", "The client is unauthorized"));
  assert.ok(mapped instanceof AuthenticationError);
  assert.match(mapped.message, /NEO4J_USER/);
  assert.match(mapped.message, /NEO4J_PASSWORD/);
  assert.equal((mapped as GraphStoreError).code, "Neo.ClientError.Security.Unauthorized");
});

test("Cypher errors become CypherSyntaxError keeping Neo4j's message", () => {
  for (const code of [
    "Neo.ClientError.Statement.SyntaxError",
    "Neo.ClientError.Statement.ParameterMissing",
    "Neo.ClientError.Statement.TypeError",
    "Neo.ClientError.Statement.ArgumentError",
  ]) {
    const mapped = mapNeo4jError(neoError(code, "Invalid input 'MATCHH'"));
    assert.ok(mapped instanceof CypherSyntaxError, code);
    assert.equal(mapped.message, "Invalid input 'MATCHH'");
    assert.equal((mapped as GraphStoreError).code, code);
  }
});

test("timeouts and terminated transactions become QueryTimeoutError", () => {
  const cases: [string, string][] = [
    ["Neo.ClientError.Transaction.TransactionTimedOut", "The transaction has been terminated."],
    ["Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "timed out"],
    ["Neo.TransientError.Transaction.Terminated", "The transaction has been terminated. Retry your operation"],
    ["Neo.ClientError.Transaction.Terminated", "Explicitly terminated by the user."],
  ];
  for (const [code, message] of cases) {
    assert.ok(mapNeo4jError(neoError(code, message)) instanceof QueryTimeoutError, code);
  }
});

test("a transaction terminated because the database is stopping is unavailability, not a timeout", () => {
  const message =
    "The transaction has been terminated. Retry your operation in a new transaction, and you should see a " +
    "successful result. The database is not currently available to serve your request, refer to the database " +
    "logs for more details. Retrying your request at a later time may succeed.";
  assert.ok(
    mapNeo4jError(neoError("Neo.TransientError.Transaction.Terminated", message)) instanceof DatabaseUnavailableError,
  );
});

test("writes in read mode and forbidden operations become QueryRefusedError", () => {
  for (const code of ["Neo.ClientError.Statement.AccessMode", "Neo.ClientError.Security.Forbidden"]) {
    assert.ok(mapNeo4jError(neoError(code, "Writing in read access mode not allowed")) instanceof QueryRefusedError);
  }
});

test("our own errors pass through unchanged; unknown Neo4j errors become GraphStoreError", () => {
  const own = new InvalidGraphDataError("bad file");
  assert.equal(mapNeo4jError(own), own);
  const other = mapNeo4jError(neoError("Neo.DatabaseError.General.UnknownError", "disk full"));
  assert.equal(other.constructor, GraphStoreError);
  assert.match(other.message, /disk full/);
  const plain = new TypeError("not neo4j");
  assert.equal(mapNeo4jError(plain), plain);
});

test("toPlain converts integers, temporal values, nodes, relationships and paths to plain JSON", () => {
  const a = new Node(neo4j.int(1), ["Entity", "Person"], { id: "p:1", n: neo4j.int(3) }, "4:x:1");
  const b = new Node(neo4j.int(2), ["Entity"], { id: "p:2" }, "4:x:2");
  const r = new Relationship(neo4j.int(9), neo4j.int(1), neo4j.int(2), "MET", { c: 0.5 }, "5:x:9", "4:x:1", "4:x:2");
  const path = new Path(a, b, [new PathSegment(a, r, b)]);
  const value = {
    count: neo4j.int(42),
    big: neo4j.int("9007199254740993"),
    date: new neo4j.types.Date(2024, 3, 4),
    list: [neo4j.int(1), null, "x"],
    node: a,
    rel: r,
    path,
  };
  const plain = toPlain(value) as Record<string, unknown>;
  assert.deepEqual(plain.count, 42);
  assert.equal(plain.big, "9007199254740993");
  assert.equal(plain.date, "2024-03-04");
  assert.deepEqual(plain.list, [1, null, "x"]);
  assert.deepEqual(plain.node, { elementId: "4:x:1", labels: ["Entity", "Person"], properties: { id: "p:1", n: 3 } });
  assert.deepEqual(plain.rel, {
    elementId: "5:x:9",
    type: "MET",
    startNodeElementId: "4:x:1",
    endNodeElementId: "4:x:2",
    properties: { c: 0.5 },
  });
  const p = plain.path as { start: { elementId: string }; segments: { relationship: { type: string } }[] };
  assert.equal(p.start.elementId, "4:x:1");
  assert.equal(p.segments[0].relationship.type, "MET");
  assert.doesNotThrow(() => JSON.stringify(plain));
});
