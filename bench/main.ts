/**
 * Benchmark dispatcher: `npm run bench -- <name> [args…]`. Each bench is one registry entry whose module exports
 * `run(args)`; adding a bench is adding an entry.
 */
interface Bench {
  id: string;
  description: string;
  run: (args: string[]) => Promise<void>;
}

export const BENCHES: Bench[] = [
  {
    id: "extract",
    description: "Extraction throughput on BBC as a whole process, 1 worker and all cores, vs compromise (peer)",
    run: async (args) => (await import("./extract")).run(args),
  },
  {
    id: "load",
    description: "Neo4j loader throughput: batched vs one-row-per-transaction, generated 100k relations, BBC corpus",
    run: async (args) => (await import("./load")).run(args),
  },
  {
    id: "api",
    description:
      "API latency/throughput: autocannon vs next start, 1 and 50 connections, BBC + generated (>20k entities)",
    run: async (args) => (await import("./api")).run(args),
  },
  {
    id: "reliability",
    description: "50 API clients for 60 s while loads run: 0 errors, counts exact afterwards",
    run: async (args) => (await import("./reliability")).run(args),
  },
  {
    id: "render",
    description:
      "Headless Chromium: navigation → first sigma frame, fps during layout and pan/zoom, 5k/10k and 20k/50k",
    run: async (args) => (await import("./render")).run(args),
  },
  {
    id: "scaling",
    description: "Extraction time per MB for 1, 2, 4, 8 MB articles (normal text and one long line): stays flat",
    run: async (args) => (await import("./scaling")).run(args),
  },
  {
    id: "upload",
    description: "100 BBC files uploaded through the /upload page in Chromium → graph updated (target < 30 s)",
    run: async (args) => (await import("./upload")).run(args),
  },
];

async function main(argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  const bench = BENCHES.find((b) => b.id === name);
  if (!bench) {
    const list = BENCHES.map((b) => `  ${b.id.padEnd(10)} ${b.description}`).join("\n");
    console.error(`${name ? `Unknown bench "${name}". ` : ""}Usage: npm run bench -- <name>\n\n${list}`);
    process.exitCode = 2;
    return;
  }
  await bench.run(args);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? `${err.name}: ${err.message}` : err);
  process.exitCode = 1;
});
