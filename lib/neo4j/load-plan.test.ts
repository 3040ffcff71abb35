/**
 * Unit tests for the load plan (no database): batches hold whole articles with everything hanging off them,
 * rows are de-duplicated, statement ids are stable, and only validated predicates reach query text.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { GraphData } from "../graph/types";
import { planLoad, mentionRows, statementRows } from "./load-plan";
import { statementId } from "./graph-model";
import { CREATE_ENTITIES, MERGE_ENTITIES, MERGE_RELATIONS } from "./queries/write";
import { validateForLoad } from "./load";
import { InvalidGraphDataError } from "./errors";

const mini = (): GraphData =>
  JSON.parse(readFileSync(new URL("./fixtures/mini-graph.json", import.meta.url), "utf8")) as GraphData;

test("every article batch carries all of its articles' mentions and statements, whatever the batch size", () => {
  const data = mini();
  for (const size of [1, 2, 5, 1000]) {
    const plan = planLoad(data, size);
    const seen = new Set<string>();
    for (const batch of plan.articleBatches) {
      const ids = new Set(batch.articles.map((a) => a.id));
      for (const id of ids) seen.add(id);
      assert.ok(batch.mentions.every((m) => ids.has(m.articleId)));
      assert.ok(batch.statements.every((s) => ids.has(s.articleId)));
    }
    assert.equal(seen.size, data.articles.length);
    const mentions = plan.articleBatches.reduce((n, b) => n + b.mentions.length, 0);
    const statements = plan.articleBatches.reduce((n, b) => n + b.statements.length, 0);
    assert.equal(mentions, plan.totals.mentions, `batch size ${size}`);
    assert.equal(statements, plan.totals.statements);
  }
  assert.equal(planLoad(data, 1).articleBatches.length, data.articles.length);
});

test("every relation is planned once, apart from the article batches, with or without evidence", () => {
  const data = mini();
  for (const size of [1, 1000]) {
    const plan = planLoad(data, size);
    const ids = plan.relations.map((r) => r.id);
    assert.deepEqual(
      ids,
      data.relations.map((r) => r.id),
    );
    assert.ok(ids.includes("rel:located-in:siemens:munich")); // the one without evidence
    // Every statement's relation is in the plan, so its evidenceCount is written.
    const planned = new Set(ids);
    for (const b of plan.articleBatches) assert.ok(b.statements.every((s) => planned.has(s.relationId)));
  }
});

test("mentions are grouped per article and entity with sorted, de-duplicated offsets", () => {
  const data = mini();
  const merkel = data.entities.find((e) => e.id === "person:angela-merkel")!;
  merkel.mentions.push({ ...merkel.mentions[1] }); // duplicate mention
  const rows = mentionRows(data).filter((m) => m.entityId === merkel.id && m.articleId === "art-a1");
  assert.equal(rows.length, 1);
  assert.equal(rows[0].count, 2);
  assert.deepEqual(
    rows[0].starts,
    [...rows[0].starts].sort((a, b) => a - b),
  );
  assert.equal(rows[0].starts.length, rows[0].ends.length);
});

test("statement ids are stable and distinct per evidence location", () => {
  const a = statementRows(mini());
  const b = statementRows(mini());
  assert.deepEqual(
    a.map((s) => s.id),
    b.map((s) => s.id),
  );
  assert.equal(new Set(a.map((s) => s.id)).size, a.length);
  assert.notEqual(statementId("r", "a", 0, 10), statementId("r", "a", 0, 11));
  assert.notEqual(statementId("r", "a1", 0, 1), statementId("r", "a", 10, 1));
});

test("write queries take labels and relationship types as parameters, never as query text", () => {
  assert.match(MERGE_RELATIONS, /MERGE \(src\)-\[r:\$\(row\.predicate\) \{id: row\.id\}\]->\(tgt\)/);
  for (const query of [CREATE_ENTITIES, MERGE_ENTITIES]) assert.match(query, /SET e:\$\(row\.label\),/);
  for (const query of [MERGE_RELATIONS, CREATE_ENTITIES, MERGE_ENTITIES]) assert.doesNotMatch(query, /`|\$\{/);
});

test("validateForLoad refuses bad data naming the first bad record", () => {
  const badPredicate = mini();
  badPredicate.relations[1].predicate = "A".repeat(70);
  assert.throws(
    () => validateForLoad(badPredicate),
    (err: Error) => {
      assert.ok(err instanceof InvalidGraphDataError);
      assert.match(err.message, /relations\[1\] \(id "rel:president-of:macron:france"\)/);
      return true;
    },
  );
  const badDate = mini();
  badDate.articles[2].date = "2024-02-30";
  assert.throws(() => validateForLoad(badDate), /articles\[2\] \(id "art-a3"\): "date" "2024-02-30"/);
  const dangling = mini();
  dangling.relations[0].target = "person:nobody";
  assert.throws(
    () => validateForLoad(dangling),
    (err: Error) => {
      assert.ok(err instanceof InvalidGraphDataError);
      assert.match(err.message, /relations\[0\].*person:nobody/);
      return true;
    },
  );
  assert.throws(() => validateForLoad({ version: 1 }), InvalidGraphDataError);
});
