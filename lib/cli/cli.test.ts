/**
 * The command line as users run it: a child process (`node --import tsx lib/cli/main.ts …` from the repository
 * root) on temporary folders. Covers help, usage errors (exit 2), bad input files (exit 1, output still written),
 * determinism, the --split/--dedupe switches on the seeds, and `load`'s refusals that need no database
 * (malformed/invalid file, missing file, unreachable database → exit 3). Database loads: load.int.test.ts.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { COMMANDS } from "./commands/index";
import { HELP_OPTION } from "./args";
import { validateGraphData } from "../graph/validate";
import type { GraphData } from "../graph/types";

const ROOT = resolve(import.meta.dirname, "../..");
const SEEDS = join(ROOT, "seeds");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/main.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env, NEWSGRAPH_DEBUG: "" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "newsgraph-cli-"));
}

function readGraph(dir: string): GraphData {
  return validateGraphData(JSON.parse(readFileSync(join(dir, "graph.json"), "utf8")));
}

const GOOD_ARTICLE = [
  "Leaders meet in Geneva to discuss energy",
  "",
  "GENEVA (Reuters) - Swiss President Alain Berset met German Chancellor Olaf Scholz in Geneva on Monday, " +
    "officials said.",
  "",
  "The two leaders discussed gas supplies and trade ahead of the winter, a spokesman for the Swiss government said.",
  "",
].join("\n");

const SUMMARY_RE =
  /^Done in \d+(\.\d)? (s|min \d\d s): [\d,]+ files? \(\d+ failed(, \d+ skipped)?\), [\d,]+ articles? \([\d,]+ duplicates? dropped\), [\d,]+ entit(y|ies), [\d,]+ relations? → .*graph\.json\n$/;

test("--help lists every command, and each command's help lists every option", () => {
  const overview = cli(["--help"]);
  assert.equal(overview.code, 0);
  for (const c of COMMANDS) {
    assert.match(overview.stdout, new RegExp(`^  ${c.id}\\s+\\S`, "m"), `--help should list ${c.id}`);
    for (const help of [cli(["help", c.id]), cli([c.id, "--help"]), cli([c.id, "-h"])]) {
      assert.equal(help.code, 0, help.stderr);
      assert.ok(help.stdout.startsWith(`Usage: newsgraph ${c.usage}`));
      for (const o of [...c.options, HELP_OPTION])
        assert.ok(help.stdout.includes(`--${o.name}`), `${c.id}: --${o.name}`);
    }
  }
  assert.equal(cli(["help"]).stdout, overview.stdout);
});

test("usage errors exit 2 with the reason and a hint to use --help", () => {
  const cases: [string[], RegExp][] = [
    [[], /Usage: newsgraph <command>/],
    [["frobnicate"], /unknown command "frobnicate"/],
    [["help", "frobnicate"], /unknown command "frobnicate"/],
    [["--verbose"], /unknown option "--verbose"/],
    [["extract", "seeds", "--out", "/tmp/x", "--bogus"], /Unknown option '--bogus'/],
    [
      ["extract", "seeds", "--out", "/tmp/x", "--split", "sometimes"],
      /--split must be one of auto, none; got "sometimes"/,
    ],
    [["extract", "seeds", "--out", "/tmp/x", "--dedupe", "yes"], /--dedupe must be one of on, off; got "yes"/],
    [["extract", "seeds", "--out"], /--out/],
    [["extract", "seeds"], /--out <dir> is required/],
    [["extract", "--out", "/tmp/x"], /no input files or folders given/],
    [["ingest"], /no input files or folders given/],
    [["ingest", "seeds", "--batch-size", "many"], /--batch-size must be a whole number/],
    [["load", "--batch-size", "0"], /--batch-size must be a whole number of at least 1; got "0"/],
    [["load", "a.json", "b.json"], /load takes one graph file/],
    [["corrections"], /corrections needs an action: export or import/],
    [["corrections", "undo", "x.json"], /needs an action: export or import \(got undo\)/],
    [["corrections", "import"], /corrections import needs the FILE/],
  ];
  for (const [args, message] of cases) {
    const r = cli(args);
    assert.equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
    assert.match(r.stderr, message, args.join(" "));
    if (args.length > 0) assert.match(r.stderr, /Run 'newsgraph( \w+)? --help' for usage\./);
    assert.equal(r.stdout, "");
  }
});

test("bad files are reported one by one, exit 1, and the good article is still written", () => {
  const input = tempDir();
  writeFileSync(join(input, "good.txt"), GOOD_ARTICLE);
  writeFileSync(join(input, "empty.txt"), "");
  writeFileSync(join(input, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0]));
  writeFileSync(
    join(input, "latin1.txt"),
    Buffer.from("Caf\xe9 society in Z\xfcrich\n\nThe caf\xe9 opened.\n", "latin1"),
  );
  writeFileSync(join(input, "report.pdf"), "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n");
  const out = join(tempDir(), "nested", "out");
  const r = cli(["extract", input, "--out", out]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /^error: .*empty\.txt: empty file/m);
  assert.match(r.stderr, /^error: .*binary\.txt: binary file/m);
  assert.match(r.stderr, /^error: .*latin1\.txt: not valid UTF-8/m);
  assert.match(r.stderr, /^skipped: .*report\.pdf: unsupported file type/m);
  assert.doesNotMatch(r.stderr, /good\.txt/);
  assert.doesNotMatch(r.stderr, /\n\s+at /, "no stack traces");
  assert.match(r.stdout, SUMMARY_RE);
  assert.match(r.stdout, /: 5 files \(3 failed, 1 skipped\), 1 article \(0 duplicates dropped\)/);
  const graph = readGraph(out);
  assert.equal(graph.articles.length, 1);
  assert.match(graph.articles[0].files[0], /good\.txt$/);
  assert.ok(graph.entities.length > 0, "the good article should yield entities");

  // Named explicitly, a file of an unsupported type is an error, not a skip.
  const pdf = cli(["extract", join(input, "report.pdf"), join(input, "good.txt"), "--out", tempDir()]);
  assert.equal(pdf.code, 1);
  assert.match(pdf.stderr, /^error: .*report\.pdf: unsupported extension "\.pdf"/m);
  const notAFolder = cli(["extract", join(input, "good.txt"), "--out", join(input, "good.txt")]);
  assert.equal(notAFolder.code, 1);
  assert.match(notAFolder.stderr, /^error: --out .*good\.txt: exists and is not a folder$/m);
  const missing = cli(["extract", join(input, "nope.txt"), "--out", tempDir()]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /^error: .*nope\.txt: no such file/m);
});

test("progress lines go to stderr when it is not a terminal, the summary to stdout", () => {
  const r = cli(["extract", SEEDS, "--out", tempDir()]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^\[ingest\] 5\/5 files$/m);
  // One step per article, then the corpus-wide steps; counts only rise and end at the total.
  const steps = [...r.stderr.matchAll(/^\[extract\] (\d+)\/(\d+) steps(?: \((.+)\))?$/gm)];
  assert.ok(steps.length >= 2, r.stderr);
  const done = steps.map((m) => Number(m[1]));
  assert.deepEqual(
    done,
    [...done].sort((x, y) => x - y),
  );
  assert.equal(new Set(done).size, done.length, "no line twice");
  const last = steps.at(-1)!;
  assert.equal(last[1], last[2]);
  assert.equal(last[3], "relations aggregated");
  assert.ok(
    steps.some((m) => m[3] === "entities merged across articles"),
    r.stderr,
  );
  assert.match(r.stdout, SUMMARY_RE);
  assert.equal(r.stdout.split("\n").length, 2, "one summary line");
});

test("extract is deterministic: the same input twice gives byte-identical graph.json", () => {
  const [a, b] = [tempDir(), tempDir()];
  assert.equal(cli(["extract", SEEDS, "--out", a]).code, 0);
  assert.equal(cli(["extract", SEEDS, "--out", b]).code, 0);
  assert.ok(readFileSync(join(a, "graph.json")).equals(readFileSync(join(b, "graph.json"))));
});

test("--dedupe off keeps copies and --split none keeps one article per file (seeds)", () => {
  const runWith = (...flags: string[]) => {
    const out = tempDir();
    const r = cli(["extract", SEEDS, "--out", out, ...flags]);
    assert.equal(r.code, 0, r.stderr);
    const dropped = Number(/\(([\d,]+) duplicates? dropped\)/.exec(r.stdout)?.[1]);
    return { articles: readGraph(out).articles, dropped };
  };
  const normal = runWith();
  const noDedupe = runWith("--dedupe", "off");
  const noSplit = runWith("--split", "none", "--dedupe", "off");
  // The seeds hold the same summit story in several files: de-duplication must merge some of them.
  assert.ok(normal.dropped > 0, "seeds contain copies; some should be dropped");
  assert.equal(noDedupe.dropped, 0);
  assert.equal(noDedupe.articles.length, normal.articles.length + normal.dropped);
  assert.ok(
    normal.articles.some((a) => a.files.length > 1),
    "a merged article lists every file it was found in",
  );
  assert.ok(noDedupe.articles.every((a) => a.files.length === 1));
  // Without splitting, every seed file is exactly one article.
  assert.equal(noSplit.articles.length, 5);
  assert.ok(noDedupe.articles.length > noSplit.articles.length, "seed files hold several articles each");
});

test("load refuses a malformed or invalid file before touching the database", () => {
  const dir = tempDir();
  const malformed = join(dir, "malformed.json");
  writeFileSync(malformed, '{\n  "version": 1,\n  "articles": [,]\n}\n');
  // An unreachable database: if `load` tried to connect, the exit code would be 3, not 1.
  const env = { NEO4J_URI: "bolt://127.0.0.1:1" };
  let r = cli(["load", malformed], env);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^error: .*malformed\.json:3:16: not valid JSON/m);

  const invalid = join(dir, "invalid.json");
  const graph = {
    version: 1,
    articles: [{ id: "a-1", title: "T", source: null, date: null, files: [], text: "Putin spoke.", captions: [] }],
    entities: [{ id: "person:putin", name: "Putin", type: "PERSON", aliases: [], mentions: [] }],
    relations: [
      {
        id: "r-1",
        source: "person:putin",
        target: "person:x",
        predicate: "MET",
        confidence: 1,
        sources: [],
        evidence: [],
      },
    ],
  };
  writeFileSync(invalid, JSON.stringify(graph));
  r = cli(["load", invalid], env);
  assert.equal(r.code, 1);
  assert.equal(r.stderr, 'error: relations[0] (id "r-1"): "target" refers to unknown entity "person:x"\n');

  r = cli(["load", join(dir, "absent.json")], env);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /absent\.json: no such file\. Create it with `npm run -s newsgraph -- extract/);
  assert.equal(r.stderr.split("\n").length, 2, "one line");
});

test("an unreachable database is one line naming `npm run db:start`, exit code 3", () => {
  const dir = tempDir();
  const file = join(dir, "graph.json");
  writeFileSync(file, JSON.stringify({ version: 1, articles: [], entities: [], relations: [] }));
  const r = cli(["load", file], { NEO4J_URI: "bolt://127.0.0.1:1" });
  assert.equal(r.code, 3, r.stderr);
  assert.match(r.stderr, /^error: .*127\.0\.0\.1:1.*npm run db:start/);
  assert.equal(r.stderr.trim().split("\n").length, 1, `one line, got:\n${r.stderr}`);
  assert.equal(r.stdout, "");

  // `ingest` still writes graph.json before it fails to load.
  const out = join(dir, "ingest-out");
  mkdirSync(join(dir, "in"));
  writeFileSync(join(dir, "in", "good.txt"), GOOD_ARTICLE);
  const ingest = cli(["ingest", join(dir, "in"), "--out", out], { NEO4J_URI: "bolt://127.0.0.1:1" });
  assert.equal(ingest.code, 3, ingest.stderr);
  assert.ok(existsSync(join(out, "graph.json")));
  assert.match(ingest.stdout, /^Extracted in .*1 article/);
  assert.match(ingest.stderr, /^error: .*npm run db:start/m);
});
