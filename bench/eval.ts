/**
 * Evaluation dispatcher: `npm run eval [-- <part>] [args…]`. Each part measures one stage of the pipeline against
 * held-out data and prints its figures (and a named peer's, where there is one). Adding a part is adding an entry.
 * With no part named, the NER evaluation runs, as it always has.
 */
interface EvalPart {
  id: string;
  description: string;
  run: (args: string[]) => Promise<void>;
}

export const PARTS: EvalPart[] = [
  {
    id: "ner",
    description: "NER on CoNLL-2003 dev: doc- and mention-level P/R/F1 per type, beside compromise; throughput",
    run: async (args) => (await import("./eval-ner")).run(args),
  },
  {
    id: "relations",
    description: "Relations: CoNLL04 dev P/R/F1 per type, labelled BBC set, BBC corpus rate; every extractor",
    run: async (args) => (await import("./eval-relations")).run(args),
  },
  {
    id: "syntax",
    description: "POS, lemma and dependency parse on UD English EWT dev (gold tokens): UPOS/XPOS/lemma, UAS/LAS; speed",
    run: async (args) => (await import("./eval-syntax")).run(args),
  },
  {
    id: "resolve",
    description: "Entity resolution on labelled BBC name pairs and a given-name audit, beside the legacy resolver",
    run: async (args) => (await import("./eval-resolve")).run(args),
  },
];

async function main(argv: string[]): Promise<void> {
  const named = argv[0] && !argv[0].startsWith("-") ? argv[0] : undefined;
  const id = named ?? "ner";
  const args = named ? argv.slice(1) : argv;
  const part = PARTS.find((p) => p.id === id);
  if (!part) {
    const list = PARTS.map((p) => `  ${p.id.padEnd(10)} ${p.description}`).join("\n");
    console.error(`Unknown evaluation "${id}". Usage: npm run eval [-- <part>]\n\n${list}`);
    process.exitCode = 2;
    return;
  }
  await part.run(args);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? `${err.name}: ${err.message}` : err);
  process.exitCode = 1;
});
