/**
 * Progress reporting for long stages (ingest, extract, load): a cli-progress bar when stderr is a terminal, plain
 * lines such as `[ingest] 3/5 files` otherwise (CI logs, pipes), at most about twenty per stage so a 2,000-file
 * run does not flood the log.
 */
import cliProgress from "cli-progress";
import type { OutStream } from "./command";

export interface Progress {
  /** Starts the stage; `total` null when not known in advance (shows a count instead of a bar). */
  start(total: number | null): void;
  /** Sets how many units are done (and the total, if it became known). */
  update(done: number, total?: number): void;
  /** Ends the stage and prints its final state. */
  stop(): void;
}

export interface ProgressLabel {
  /** Short stage name shown in brackets: "ingest". */
  stage: string;
  /** Plural unit: "files". */
  unit: string;
}

const PLAIN_LINES_PER_STAGE = 20;

function plainProgress(stream: OutStream, { stage, unit }: ProgressLabel): Progress {
  let total: number | null = null;
  let done = 0;
  let lastPrinted = -1;
  const print = () => {
    if (done === lastPrinted) return;
    lastPrinted = done;
    stream.write(`[${stage}] ${done}${total === null ? "" : `/${total}`} ${unit}\n`);
  };
  return {
    start(t) {
      total = t;
      done = 0;
      lastPrinted = -1;
      if (total !== null) print();
    },
    update(d, t) {
      done = d;
      if (t !== undefined) total = t;
      const step = Math.max(1, Math.ceil((total ?? 100) / PLAIN_LINES_PER_STAGE));
      if (done % step === 0) print();
    },
    stop() {
      print();
    },
  };
}

function barProgress(stream: OutStream, { stage, unit }: ProgressLabel): Progress {
  let bar: cliProgress.SingleBar | null = null;
  let done = 0;
  return {
    start(total) {
      done = 0;
      const format =
        total === null
          ? `[${stage}] {value} ${unit} | {duration_formatted}`
          : `[${stage}] {bar} {percentage}% | {value}/{total} ${unit} | {duration_formatted}`;
      bar = new cliProgress.SingleBar(
        { format, stream: stream as NodeJS.WritableStream, hideCursor: true, barsize: 30, fps: 10 },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total ?? 0, 0);
    },
    update(d, total) {
      done = d;
      if (total !== undefined) bar?.setTotal(total);
      bar?.update(done);
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}

/** A progress reporter on `stream`: a bar on a terminal, plain lines elsewhere. */
export function createProgress(stream: OutStream, label: ProgressLabel): Progress {
  return stream.isTTY ? barProgress(stream, label) : plainProgress(stream, label);
}
