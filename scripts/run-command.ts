/**
 * Runs a child command for the orchestration scripts (start, test): inherits the terminal, optionally also keeps
 * a copy of stdout, forwards Ctrl-C/SIGTERM, and reports the exit code instead of throwing.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "./db-env";

export interface CommandResult {
  code: number;
  /** stdout as text when `capture` was set ("" otherwise). */
  stdout: string;
}

export interface CommandOptions {
  env?: NodeJS.ProcessEnv;
  /** Keep a copy of stdout (it is still printed). */
  capture?: boolean;
  cwd?: string;
}

/** Path of a binary installed in node_modules/.bin (so we never depend on npx resolving it). */
export function localBin(name: string): string {
  return path.join(REPO_ROOT, "node_modules", ".bin", name);
}

/** Spawns `command args…` and resolves with its exit code (128+n when killed by a signal, 127 when not found). */
export function runCommand(command: string, args: string[], options: CommandOptions = {}): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? REPO_ROOT,
      env: options.env ?? process.env,
      stdio: ["inherit", options.capture ? "pipe" : "inherit", "inherit"],
    });
    const chunks: Buffer[] = [];
    child.stdout?.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      process.stdout.write(chunk);
    });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    const done = (code: number) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve({ code, stdout: Buffer.concat(chunks).toString("utf8") });
    };
    child.on("error", (error) => {
      console.error(`could not run ${command}: ${error.message}`);
      done(127);
    });
    child.on("close", (code, signal) => done(code ?? (signal ? 128 + signalNumber(signal) : 1)));
  });
}

function signalNumber(signal: NodeJS.Signals): number {
  return ({ SIGINT: 2, SIGKILL: 9, SIGTERM: 15 } as Partial<Record<NodeJS.Signals, number>>)[signal] ?? 1;
}
