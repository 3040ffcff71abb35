/**
 * `newsgraph parse`: the syntax layer on its own. With --conllu it reads gold-tokenised CoNLL-U and writes it
 * back with the project's LEMMA, UPOS, XPOS, HEAD and DEPREL (everything else unchanged), so any CoNLL-U
 * evaluator can score it; with --text (or a text file) it prints each sentence's dependency tree.
 */
import { readFile } from "node:fs/promises";
import { readConllu, writeConllu } from "../../extract/syntax/conllu";
import { annotateConllu, formatTrees } from "../../extract/syntax/format";
import { analyse, loadSyntaxModel } from "../../extract/syntax";
import { CommandError, EXIT, UsageError, type CliIO, type Command, type ExitCode, type ParsedArgs } from "../command";
import { errorMessage } from "../format";

async function readInput(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (e) {
    throw new CommandError(`parse: cannot read ${file}: ${errorMessage(e)}`);
  }
}

export const parseCommand: Command = {
  id: "parse",
  summary: "Tag, lemmatise and dependency-parse text or CoNLL-U (the syntax layer on its own)",
  usage: "parse --conllu <file> | parse --text <text> | parse <text file>",
  description:
    "--conllu <file>: reads CoNLL-U with gold tokens, fills LEMMA, UPOS, XPOS, HEAD and DEPREL with the model's " +
    "predictions and writes CoNLL-U to stdout; comments, FEATS, DEPS, MISC, multiword tokens and empty nodes pass " +
    "through unchanged.\n\n" +
    "--text <text> or a text file: splits it into sentences and UD tokens and prints each sentence's tree, from " +
    "the root down, one word a line: relation, word, UPOS/XPOS, lemma, position and the parser's margin (how " +
    "much the chosen attachment beat the next best; small margins are where to look when an extraction is wrong).",
  options: [
    { name: "conllu", type: "string", value: "<file>", description: "CoNLL-U input (gold tokens); CoNLL-U output." },
    { name: "text", type: "string", value: "<text>", description: "Text to parse; prints readable trees." },
  ],
  examples: [
    'npm run -s newsgraph -- parse --text "Putin received Raisi at the Kremlin on Wednesday."',
    "npm run -s newsgraph -- parse --conllu ../shared/eval/ud/en_ewt-ud-dev.conllu > /tmp/dev.pred.conllu",
    "npm run -s newsgraph -- parse seeds/some-article.txt",
  ],
  async run(args: ParsedArgs, io: CliIO): Promise<ExitCode> {
    const conllu = args.values.conllu;
    const text = args.values.text;
    const given = [typeof conllu === "string", typeof text === "string", args.positionals.length > 0].filter(Boolean);
    if (given.length !== 1 || args.positionals.length > 1) {
      throw new UsageError("parse takes exactly one of --conllu <file>, --text <text> or one text file", this.id);
    }
    if (typeof conllu === "string") {
      let sentences;
      try {
        sentences = readConllu(await readInput(conllu));
      } catch (e) {
        if (e instanceof CommandError) throw e;
        throw new CommandError(`parse: ${conllu} is not valid CoNLL-U: ${errorMessage(e)}`);
      }
      io.stdout.write(writeConllu(annotateConllu(sentences, loadSyntaxModel())));
      return EXIT.ok;
    }
    const input = typeof text === "string" ? text : await readInput(args.positionals[0]);
    io.stdout.write(formatTrees(analyse(input)));
    return EXIT.ok;
  },
};
