/** Zod schemas for the API's query strings and bodies (shared by the routes). */
import { z } from "zod";
import { ENTITY_ARTICLES_LIMIT, ENTITY_RELATIONS_LIMIT, OVERVIEW_LIMIT_DEFAULT } from "@/lib/graph/limits";

const csv = z
  .string()
  .max(2000)
  .transform((s) =>
    s
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean),
  );

/** True for a real calendar date YYYY-MM-DD from year 0001 on (no 2024-13-45, 2023-02-29 or 0000-00-00). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine(isCalendarDate, "not a calendar date (month 01-12, a day that exists in that month, year from 0001)");

export const id = z.string().min(1).max(300);

/** A route's [id] segment, percent-decoded; a malformed encoding (`%25` alone, `%E0%A4%A`) is a 400, not a 500. */
export function routeId(raw: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    throw new z.ZodError([
      { code: "custom", path: ["id"], message: `malformed percent-encoding in "${raw.slice(0, 100)}"`, input: raw },
    ]);
  }
  return id.parse(decoded);
}

export const searchQuery = z.object({
  q: z.string().trim().min(1, "q is required").max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const overviewQuery = z.object({
  // Any positive limit; the route caps it with capOverviewLimit (lib/graph/limits.ts) and reports that it did.
  limit: z.coerce.number().int().min(1).max(1_000_000).default(OVERVIEW_LIMIT_DEFAULT),
  types: csv.optional(),
  predicates: csv.optional(),
  sources: csv.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  minConfidence: z.coerce.number().min(0).max(1).optional(),
  /** `columns`: the compact wire format of lib/graph/columns.ts (what the graph page asks for). */
  format: z.enum(["objects", "columns"]).default("objects"),
});

export const neighboursQuery = z.object({
  depth: z.coerce
    .number()
    .int()
    .refine((d) => d === 1 || d === 2, "depth must be 1 or 2")
    .default(1),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/** Entity details: how many relations and articles to return (defaults and caps: lib/graph/limits.ts). */
export const entityQuery = z.object({
  relations: z.coerce.number().int().min(1).max(ENTITY_RELATIONS_LIMIT.max).default(ENTITY_RELATIONS_LIMIT.default),
  articles: z.coerce.number().int().min(1).max(ENTITY_ARTICLES_LIMIT.max).default(ENTITY_ARTICLES_LIMIT.default),
});

export const pathQuery = z.object({
  from: id,
  to: id,
  maxHops: z.coerce.number().int().min(1).max(10).default(6),
});

export const cypherBody = z.object({
  query: z.string().trim().min(1, "query is required").max(20000),
  params: z.record(z.string(), z.unknown()).default({}),
  /** Rows to return at most (the console's selector); lib/neo4j clamps it to CONSOLE_LIMITS.maxRowCap. */
  rowCap: z.coerce.number().int().min(1).max(20_000).optional(),
});
