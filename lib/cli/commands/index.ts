/**
 * The registry of CLI commands, in the order `newsgraph --help` lists them. A new command is one module and one
 * entry here.
 */
import type { Command } from "../command";
import { explainEntityCommand } from "./explain-entity";
import { correctionsCommand } from "./corrections";
import { extractCommand } from "./extract";
import { ingestCommand } from "./ingest";
import { loadCommand } from "./load";
import { parseCommand } from "./parse";

export const COMMANDS: readonly Command[] = [
  extractCommand,
  loadCommand,
  ingestCommand,
  parseCommand,
  explainEntityCommand,
  correctionsCommand,
];

export function findCommand(id: string): Command | undefined {
  return COMMANDS.find((c) => c.id === id);
}
