/**
 * The initial-load path for an EMPTY database: graph.json → CSV files in neo4j-admin's import format →
 * `neo4j-admin database import full` (run from the launcher's own jars, scripts/neo4j/target/lib, so no Neo4j
 * install is needed). The importer writes the store files directly, without transactions, so it must run while no
 * server has the database open: it imports into a Neo4j home folder (the launcher's NEO4J_DATA_DIR when stopped, or
 * a fresh folder). Counts that the transactional loader recomputes in Cypher (mentionCount, evidenceCount) are
 * computed here from the same rows (lib/neo4j/load-plan.ts), which is exact because the database starts empty.
 * Schema (constraints, indexes) is created afterwards by ensureSchema(), which populates the indexes in bulk.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { GraphData } from "../graph/types";
import { ALIASES_SEPARATOR, ENTITY_LABELS } from "./graph-model";
import { planLoad } from "./load-plan";
import { InvalidGraphDataError } from "./errors";

/** Separates list elements and labels inside one CSV field: a control character that news text does not hold. */
export const ARRAY_DELIMITER = "\u001f";

const LAUNCHER_LIB = path.resolve(import.meta.dirname, "../../scripts/neo4j/target/lib");

type Value = string | number | boolean | null | undefined | (string | number)[];

/** One CSV field: lists joined by ARRAY_DELIMITER, strings quoted with doubled quotes, null/undefined empty. */
export function csvField(value: Value): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.length === 0 ? "" : csvField(value.map(String).join(ARRAY_DELIMITER));
  if (typeof value !== "string") return String(value);
  return `"${value.replace(/"/g, '""')}"`;
}

const line = (values: Value[]) => values.map(csvField).join(",") + "\n";

function checkNoDelimiter(data: GraphData): void {
  const text = JSON.stringify(data);
  if (text.includes("\\u001f") || text.includes(ARRAY_DELIMITER)) {
    throw new InvalidGraphDataError(
      "The data holds the control character U+001F, which the CSV import uses as list separator; " +
        "load it with the transactional loader (newsgraph load without --initial).",
    );
  }
}

export interface ImportFiles {
  nodes: { label: string; file: string }[];
  relationships: { type?: string; file: string }[];
  /** Nodes + relationships the files describe. */
  items: number;
}

/** Writes the CSV files for `data` (validated already) into `dir`; returns the importer's file arguments. */
export function writeImportCsv(data: GraphData, dir: string): ImportFiles {
  checkNoDelimiter(data);
  mkdirSync(dir, { recursive: true });
  const plan = planLoad(data, Number.MAX_SAFE_INTEGER);
  const mentions = plan.articleBatches.flatMap((b) => b.mentions);
  const statements = plan.articleBatches.flatMap((b) => b.statements);
  const articles = plan.articleBatches.flatMap((b) => b.articles);
  const mentionCount = new Map<string, number>();
  for (const m of mentions) mentionCount.set(m.entityId, (mentionCount.get(m.entityId) ?? 0) + m.count);
  const evidenceCount = new Map<string, number>();
  for (const s of statements) evidenceCount.set(s.relationId, (evidenceCount.get(s.relationId) ?? 0) + 1);

  const write = (name: string, header: string, rows: Value[][]) => {
    const file = path.join(dir, name);
    writeFileSync(file, header + "\n" + rows.map(line).join(""));
    return file;
  };
  const entities = write(
    "entities.csv",
    "id:ID(Entity),name,type,aliases:string[],aliasesText,mentionCount:long,:LABEL",
    plan.entities.map((e) => [
      e.id,
      e.name,
      e.type,
      e.aliases,
      e.aliases.join(ALIASES_SEPARATOR),
      mentionCount.get(e.id) ?? 0,
      ["Entity", ENTITY_LABELS[e.type]],
    ]),
  );
  const articleFile = write(
    "articles.csv",
    "id:ID(Article),title,source,date:date,files:string[],text,captions:string[]",
    articles.map((a) => [a.id, a.title, a.source, a.date, a.files, a.text, a.captions]),
  );
  const statementFile = write(
    "statements.csv",
    "id:ID(Statement),relationId,predicate,articleId,sentence,start:long,end:long,attributedTo," +
      "resolvedStarts:long[],resolvedEnds:long[],resolvedTexts:string[],resolvedEntities:string[]",
    statements.map((s) => [
      s.id,
      s.relationId,
      s.predicate,
      s.articleId,
      s.sentence,
      s.start,
      s.end,
      s.attributedTo,
      s.resolvedStarts,
      s.resolvedEnds,
      s.resolvedTexts,
      s.resolvedEntities,
    ]),
  );
  const mentionFile = write(
    "mentions.csv",
    ":START_ID(Article),:END_ID(Entity),count:long,starts:long[],ends:long[]",
    mentions.map((m) => [m.articleId, m.entityId, m.count, m.starts, m.ends]),
  );
  const inArticle = write(
    "in-article.csv",
    ":START_ID(Statement),:END_ID(Article)",
    statements.map((s) => [s.id, s.articleId]),
  );
  const subject = write(
    "subject.csv",
    ":START_ID(Statement),:END_ID(Entity)",
    statements.map((s) => [s.id, s.source]),
  );
  const object = write(
    "object.csv",
    ":START_ID(Statement),:END_ID(Entity)",
    statements.map((s) => [s.id, s.target]),
  );
  const relations = write(
    "relations.csv",
    ":START_ID(Entity),:END_ID(Entity),:TYPE,id,predicate,confidence:double,sources:string[],negated:boolean," +
      "evidenceCount:long",
    plan.relations.map((r) => [
      r.source,
      r.target,
      r.predicate,
      r.id,
      r.predicate,
      r.confidence,
      r.sources,
      r.negated ? true : null,
      evidenceCount.get(r.id) ?? 0,
    ]),
  );
  const t = plan.totals;
  return {
    nodes: [
      { label: "", file: entities },
      { label: "Article", file: articleFile },
      { label: "Statement", file: statementFile },
    ],
    relationships: [
      { type: "MENTIONS", file: mentionFile },
      { type: "IN_ARTICLE", file: inArticle },
      { type: "SUBJECT", file: subject },
      { type: "OBJECT", file: object },
      { file: relations },
    ],
    items: t.articles + t.entities + t.statements * 4 + t.mentions + t.relations,
  };
}

/** The neo4j-admin arguments for `files` (database `database`, replacing whatever store the home held). */
export function importArguments(files: ImportFiles, database = "neo4j"): string[] {
  return [
    "database",
    "import",
    "full",
    // The database first: --nodes and --relationships take several files each and would swallow it.
    database,
    "--overwrite-destination=true",
    `--array-delimiter=${ARRAY_DELIMITER}`,
    "--multiline-fields=true",
    ...files.nodes.map((n) => `--nodes=${n.label ? `${n.label}=` : ""}${n.file}`),
    ...files.relationships.map((r) => `--relationships=${r.type ? `${r.type}=` : ""}${r.file}`),
  ];
}

/**
 * Runs `neo4j-admin database import full` from the launcher's jars into the Neo4j home `home` (its data/ folder
 * is what the launcher serves with NEO4J_DATA_DIR=home). No server may have that home open.
 */
export async function runAdminImport(files: ImportFiles, home: string): Promise<{ output: string }> {
  mkdirSync(path.join(home, "conf"), { recursive: true });
  writeFileSync(path.join(home, "conf", "neo4j.conf"), "");
  const args = ["-cp", path.join(LAUNCHER_LIB, "*"), "org.neo4j.cli.AdminTool", ...importArguments(files)];
  const child = spawn("java", args, {
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, "conf") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d));
  child.stderr.on("data", (d: Buffer) => (output += d));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", resolve);
  });
  if (code !== 0) throw new Error(`neo4j-admin database import failed (exit ${code}):\n${output.slice(-3000)}`);
  return { output };
}
