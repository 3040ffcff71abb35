// Unit tests for the console's pure pre-scan (no database): what it refuses, what it lets through unchanged.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { MAX_QUERY_LENGTH, scanCypher, stripCommentsAndStrings } from "./cypher-scan";

function refused(query: string): string {
  const result = scanCypher(query);
  assert.equal(result.ok, false, `expected a refusal for: ${query}`);
  return result.ok ? "" : result.reason;
}

function allowed(query: string): string {
  const result = scanCypher(query);
  assert.ok(result.ok, `expected ${JSON.stringify(query)} to pass, got: ${result.ok ? "" : result.reason}`);
  return result.ok ? result.query : "";
}

describe("stripCommentsAndStrings", () => {
  it("blanks comments and string contents but keeps the length", () => {
    const q = "MATCH (n) // CREATE\nWHERE n.name = 'DELETE me' /* SET */ RETURN n";
    const s = stripCommentsAndStrings(q);
    assert.equal(s.length, q.length);
    assert.doesNotMatch(s, /CREATE|DELETE|SET/);
    assert.match(s, /MATCH \(n\)/);
    assert.match(s, /RETURN n$/);
  });

  it("handles escaped quotes inside strings", () => {
    const s = stripCommentsAndStrings(`RETURN 'it\\'s CREATE' AS a, "say \\"DROP\\"" AS b`);
    assert.doesNotMatch(s, /CREATE|DROP/);
    assert.match(s, /AS a, "\s+" AS b/);
  });

  it("does not treat // inside a string as a comment", () => {
    const s = stripCommentsAndStrings("RETURN 'http://x' AS url CREATE (n)");
    assert.match(s, /CREATE \(n\)/);
  });

  it("unquotes backtick identifiers so their names can be scanned", () => {
    assert.match(stripCommentsAndStrings("CALL `dbms`.security.createUser('a')"), /dbms \.security/);
  });
});

describe("scanCypher refusals", () => {
  const hostile: [string, RegExp][] = [
    ["CREATE (n:X)", /read-only/],
    ["MERGE (n:X {id: 1})", /read-only/],
    ["MATCH (n) DELETE n", /read-only/],
    ["MATCH (n) DETACH DELETE n", /read-only/],
    ["MATCH (n) SET n.x = 1", /read-only/],
    ["MATCH (n) REMOVE n.x", /read-only/],
    ["DROP INDEX entityNames", /read-only/],
    ["DROP CONSTRAINT foo IF EXISTS", /read-only/],
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", /LOAD CSV/],
    ["load   csv WITH HEADERS FROM 'http://x' AS r RETURN r", /LOAD CSV/],
    ["CALL db.createLabel('X')", /procedures/],
    ["CALL db.index.fulltext.createNodeIndex('x', ['A'], ['b'])", /procedures/],
    ["CREATE FULLTEXT INDEX x FOR (n:A) ON EACH [n.b]", /read-only/],
    ["CALL dbms.security.createUser('eve', 'pw', false)", /dbms/],
    ["CALL dbms.killQueries(['query-1'])", /dbms/],
    ["CALL `dbms`.killQueries(['query-1'])", /dbms/],
    ["CALL { CREATE (:X) } IN TRANSACTIONS", /IN TRANSACTIONS|read-only/],
    ["UNWIND range(1, 3) AS x CALL { WITH x RETURN x AS y } IN TRANSACTIONS OF 2 ROWS RETURN y", /IN TRANSACTIONS/],
    ["USE system SHOW USERS", /USE/],
    ["SHOW USERS", /Administration/],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /Administration/],
    ["GRANT ROLE admin TO eve", /Administration/],
    ["SHOW TRANSACTIONS", /Administration/],
    ["PROFILE MATCH (n) RETURN count(n)", /PROFILE/],
    ["MATCH (n) /* comment */ DETACH /* x */ DELETE n", /read-only/],
    ["// MATCH\nCREATE (n)", /read-only/],
    ["cReAtE (n)", /read-only/],
    ["MATCH (n) WHERE n.name = 'MATCH' CREATE (m)", /read-only/],
    ['RETURN "MATCH (n) RETURN n" AS s CREATE (m)', /read-only/],
    ["FOREACH (x IN [1] | CREATE (:X))", /read-only/],
    ["MATCH (n) RETURN n; CREATE (m)", /one statement/],
    ["MATCH (n) RETURN n; MATCH (m) RETURN m", /one statement/],
    ["", /empty/],
    ["   \n ", /empty/],
    ["// only a comment", /empty/],
  ];
  for (const [query, reason] of hostile) {
    it(`refuses ${JSON.stringify(query)}`, () => {
      assert.match(refused(query), reason);
    });
  }

  it("refuses over-long queries", () => {
    assert.match(refused("RETURN 1 " + " ".repeat(MAX_QUERY_LENGTH)), /too long/);
  });

  it("refuses non-string input", () => {
    assert.match(refused(undefined as unknown as string), /empty/);
  });
});

describe("scanCypher lets reads through unchanged", () => {
  const reads = [
    "MATCH (n:Entity) RETURN n LIMIT 10",
    "MATCH (p:Person)-[r]->(o) RETURN p, r, o LIMIT 25",
    "MATCH (n) WHERE n.name = 'CREATE; DELETE' RETURN n",
    "MATCH (n) // DELETE everything\nRETURN count(n)",
    "MATCH (a:Article) RETURN a.title AS title, a.date AS created ORDER BY created",
    "MATCH (n) RETURN n {.name, set: n.aliases} AS m",
    "MATCH (n) WHERE n.settings IS NULL AND n.created IS NULL RETURN n.offset",
    "CALL db.labels() YIELD label RETURN label",
    "CALL db.index.fulltext.queryNodes('entityNames', 'putin') YIELD node, score RETURN node.name, score",
    "MATCH (n:Entity) WHERE n.name STARTS WITH $prefix RETURN n",
    "SHOW INDEXES",
  ];
  for (const query of reads) {
    it(`allows ${JSON.stringify(query)}`, () => {
      assert.equal(allowed(query), query);
    });
  }

  it("drops a single trailing semicolon and nothing else", () => {
    assert.equal(allowed("MATCH (n) RETURN n;  "), "MATCH (n) RETURN n  ");
    assert.equal(allowed("MATCH (n) RETURN n; // done"), "MATCH (n) RETURN n // done");
  });
});
