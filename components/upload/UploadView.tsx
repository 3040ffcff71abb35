"use client";
// The upload view: drop files or a folder, pick them, or paste text; progress and the summary come from the
// server's events (lib/client/upload.ts holds the logic, lib/pipeline the ingest itself).
import { useCallback, useReducer, useRef, useState } from "react";
import Link from "next/link";
import {
  IDLE,
  overallShare,
  pickedFromDrop,
  pickedFromInput,
  reduceProgress,
  sendUpload,
  type PickedFile,
  type UploadEvent,
  type UploadProgress,
} from "@/lib/client/upload";
import styles from "./upload.module.css";

type Action = { kind: "reset" } | { kind: "sending" } | UploadEvent;

function reducer(p: UploadProgress, a: Action): UploadProgress {
  if (a.kind === "reset") return IDLE;
  if (a.kind === "sending") return { ...IDLE, stage: "sending" };
  return reduceProgress(p, a);
}

const STAGE_TEXT: Record<UploadProgress["stage"], string> = {
  idle: "",
  sending: "Sending…",
  reading: "Reading files…",
  comparing: "Comparing with the stored articles…",
  extracting: "Extracting entities and relations…",
  loading: "Loading into the graph…",
  done: "Done",
  failed: "Failed",
};

export function UploadView() {
  const [picked, setPicked] = useState<PickedFile[]>([]);
  const [text, setText] = useState("");
  const [over, setOver] = useState(false);
  const [progress, dispatch] = useReducer(reducer, IDLE);
  const folderInput = useRef<HTMLInputElement>(null);
  const busy = ["sending", "reading", "comparing", "extracting", "loading"].includes(progress.stage);

  const onDrop = useCallback(async (e: React.DragEvent) => {
    e.preventDefault();
    setOver(false);
    setPicked(await pickedFromDrop(e.dataTransfer));
  }, []);

  const start = async () => {
    dispatch({ kind: "sending" });
    try {
      await sendUpload(picked, text, (ev) => dispatch(ev));
    } catch (err) {
      dispatch({ kind: "error", message: err instanceof Error ? err.message : String(err) });
    }
  };

  const s = progress.summary;
  const refused =
    s?.refused ?? progress.files.filter((f) => !f.ok).map((f) => ({ file: f.file, reason: f.error ?? "" }));
  return (
    <div className="page" data-testid="upload-view">
      <h1>Add articles</h1>
      <p className="muted">
        Drop .txt, .md or .html files or a whole folder, or paste an article. Articles already in the graph are skipped;
        new and changed ones are extracted and their people, organisations and places joined to the entities already
        stored.
      </p>
      <div
        className={`${styles.drop} ${over ? styles.dropActive : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <p>Drop files or a folder here</p>
        <div className="btn-row" style={{ justifyContent: "center" }}>
          <label className="btn">
            Choose files
            <input
              type="file"
              multiple
              accept=".txt,.md,.markdown,.html,.htm"
              hidden
              data-testid="file-input"
              onChange={(e) => setPicked(pickedFromInput(e.target.files ?? []))}
            />
          </label>
          <button type="button" className="btn" onClick={() => folderInput.current?.click()}>
            Choose a folder
          </button>
          <input
            ref={(el) => {
              folderInput.current = el;
              el?.setAttribute("webkitdirectory", "");
            }}
            type="file"
            multiple
            hidden
            data-testid="folder-input"
            onChange={(e) => setPicked(pickedFromInput(e.target.files ?? []))}
          />
        </div>
        {picked.length > 0 && <p data-testid="picked-count">{picked.length} files selected</p>}
      </div>
      <label className="small">
        Or paste an article (headline on the first line):
        <textarea
          className={styles.paste}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="paste-text"
        />
      </label>
      <div className="btn-row">
        <button
          type="button"
          className="btn"
          disabled={busy || (picked.length === 0 && text.trim() === "")}
          onClick={start}
          data-testid="upload-start"
        >
          Upload and ingest
        </button>
      </div>

      {progress.stage !== "idle" && (
        <section className="card" data-testid="upload-progress" data-stage={progress.stage}>
          <p>
            {STAGE_TEXT[progress.stage]}{" "}
            <span className="muted">
              {progress.filesDone}/{progress.filesTotal} files
              {progress.extractTotal > 0 && ` · ${progress.extractDone}/${progress.extractTotal} articles extracted`}
              {progress.loadPhase && ` · loading ${progress.loadPhase} ${progress.loadDone}/${progress.loadTotal}`}
            </span>
          </p>
          <div className={styles.bar}>
            <div className={styles.barFill} style={{ width: `${Math.round(overallShare(progress) * 100)}%` }} />
          </div>
          {progress.error && (
            <p className="banner" role="alert" data-testid="upload-error">
              {progress.error}
            </p>
          )}
          <ul className={styles.fileList} data-testid="upload-files">
            {progress.files.map((f) => (
              <li key={f.file} className={f.ok ? undefined : styles.refused}>
                {f.file}: {f.ok ? `${f.articles} article${f.articles === 1 ? "" : "s"}` : f.error}
              </li>
            ))}
          </ul>
        </section>
      )}

      {s && (
        <section className="card" data-testid="upload-summary">
          <h2>Summary</h2>
          <p data-testid="upload-message">
            {s.message} · {s.newEntities.length} new entities, {s.joinedEntities} stored entities with new mentions,{" "}
            {s.relations} relations · {(s.elapsedMs / 1000).toFixed(1)} s
          </p>
          {refused.length > 0 && (
            <>
              <h3>Refused files</h3>
              <ul data-testid="refused-files">
                {refused.map((r) => (
                  <li key={r.file} className={styles.refused}>
                    <code>{r.file}</code>: {r.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
          {s.newEntities.length > 0 && (
            <>
              <h3>New in the graph</h3>
              <p>
                <Link href={`/?sel=${encodeURIComponent(s.newEntities[0].id)}`} data-testid="open-in-graph">
                  Open {s.newEntities[0].name} in the graph
                </Link>
              </p>
              <ul data-testid="new-entities">
                {s.newEntities.slice(0, 30).map((e) => (
                  <li key={e.id}>
                    <Link href={`/entity/${encodeURIComponent(e.id)}`}>{e.name}</Link>{" "}
                    <span className="muted small">
                      {e.type.toLowerCase()} · {e.mentions} mentions
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}
