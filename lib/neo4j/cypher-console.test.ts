// Unit tests for the console's pure checks (no database): the lexical pre-check and the plan walk.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { MAX_NESTING_DEPTH, MAX_QUERY_LENGTH, isCypherSpace, scanCypher, tokenize } from "./cypher-scan";
import { checkPlan, operatorName, procedureName, type PlanNode } from "./cypher-plan";

function refused(query: string, params: Record<string, unknown> = {}): string {
  const result = scanCypher(query, params);
  assert.equal(result.ok, false, `expected a refusal for: ${query}`);
  return result.ok ? "" : result.reason;
}

function allowed(query: string): string {
  const result = scanCypher(query);
  assert.ok(result.ok, `expected ${JSON.stringify(query)} to pass, got: ${result.ok ? "" : result.reason}`);
  return result.ok ? result.query : "";
}

/** Cypher's whitespace, which JavaScript's \s only partly covers. */
export const CYPHER_WHITESPACE = [
  ..."\u0009\u000a\u000b\u000c\u000d\u001c\u001d\u001e\u001f\u0085\u00a0\u1680\u2028\u2029\u202f\u205f\u3000",
  ...Array.from({ length: 11 }, (_, k) => String.fromCharCode(0x2000 + k)),
];

describe("tokenize", () => {
  it("skips comments and keeps strings and backticked names as single tokens", () => {
    const t = tokenize("MATCH (n) // CREATE\nWHERE n.name = 'DELETE me' /* SET */ RETURN `my name`");
    assert.deepEqual(
      t.map((x) => x.text),
      ["MATCH", "(", "N", ")", "WHERE", "N", ".", "NAME", "=", "", "RETURN", "my name"],
    );
  });

  it("treats every Cypher whitespace character as a separator", () => {
    for (const ws of CYPHER_WHITESPACE) {
      assert.ok(isCypherSpace(ws), ws.codePointAt(0)!.toString(16));
      assert.deepEqual(
        tokenize(`LOAD${ws}CSV`).map((x) => x.text),
        ["LOAD", "CSV"],
        ws.codePointAt(0)!.toString(16),
      );
    }
  });

  it("handles escaped quotes and doubled backticks", () => {
    const t = tokenize(`RETURN 'it\\'s CREATE' AS a, \`we\`\`ird\` AS b`);
    assert.deepEqual(
      t.map((x) => x.kind),
      ["word", "string", "word", "word", "punct", "name", "word", "word"],
    );
    assert.equal(t[5].text, "we`ird");
  });
});

describe("scanCypher refusals", () => {
  const hostile: [string, RegExp][] = [
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", /LOAD CSV/],
    ["load   csv WITH HEADERS FROM 'http://x' AS r RETURN r", /LOAD CSV/],
    ["CALL dbms.security.createUser('eve', 'pw', false)", /dbms/],
    ["CALL `dbms`.killQueries(['query-1'])", /dbms/],
    ["CALL { CREATE (:X) } IN TRANSACTIONS", /IN TRANSACTIONS/],
    ["UNWIND range(1, 3) AS x CALL { WITH x RETURN x AS y } IN 2 CONCURRENT TRANSACTIONS RETURN y", /IN TRANSACTIONS/],
    ["USE system SHOW USERS", /USE/],
    ["SHOW USERS", /Administration/],
    ["SHOW INDEXES", /Administration/],
    ["CYPHER 5 SHOW SETTINGS", /Administration/],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /Administration/],
    ["GRANT ROLE admin TO eve", /Administration/],
    ["PROFILE MATCH (n) RETURN count(n)", /PROFILE/],
    ["MATCH (n) RETURN n; CREATE (m)", /one statement/],
    ["RETURN " + "(".repeat(600) + "1" + ")".repeat(600), /nested too deeply/],
    ["RETURN " + "[".repeat(300) + "]".repeat(300), /nested too deeply/],
    ["RETURN " + "NOT ".repeat(300) + "true", /nested too deeply/],
    ["WITH {a: 1} AS m RETURN m" + ".a".repeat(500), /nested too deeply/],
    ["RETURN reduce(s = 0, x IN range(1, 3000000000) | s + x)", /range\(\) lists are too large/],
    ["UNWIND range(0, 100000) AS a UNWIND range(0, 100000) AS b RETURN count(*)", /range\(\) lists are too large/],
    ["", /empty/],
    ["   \n\u001c\u3000 ", /empty/],
    ["// only a comment", /empty/],
  ];
  for (const [query, reason] of hostile) {
    it(`refuses ${JSON.stringify(query.slice(0, 80))}`, () => {
      assert.match(refused(query), reason);
    });
  }

  it("refuses LOAD CSV, SHOW and CALL dbms behind every Cypher whitespace character", () => {
    for (const ws of CYPHER_WHITESPACE) {
      assert.match(refused(`LOAD${ws}CSV FROM 'file:///etc/passwd' AS r RETURN r`), /LOAD CSV/);
      assert.match(refused(`${ws}SHOW${ws}SETTINGS`), /Administration/);
      assert.match(refused(`CALL${ws}dbms${ws}.components()`), /dbms/);
    }
  });

  it("counts range() sizes given as parameters", () => {
    assert.match(refused("RETURN reduce(s = 0, x IN range(1, $n) | s + x)", { n: 3e9 }), /too large/);
    assert.ok(scanCypher("RETURN reduce(s = 0, x IN range(1, $n) | s + x)", { n: 1000 }).ok);
  });

  it("refuses over-long queries", () => {
    assert.match(refused("RETURN 1 " + " ".repeat(MAX_QUERY_LENGTH)), /too long/);
  });

  it("refuses non-string input", () => {
    assert.match(refused(undefined as unknown as string), /empty/);
  });
});

describe("scanCypher lets reads (and names that look like keywords) through unchanged", () => {
  const reads = [
    "MATCH (n:Entity) RETURN n LIMIT 10",
    "MATCH (n) WHERE n.name = 'CREATE; DELETE; LOAD CSV' RETURN n",
    "MATCH (n) // DELETE everything\nRETURN count(n)",
    "WITH 1 AS create RETURN create",
    "RETURN 1 AS `CREATE`",
    "WITH 1 AS load RETURN load",
    "WITH [1] AS transactions UNWIND transactions AS t RETURN 1 IN transactions",
    "MATCH (n) RETURN n {.name, show: n.aliases, use: 1} AS m",
    "MATCH (n) WHERE n.show IS NULL AND n.terminate IS NULL RETURN n.use",
    "CALL db.labels() YIELD label RETURN label",
    "UNWIND range(1, 5000) AS x RETURN x",
    "RETURN " + "(".repeat(50) + "1" + ")".repeat(50),
    "MATCH (a)-[r]->(b) WHERE a.x = 1 AND b.y = 2 AND r.z > 3 AND a.name STARTS WITH 'x' RETURN a.p, b.q, r.s",
  ];
  for (const query of reads) {
    it(`allows ${JSON.stringify(query.slice(0, 80))}`, () => {
      assert.equal(allowed(query), query);
    });
  }

  it("has a nesting cap well above what hand-written queries need", () => {
    assert.ok(MAX_NESTING_DEPTH >= 100);
  });

  it("drops a single trailing semicolon and nothing else", () => {
    assert.equal(allowed("MATCH (n) RETURN n;  "), "MATCH (n) RETURN n  ");
    assert.equal(allowed("MATCH (n) RETURN n; // done"), "MATCH (n) RETURN n // done");
  });
});

describe("checkPlan", () => {
  const leaf = (operatorType: string, details?: string): PlanNode => ({
    operatorType,
    arguments: details === undefined ? {} : { Details: details },
    children: [],
  });
  const root = (...children: PlanNode[]): PlanNode => ({ operatorType: "ProduceResults@neo4j", children });

  it("accepts read operators and listed procedures", () => {
    assert.deepEqual(checkPlan(root({ ...leaf("Limit@neo4j"), children: [leaf("NodeByLabelScan@neo4j")] })), {
      ok: true,
    });
    assert.deepEqual(checkPlan(root(leaf("ProcedureCall@neo4j", "db.labels() :: (label :: STRING)"))), { ok: true });
    assert.ok(checkPlan(root(leaf("Expand(All)@neo4j"), leaf("VarLengthExpand(Pruning,BFS,All)@neo4j"))).ok);
  });

  it("refuses LoadCSV, other procedures, admin commands, writes and unknown operators", () => {
    const cases: [PlanNode, RegExp][] = [
      [root(leaf("LoadCSV@neo4j")), /LOAD CSV/],
      [root(leaf("ProcedureCall@neo4j", "db.stats.stop($a) :: (section :: STRING)")), /db\.stats\.stop/],
      [root(leaf("ProcedureCall@neo4j", "db.prepareForReplanning() :: ()")), /not allowed/],
      [root(leaf("ShowSettings@neo4j")), /Administration/],
      [root(leaf("TerminateTransactions@neo4j")), /Administration/],
      [root({ ...leaf("Apply@neo4j"), children: [leaf("SetProperty@neo4j")] }), /SetProperty/],
      [root(leaf("TransactionForeach@neo4j")), /IN TRANSACTIONS/],
      [root(leaf("SomethingNew@neo4j")), /not on its list/],
    ];
    for (const [plan, reason] of cases) {
      const v = checkPlan(plan);
      assert.equal(v.ok, false);
      assert.match(v.ok ? "" : v.reason, reason);
    }
    assert.equal(checkPlan(undefined).ok, false);
  });

  it("walks deep plans without recursion", () => {
    let plan = leaf("Argument@neo4j");
    for (let k = 0; k < 20_000; k++) plan = { operatorType: "Apply@neo4j", children: [plan] };
    assert.ok(checkPlan(plan).ok);
  });

  it("parses operator and procedure names", () => {
    assert.equal(operatorName("Expand(All)@neo4j"), "Expand");
    assert.equal(
      procedureName("db.index.fulltext.queryNodes($a, $b) :: (node :: NODE)"),
      "db.index.fulltext.queryNodes",
    );
    assert.equal(procedureName(undefined), null);
  });
});
