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
  /**
   * Sets how many units are done (and the total, if it became known). `detail` names the current step
   * ("entities merged"); plain mode prints a line whenever it changes, so short steps are not lost to throttling.
   */
  update(done: number, total?: number, detail?: string): void;
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
  let detail = "";
  let lastPrinted = "";
  const print = () => {
    const line = `[${stage}] ${done}${total === null ? "" : `/${total}`} ${unit}${detail ? ` (${detail})` : ""}`;
    if (line === lastPrinted) return;
    lastPrinted = line;
    stream.write(`${line}\n`);
  };
  return {
    start(t) {
      total = t;
      done = 0;
      detail = "";
      lastPrinted = "";
      if (total !== null) print();
    },
    update(d, t, dt) {
      done = d;
      if (t !== undefined) total = t;
      const newDetail = dt !== undefined && dt !== detail;
      if (dt !== undefined) detail = dt;
      const step = Math.max(1, Math.ceil((total ?? 100) / PLAIN_LINES_PER_STAGE));
      if (newDetail || done % step === 0) print();
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
          ? `[${stage}] {value} ${unit} | {duration_formatted} {detail}`
          : `[${stage}] {bar} {percentage}% | {value}/{total} ${unit} | {duration_formatted} {detail}`;
      bar = new cliProgress.SingleBar(
        { format, stream: stream as NodeJS.WritableStream, hideCursor: true, barsize: 30, fps: 10 },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total ?? 0, 0, { detail: "" });
    },
    update(d, total, detail) {
      done = d;
      if (total !== undefined) bar?.setTotal(total);
      bar?.update(done, detail === undefined ? undefined : { detail });
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
