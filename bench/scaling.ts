/**
 * `npm run bench -- scaling [--sizes 1,2,4,8] [--shape text,line,words]`: extraction time against article size. Builds one
 * article of each size from BBC bodies (normal paragraphs, one single line, one line without sentence ends), runs the same
 * chain as `newsgraph extract` (reader → NER → extraction pipeline) and prints seconds per MB, wall clock and CPU.
 * Linear stages keep seconds per MB flat; a superlinear one shows as a growing figure.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sharedPath } from "../lib/util/shared-data";
import { draftToArticle } from "../lib/ingest/index";
import { readerFor } from "../lib/ingest/readers";
import { loadDefaultTagger } from "../lib/extract/ner/index";
import { extractGraph } from "../lib/extract/pipeline";

const MB = 1024 * 1024;

/** text: paragraphs; line: the same text on one line; words: one line with no sentence ends at all. */
type Shape = "text" | "line" | "words";

/** BBC article bodies (the headline line dropped), in a fixed order. */
function bbcBodies(): string[] {
  const root = sharedPath("corpora", "bbc");
  const bodies: string[] = [];
  for (const topic of readdirSync(root)
    .filter((d) => !d.includes("."))
    .sort()) {
    for (const f of readdirSync(join(root, topic)).sort()) {
      const text = readFileSync(join(root, topic, f), "latin1");
      bodies.push(text.split("\n").slice(1).join("\n").trim());
    }
  }
  return bodies;
}

/** One article of about `bytes` bytes: a headline, then bodies until the size is reached. */
export function makeArticle(bodies: string[], bytes: number, shape: Shape): string {
  const parts: string[] = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const body = bodies[k % bodies.length];
    parts.push(body);
    size += body.length + 2;
  }
  const body = parts.join("\n\n");
  if (shape === "text") return `A Long Report on Many Things\n\n${body.slice(0, bytes)}`;
  const line = body.replace(/\s+/g, " ").slice(0, bytes);
  return shape === "line" ? line : line.replace(/[.!?…]/g, " ");
}

function option(args: string[], name: string, fallback: string): string {
  const k = args.indexOf(`--${name}`);
  return k >= 0 && args[k + 1] ? args[k + 1] : fallback;
}

export async function run(args: string[]): Promise<void> {
  const sizes = option(args, "sizes", "1,2,4,8").split(",").map(Number);
  const shapes = option(args, "shape", "text,line,words").split(",") as Shape[];
  const bodies = bbcBodies();
  const tagger = loadDefaultTagger();
  // Warm-up: module loading and JIT are not part of the per-MB figure.
  extractGraph(
    [draftToArticle(readerFor("text").toDrafts(makeArticle(bodies, 50_000, "text"), "warm.txt", "none")[0], false)],
    tagger,
  );
  console.log("shape  MB   wall s   cpu s   s/MB (wall)   s/MB (cpu)   entities   heap MB");
  for (const shape of shapes) {
    for (const mb of sizes) {
      const text = makeArticle(bodies, mb * MB, shape);
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const drafts = readerFor("text").toDrafts(text, `scaling-${mb}mb.txt`, "none");
      const graph = extractGraph(
        drafts.map((d) => draftToArticle(d, false)),
        tagger,
      );
      const wall = (performance.now() - t0) / 1000;
      const c = process.cpuUsage(c0);
      const cpu = (c.user + c.system) / 1e6;
      const heap = process.memoryUsage().heapUsed / MB;
      console.log(
        `${shape.padEnd(5)} ${String(mb).padStart(3)} ${wall.toFixed(1).padStart(8)} ${cpu.toFixed(1).padStart(7)}` +
          ` ${(wall / mb).toFixed(2).padStart(13)} ${(cpu / mb).toFixed(2).padStart(12)}` +
          ` ${String(graph.entities.length).padStart(10)} ${heap.toFixed(0).padStart(9)}`,
      );
    }
  }
}
