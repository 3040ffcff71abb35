/**
 * Pure planning steps of curation (no I/O, unit-tested): validating a correction's kind and parameters, the id of
 * an entity split off by alias, merging and partitioning mention offset lists, and the correction file format of
 * `newsgraph corrections export|import`.
 */
import { z } from "zod";
import { ENTITY_TYPES } from "../graph/types";

const entityId = z.string().min(1).max(300);

/** The kinds of correction and their parameters (a registry entry in curation.ts implements each). */
export const correctionParams = {
  merge: z.object({ keepId: entityId, mergeId: entityId }).refine((p) => p.keepId !== p.mergeId, {
    message: "cannot merge an entity into itself",
  }),
  split: z.object({ entityId, alias: z.string().trim().min(1).max(300) }),
  retype: z.object({ entityId, type: z.enum(ENTITY_TYPES) }),
  reject: z.object({ relationId: z.string().min(1).max(300) }),
} as const;

export type CorrectionKind = keyof typeof correctionParams;
export const CORRECTION_KINDS = Object.keys(correctionParams) as CorrectionKind[];

export interface CorrectionParamsOf {
  merge: { keepId: string; mergeId: string };
  split: { entityId: string; alias: string };
  retype: { entityId: string; type: (typeof ENTITY_TYPES)[number] };
  reject: { relationId: string };
}

/** A correction as a user asks for it (API body, CLI import row). */
export const correctionRequest = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("merge"), params: correctionParams.merge }),
  z.object({ kind: z.literal("split"), params: correctionParams.split }),
  z.object({ kind: z.literal("retype"), params: correctionParams.retype }),
  z.object({ kind: z.literal("reject"), params: correctionParams.reject }),
]);

const meta = {
  who: z.string().trim().max(200).default("anonymous"),
  why: z.string().trim().max(2000).default(""),
};

export const correctionBody = z.intersection(correctionRequest, z.object(meta));
export type CorrectionBody = z.infer<typeof correctionBody>;

/** One record of a corrections file: the request plus its identity and history. */
export const exportedCorrection = z.intersection(
  correctionRequest,
  z.object({
    id: z.string().min(1).max(100),
    ...meta,
    at: z.iso.datetime(),
    undone: z.boolean().default(false),
    undoneAt: z.iso.datetime().nullable().default(null),
  }),
);
export type ExportedCorrection = z.infer<typeof exportedCorrection>;

export const CORRECTIONS_FORMAT = "newsgraph-corrections";

export const correctionsFile = z.object({
  format: z.literal(CORRECTIONS_FORMAT),
  version: z.literal(1),
  corrections: z.array(exportedCorrection),
});
export type CorrectionsFile = z.infer<typeof correctionsFile>;

/** "Tony Blair" → "tony-blair" (ids stay readable and stable). */
export function slug(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "x"
  );
}

/** Id of the entity an alias is split off into: derived from the original and the alias, so re-applying finds it. */
export function splitEntityId(entityId: string, alias: string): string {
  return `${entityId}~${slug(alias)}`;
}

export interface Offsets {
  starts: number[];
  ends: number[];
}

/** Union of offset lists, de-duplicated and sorted by start (then end). */
export function mergeOffsets(...lists: Offsets[]): Offsets {
  const seen = new Map<string, [number, number]>();
  for (const list of lists) {
    list.starts.forEach((s, i) => seen.set(`${s}:${list.ends[i]}`, [s, list.ends[i]]));
  }
  const pairs = [...seen.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { starts: pairs.map((p) => p[0]), ends: pairs.map((p) => p[1]) };
}

/** `a` minus the (start, end) pairs of `b`. */
export function subtractOffsets(a: Offsets, b: Offsets): Offsets {
  const drop = new Set(b.starts.map((s, i) => `${s}:${b.ends[i]}`));
  const keep = a.starts.map((s, i) => [s, a.ends[i]] as const).filter(([s, e]) => !drop.has(`${s}:${e}`));
  return { starts: keep.map((p) => p[0]), ends: keep.map((p) => p[1]) };
}

const norm = (s: string) => s.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();

/** Splits a mention's offsets into those whose text is `alias` (case and spacing ignored) and the rest. */
export function partitionByAlias(text: string, offsets: Offsets, alias: string): { alias: Offsets; rest: Offsets } {
  const target = norm(alias);
  const out = {
    alias: { starts: [] as number[], ends: [] as number[] },
    rest: { starts: [] as number[], ends: [] as number[] },
  };
  offsets.starts.forEach((start, i) => {
    const end = offsets.ends[i];
    const side = norm(text.slice(start, end)) === target ? out.alias : out.rest;
    side.starts.push(start);
    side.ends.push(end);
  });
  return out;
}

/** An entity's aliases after merging `other` into it: both alias lists and the other's name, minus its own name. */
export function mergedAliases(keep: { name: string; aliases: string[] }, other: { name: string; aliases: string[] }) {
  const all = new Set([...keep.aliases, other.name, ...other.aliases]);
  all.delete(keep.name);
  return [...all].sort();
}
