/**
 * Validation of graph.json data before anyone trusts it (the Neo4j loader, the CLI's `load`). Two passes: a zod
 * schema for shapes and value ranges, then cross-record checks (unique ids, references, offsets). Either pass stops
 * at the FIRST bad record and names it precisely — `relations[12] (id "r-1f2e"): "target" refers to unknown entity
 * "person:x"` — because a file with one bad record usually has thousands and the first is the one to debug.
 */
import { z } from "zod";
import { ENTITY_TYPES, GRAPH_FORMAT_VERSION, type GraphData } from "./types";

/** A graph.json value that does not follow the format. `path` points at the bad value, `index` at its record. */
export class GraphValidationError extends Error {
  constructor(
    message: string,
    /** Where the bad value is, e.g. `relations[12].target` ("" for the whole document). */
    readonly path: string,
    /** Index of the bad record in its top-level array (articles, entities or relations), or null. */
    readonly index: number | null,
  ) {
    super(message);
    this.name = "GraphValidationError";
  }
}

const PREDICATE_RE = /^[A-Z][A-Z0-9_]*$/;
const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

const offset = z.number().int().min(0);
const nonEmpty = z.string().min(1);

// Strict objects: an unknown key is most often a misspelt known one ("Type", "article_id"), and the format only
// grows with a version bump.
const articleSchema = z.strictObject({
  id: nonEmpty,
  title: z.string(),
  source: z.string().nullable(),
  date: z.string().regex(ISO_DATE_RE, "expected an ISO date YYYY-MM-DD").nullable(),
  files: z.array(z.string()),
  text: z.string(),
  captions: z.array(z.string()),
});

const mentionSchema = z.strictObject({ articleId: nonEmpty, start: offset, end: offset, text: z.string() });

const entitySchema = z.strictObject({
  id: nonEmpty,
  name: nonEmpty,
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string()),
  mentions: z.array(mentionSchema),
  resolution: z.array(z.strictObject({ alias: z.string(), rule: nonEmpty, via: z.string() })).optional(),
});

const resolvedSchema = z.strictObject({ start: offset, end: offset, text: nonEmpty, entity: nonEmpty });

const evidenceSchema = z.strictObject({
  articleId: nonEmpty,
  sentence: z.string(),
  start: offset,
  end: offset,
  attributedTo: nonEmpty.optional(),
  resolved: z.array(resolvedSchema).optional(),
});

const relationSchema = z.strictObject({
  id: nonEmpty,
  source: nonEmpty,
  target: nonEmpty,
  predicate: z.string().regex(PREDICATE_RE, "expected an UPPER_SNAKE predicate like MET or PRESIDENT_OF"),
  confidence: z.number().min(0).max(1),
  sources: z.array(z.string()),
  evidence: z.array(evidenceSchema),
  negated: z.literal(true).optional(),
});

const graphSchema = z.strictObject({
  version: z.literal(GRAPH_FORMAT_VERSION),
  articles: z.array(articleSchema),
  entities: z.array(entitySchema),
  relations: z.array(relationSchema),
});

type PathPart = string | number;

/** `["relations", 12, "evidence", 0, "start"]` → `relations[12].evidence[0].start`. */
export function formatPath(path: readonly PathPart[]): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  return out;
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing (field missing)";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

function valueAt(root: unknown, path: readonly PathPart[]): unknown {
  let v = root;
  for (const part of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PathPart, unknown>)[part];
  }
  return v;
}

/** `relations[12] (id "r-1")` — the record's position plus its id when it has a readable one. */
function recordLabel(root: unknown, path: readonly PathPart[]): { label: string; index: number | null } {
  if (path.length < 2 || typeof path[1] !== "number") return { label: "", index: null };
  const id = valueAt(root, path.slice(0, 2).concat("id"));
  const label = `${String(path[0])}[${path[1]}]` + (typeof id === "string" && id ? ` (id ${JSON.stringify(id)})` : "");
  return { label, index: path[1] };
}

function fail(root: unknown, path: readonly PathPart[], problem: string): never {
  const { label, index } = recordLabel(root, path);
  const full = formatPath(path);
  // `relations[12] (id "r-1"): "target" refers to ...` — record first (findable by index or id), then the field.
  const message = label
    ? `${label}: ${path.length > 2 ? `${JSON.stringify(formatPath(path.slice(2)))} ` : ""}${problem}`
    : `${full || "graph"}: ${problem}`;
  throw new GraphValidationError(message, full, index);
}

function explainIssue(root: unknown, issue: z.core.$ZodIssue): string {
  const got = valueAt(root, issue.path as PathPart[]);
  switch (issue.code) {
    case "invalid_type":
      return got === undefined
        ? `is missing (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${describe(got)}`;
    case "invalid_value":
      return `expected ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.join(", ")}`}, got ${describe(got)}`;
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}`;
    case "too_small":
    case "too_big":
    case "invalid_format":
      return `${issue.message.replace(/^(Invalid (input|string)|Too (big|small)): /, "")}, got ${describe(got)}`;
    default:
      return `${issue.message}, got ${describe(got)}`;
  }
}

function checkShape(json: unknown): GraphData {
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new GraphValidationError(
      `graph: expected a JSON object with version, articles, entities, relations; got ${describe(json)}`,
      "",
      null,
    );
  }
  const result = graphSchema.safeParse(json);
  if (result.success) return result.data as GraphData;
  // zod reports issues in document order, so the first one belongs to the first bad record.
  const issue = result.error.issues[0];
  fail(json, issue.path as PathPart[], explainIssue(json, issue));
}

function checkUniqueIds(root: unknown, name: "articles" | "entities" | "relations", records: { id: string }[]) {
  const seen = new Map<string, number>();
  records.forEach((r, i) => {
    const first = seen.get(r.id);
    if (first !== undefined) fail(root, [name, i, "id"], `is a duplicate: ${name}[${first}] has the same id`);
    seen.set(r.id, i);
  });
}

function checkSpan(
  root: unknown,
  path: PathPart[],
  span: { articleId: string; start: number; end: number },
  articleText: Map<string, string>,
  quoted: { field: string; value: string },
) {
  const text = articleText.get(span.articleId);
  if (text === undefined)
    fail(root, [...path, "articleId"], `refers to unknown article ${JSON.stringify(span.articleId)}`);
  if (span.start >= span.end) fail(root, [...path, "start"], `${span.start} must be less than end ${span.end}`);
  if (span.end > text.length) {
    fail(
      root,
      [...path, "end"],
      `${span.end} is past the end of article ${JSON.stringify(span.articleId)} (${text.length} characters)`,
    );
  }
  const actual = text.slice(span.start, span.end);
  if (actual !== quoted.value) {
    fail(
      root,
      [...path, quoted.field],
      `${describe(quoted.value)} does not match the article text at ${span.start}..${span.end}: ${describe(actual)}`,
    );
  }
}

function checkReferences(root: unknown, data: GraphData) {
  checkUniqueIds(root, "articles", data.articles);
  checkUniqueIds(root, "entities", data.entities);
  checkUniqueIds(root, "relations", data.relations);
  const articleText = new Map(data.articles.map((a) => [a.id, a.text]));
  data.entities.forEach((entity, i) => {
    entity.mentions.forEach((m, j) => {
      checkSpan(root, ["entities", i, "mentions", j], m, articleText, { field: "text", value: m.text });
    });
  });
  const entityIds = new Set(data.entities.map((e) => e.id));
  data.relations.forEach((relation, i) => {
    for (const end of ["source", "target"] as const) {
      if (!entityIds.has(relation[end])) {
        fail(root, ["relations", i, end], `refers to unknown entity ${JSON.stringify(relation[end])}`);
      }
    }
    relation.evidence.forEach((ev, j) => {
      checkSpan(root, ["relations", i, "evidence", j], ev, articleText, { field: "sentence", value: ev.sentence });
      if (ev.attributedTo !== undefined && !entityIds.has(ev.attributedTo)) {
        fail(
          root,
          ["relations", i, "evidence", j, "attributedTo"],
          `refers to unknown entity ${JSON.stringify(ev.attributedTo)}`,
        );
      }
      ev.resolved?.forEach((r, k) => {
        const at = ["relations", i, "evidence", j, "resolved", k];
        if (!entityIds.has(r.entity))
          fail(root, [...at, "entity"], `refers to unknown entity ${JSON.stringify(r.entity)}`);
        checkSpan(root, at, { articleId: ev.articleId, start: r.start, end: r.end }, articleText, {
          field: "text",
          value: r.text,
        });
        if (r.start < ev.start || r.end > ev.end) fail(root, at, "lies outside its evidence sentence");
      });
    });
  });
}

/**
 * Checks that `json` (parsed graph.json) follows the format of lib/graph/types.ts and returns it typed.
 * Throws GraphValidationError naming the first bad record.
 */
export function validateGraphData(json: unknown): GraphData {
  const data = checkShape(json);
  checkReferences(json, data);
  return data;
}
