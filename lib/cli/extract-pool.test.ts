/**
 * Parallel extraction gives the same bytes as the single-threaded run: on the seeds and on a slice of the BBC
 * corpus (when the shared data is present), with 1, 2 and 3 workers; and a worker's failure names the article.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { buildGraph } from "./build-graph";
import { serializeGraph } from "../graph/serialize";
import { sharedPath } from "../util/shared-data";
import { processInWorkers } from "./extract-pool";
import type { Article } from "../graph/types";

const ROOT = path.resolve(import.meta.dirname, "../..");
process.chdir(ROOT);

async function extractWith(inputs: string[], workers: number): Promise<string> {
  const { graph } = await buildGraph(inputs, { split: "auto", dedupe: true, workers });
  return serializeGraph(graph);
}

test("seeds: --workers 1 and --workers 2 write the same bytes", async () => {
  const one = await extractWith(["seeds"], 1);
  assert.equal(await extractWith(["seeds"], 2), one);
});

const BBC = sharedPath("corpora", "bbc");
test(
  "a slice of BBC (60 files over 3 sections): 1, 2 and 3 workers write the same bytes",
  { skip: !existsSync(BBC) },
  async () => {
    const files = ["business", "politics", "sport"].flatMap((section) =>
      readdirSync(path.join(BBC, section))
        .sort()
        .slice(0, 20)
        .map((f) => path.join(BBC, section, f)),
    );
    const one = await extractWith(files, 1);
    assert.ok(one.length > 10_000, "the slice produced a real graph");
    assert.equal(await extractWith(files, 2), one);
    assert.equal(await extractWith(files, 3), one);
  },
);

test("a failing article rejects with its id and file, and the workers are stopped", async () => {
  // A text that is not a string makes the tokenizer throw inside the worker.
  const bad = { id: "a-bad", title: "t", source: null, date: null, files: ["x.txt"], text: 42, captions: [] };
  await assert.rejects(
    processInWorkers([bad as unknown as Article], 2, () => undefined),
    /extraction failed on article a-bad \(x\.txt\)/,
  );
});
