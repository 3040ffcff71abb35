/**
 * `newsgraph explain-entity ID [--graph FILE]`: why each alias of an entity joined it. Reads graph.json (no
 * database needed) and prints, per alias, the resolver's rule id and the form it was joined to, so a user can
 * see why two names became one — and report a wrong merge with its rule.
 */
import { DEFAULT_GRAPH_FILE, readGraphForLoad } from "./load";
import type { AliasReason, Entity, GraphData } from "../../graph/types";
import { CommandError, EXIT, UsageError, type CliIO, type Command, type ExitCode, type ParsedArgs } from "../command";

/** What the rule ids mean, in one line each (docs/extraction.md has the full list). */
export const RULE_TEXT: Record<string, string> = {
  "same-name": "the same name, written differently (case, punctuation, a leading 'the')",
  gazetteer: "an alias in the gazetteer of well-known names",
  "surname-in-article": "a short form of a full name in the same article",
  "initial-in-article": "an initial form of the one full name it fits in the same article",
  "spelling-in-article": "the same full name with a one-letter slip in the surname, in the same article",
  "acronym-defined": "an acronym defined in the text next to the full name",
  "acronym-initials-in-article": "an acronym made of the initials of one name in the same article",
  "stated-alias": "the text states it is another name ('better known as', 'real name', 'aka')",
  "type-vote": "the same name, typed differently in different articles",
  "person-same-name": "the same full name",
  "person-middle-name": "the same given name and surname, one with a middle name",
  "person-nickname": "a nickname or variant of the given name, same surname, shared context",
  "person-spelling": "a one-letter typo in a long given name, same surname, shared context",
  "person-surname-spelling": "a small spelling difference in the surname, same given name, shared context",
  "person-surname-variant":
    "a one-letter variant of a short surname ('Davis'/'Davies'), same given name, strong shared context",
  "person-given-variant": "a one-letter slip in a rare given name ('Tama'/'Tana'), same surname, strong shared context",
  "person-initial": "an initial form ('D Jones') that fits exactly one person, shared context",
  "surname-only": "a bare surname whose only full-name bearer in the corpus is this person",
  "org-function-words": "the same name up to function words ('Institute for/of Fiscal Studies')",
  "org-plural": "the same name up to a plural ending",
  "org-leading-country": "the same long name with a leading country ('US Securities and Exchange Commission')",
  "org-short-form": "a word-by-word short form ('Man Utd', 'Lib Dems')",
  "org-typo": "one typo in a long name",
  "acronym-defined-elsewhere": "an acronym the corpus defines as this name in another article",
  "acronym-initials": "an acronym made of the initials of the one organisation sharing its context",
};

/** The lines `explain-entity` prints for one entity. */
export function explainEntity(entity: Entity): string[] {
  const lines = [`${entity.id}: ${entity.name} (${entity.type}), ${entity.mentions.length} mentions`];
  const reasons = new Map<string, AliasReason>((entity.resolution ?? []).map((r) => [r.alias, r]));
  const others = entity.aliases.filter((a) => a !== entity.name);
  if (others.length === 0) lines.push("  no other aliases");
  for (const alias of others) {
    const r = reasons.get(alias);
    if (!r) {
      lines.push(`  ${JSON.stringify(alias)}: no recorded reason (graph written by an older resolver)`);
      continue;
    }
    const text = RULE_TEXT[r.rule] ?? "a rule of a newer resolver";
    lines.push(`  ${JSON.stringify(alias)} joined ${JSON.stringify(r.via)} by ${r.rule}: ${text}`);
  }
  return lines;
}

function findEntity(graph: GraphData, id: string): Entity {
  const exact = graph.entities.find((e) => e.id === id);
  if (exact) return exact;
  const near = graph.entities
    .filter((e) => e.id.includes(id) || e.name.toLowerCase() === id.toLowerCase())
    .slice(0, 5)
    .map((e) => e.id);
  throw new CommandError(
    `no entity with id ${JSON.stringify(id)}${near.length ? `; did you mean ${near.join(", ")}?` : ""}`,
  );
}

export const explainEntityCommand: Command = {
  id: "explain-entity",
  summary: "Say why each alias of an entity joined it (the resolver's rule per alias)",
  usage: "explain-entity <id> [--graph <file>]",
  description:
    `Reads the graph file (default ${DEFAULT_GRAPH_FILE}) and prints the entity's canonical name and type, then ` +
    "one line per alias: the form it was joined to and the rule id that joined it, with what the rule means. " +
    "An unknown id is refused with the closest ids.",
  options: [
    {
      name: "graph",
      type: "string",
      value: "<file>",
      description: "graph.json to read",
      defaultText: DEFAULT_GRAPH_FILE,
    },
  ],
  examples: [
    "npm run -s newsgraph -- explain-entity person:ebrahim-raisi",
    "npm run -s newsgraph -- explain-entity organization:liberal-democrats --graph /tmp/bbc/graph.json",
  ],
  async run(args: ParsedArgs, io: CliIO): Promise<ExitCode> {
    if (args.positionals.length !== 1) {
      throw new UsageError(`explain-entity takes one entity id, got ${args.positionals.length}`, this.id);
    }
    const file = typeof args.values.graph === "string" ? args.values.graph : DEFAULT_GRAPH_FILE;
    const graph = await readGraphForLoad(file);
    io.stdout.write(explainEntity(findEntity(graph, args.positionals[0])).join("\n") + "\n");
    return EXIT.ok;
  },
};
