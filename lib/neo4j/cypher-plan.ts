/**
 * The read-only console's deciding guard: the planner's view of a query. `EXPLAIN` returns the operator tree the
 * server would run; every operator must be on a list of read operators, and every procedure call on a list of
 * read procedures. Anything else (LOAD CSV, other procedures, SHOW / TERMINATE and other administration commands,
 * writes, IN TRANSACTIONS batches) is refused, including operators this list has never heard of: the list fails
 * closed, so a new Neo4j operator is refused until someone has looked at it.
 *
 * Why the plan and not the query text: Cypher's grammar (Unicode whitespace, backticks, keywords as names) is the
 * server's to interpret, and the planner has already done it. Pure functions over the driver's plan shape.
 */

/** The part of neo4j-driver's `summary.plan` this module reads. */
export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

export type PlanVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Operators that only read the graph or transform rows. Names as Neo4j 5 prints them, without the runtime suffix
 * (`@neo4j`) and the bracketed variant (`Expand(All)` → `Expand`).
 */
export const READ_OPERATORS: ReadonlySet<string> = new Set([
  // leaves: scans and seeks
  "AllNodesScan",
  "NodeByLabelScan",
  "IntersectionNodeByLabelsScan",
  "UnionNodeByLabelsScan",
  "SubtractionNodeByLabelsScan",
  "NodeByIdSeek",
  "NodeByElementIdSeek",
  "NodeIndexSeek",
  "NodeUniqueIndexSeek",
  "MultiNodeIndexSeek",
  "AssertingMultiNodeIndexSeek",
  "NodeIndexSeekByRange",
  "NodeUniqueIndexSeekByRange",
  "NodeIndexContainsScan",
  "NodeIndexEndsWithScan",
  "NodeIndexScan",
  "DirectedRelationshipIndexSeek",
  "UndirectedRelationshipIndexSeek",
  "DirectedRelationshipUniqueIndexSeek",
  "UndirectedRelationshipUniqueIndexSeek",
  "DirectedRelationshipIndexSeekByRange",
  "UndirectedRelationshipIndexSeekByRange",
  "DirectedRelationshipUniqueIndexSeekByRange",
  "UndirectedRelationshipUniqueIndexSeekByRange",
  "DirectedRelationshipIndexScan",
  "UndirectedRelationshipIndexScan",
  "DirectedRelationshipIndexContainsScan",
  "UndirectedRelationshipIndexContainsScan",
  "DirectedRelationshipIndexEndsWithScan",
  "UndirectedRelationshipIndexEndsWithScan",
  "DirectedRelationshipByIdSeek",
  "UndirectedRelationshipByIdSeek",
  "DirectedRelationshipByElementIdSeek",
  "UndirectedRelationshipByElementIdSeek",
  "DirectedAllRelationshipsScan",
  "UndirectedAllRelationshipsScan",
  "DirectedRelationshipTypeScan",
  "UndirectedRelationshipTypeScan",
  "DirectedUnionRelationshipTypesScan",
  "UndirectedUnionRelationshipTypesScan",
  "NodeCountFromCountStore",
  "RelationshipCountFromCountStore",
  "Argument",
  "ArgumentTracker",
  "EmptyRow",
  "Input",
  // traversal
  "Expand",
  "OptionalExpand",
  "VarLengthExpand",
  "BFSPruningVarExpand",
  "ShortestPath",
  "StatefulShortestPath",
  "Repeat",
  "Trail",
  "NullifyMetadata",
  "ProjectEndpoints",
  "TriadicSelection",
  "TriadicBuild",
  "TriadicFilter",
  "AssertSameNode",
  "AssertSameRelationship",
  // row operators
  "Filter",
  "Projection",
  "CacheProperties",
  "Limit",
  "ExhaustiveLimit",
  "Skip",
  "Sort",
  "PartialSort",
  "Top",
  "Top1WithTies",
  "PartialTop",
  "Distinct",
  "OrderedDistinct",
  "EagerAggregation",
  "OrderedAggregation",
  "Eager",
  "Unwind",
  "Optional",
  "EmptyResult",
  "DropResult",
  "ProduceResults",
  // joins and subqueries (read-only ones; TransactionApply/TransactionForeach/Foreach are not here)
  "Apply",
  "SemiApply",
  "AntiSemiApply",
  "LetSemiApply",
  "LetAntiSemiApply",
  "SelectOrSemiApply",
  "SelectOrAntiSemiApply",
  "LetSelectOrSemiApply",
  "LetSelectOrAntiSemiApply",
  "RollUpApply",
  "ConditionalApply",
  "AntiConditionalApply",
  "CartesianProduct",
  "NodeHashJoin",
  "ValueHashJoin",
  "NodeLeftOuterHashJoin",
  "NodeRightOuterHashJoin",
  "Union",
  "OrderedUnion",
  "Anti",
]);

/** Procedures the console may call: full-text search and schema introspection. Everything else is refused. */
export const READ_PROCEDURES: ReadonlySet<string> = new Set([
  "db.index.fulltext.querynodes",
  "db.index.fulltext.queryrelationships",
  "db.labels",
  "db.relationshiptypes",
  "db.propertykeys",
  "db.schema.visualization",
  "db.schema.nodetypeproperties",
  "db.schema.reltypeproperties",
]);

/** Operators with a specific refusal message (the rest get the generic one). */
const OPERATOR_REASONS: Record<string, string> = {
  LoadCSV: "LOAD CSV is not allowed in the console: it reads files and URLs from the database server.",
  TransactionApply:
    "CALL { … } IN TRANSACTIONS is not allowed in the console: it commits batches outside the read-only transaction.",
  TransactionForeach:
    "CALL { … } IN TRANSACTIONS is not allowed in the console: it commits batches outside the read-only transaction.",
};

/** `Expand(All)@neo4j` → `Expand`. */
export function operatorName(operatorType: string): string {
  return operatorType.replace(/@.*$/s, "").replace(/\(.*$/s, "").trim();
}

/** `db.labels() :: (label :: STRING)` → `db.labels`. */
export function procedureName(details: unknown): string | null {
  if (typeof details !== "string") return null;
  const m = /^\s*([\p{L}\p{N}_$.`]+?)\s*\(/u.exec(details);
  return m ? m[1].replace(/`/g, "") : null;
}

function isAdministration(name: string): boolean {
  return /^(?:Show|Terminate|Alter|Rename|Grant|Deny|Revoke|Start|Stop|Enable|Deallocate|Reallocate)/.test(name);
}

/** Walks the plan tree (iteratively: a hostile plan may be deep) and returns the first reason to refuse, if any. */
export function checkPlan(plan: PlanNode | null | undefined): PlanVerdict {
  if (!plan)
    return { ok: false, reason: "The Cypher console could not check this query: the server returned no plan." };
  const stack: PlanNode[] = [plan];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const name = operatorName(String(node.operatorType ?? ""));
    if (name === "ProcedureCall") {
      const proc = procedureName(node.arguments?.Details);
      if (!proc || !READ_PROCEDURES.has(proc.toLowerCase())) {
        return {
          ok: false,
          reason:
            `The procedure ${proc ?? "(unknown)"} is not allowed in the console. Allowed: ` +
            "db.index.fulltext.queryNodes / queryRelationships, db.labels, db.relationshipTypes, db.propertyKeys, " +
            "db.schema.visualization, db.schema.nodeTypeProperties, db.schema.relTypeProperties.",
        };
      }
    } else if (!READ_OPERATORS.has(name)) {
      if (OPERATOR_REASONS[name]) return { ok: false, reason: OPERATOR_REASONS[name] };
      if (isAdministration(name)) {
        return { ok: false, reason: `Administration commands are not allowed in the console (plan operator ${name}).` };
      }
      return {
        ok: false,
        reason: `The Cypher console is read-only: the plan contains ${name}, which is not on its list of read operators.`,
      };
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return { ok: true };
}
