// The Corrections view: all curation records (kind, what, who, when, why, state) with Undo, plus the curator's name
// and, for servers started with NEWSGRAPH_WRITE_TOKEN, the write token (both kept in this browser only).
"use client";
import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { api, CURATOR_KEY, WRITE_TOKEN_KEY } from "@/lib/client/api";
import type { Correction } from "@/lib/neo4j/curation";
import { ErrorBanner } from "../ui/ErrorBanner";

const entityLink = (id: string) => (
  <Link href={`/entity/${encodeURIComponent(id)}`} key={id}>
    {id}
  </Link>
);

/** One line saying what a correction does, entity ids linked. */
function What({ c }: { c: Correction }) {
  const p = c.params;
  switch (c.kind) {
    case "merge":
      return (
        <>
          merged {entityLink(p.mergeId)} into {entityLink(p.keepId)}
        </>
      );
    case "split":
      return (
        <>
          split “{p.alias}” off {entityLink(p.entityId)}
        </>
      );
    case "retype":
      return (
        <>
          {entityLink(p.entityId)} is a {p.type}
        </>
      );
    case "reject":
      return <>rejected relation {p.relationId}</>;
  }
}

function StoredField({ storageKey, label, type = "text" }: { storageKey: string; label: string; type?: string }) {
  const [value, setValue] = useState("");
  useEffect(() => setValue(window.localStorage.getItem(storageKey) ?? ""), [storageKey]);
  return (
    <label className="small">
      {label}{" "}
      <input
        type={type}
        value={value}
        data-testid={`setting-${storageKey}`}
        onChange={(e) => {
          setValue(e.target.value);
          window.localStorage.setItem(storageKey, e.target.value);
        }}
      />
    </label>
  );
}

export function CorrectionsView() {
  const [list, setList] = useState<Correction[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const reload = useCallback(() => {
    api
      .corrections()
      .then((all) => setList([...all].reverse()))
      .catch(setError);
  }, []);
  useEffect(reload, [reload]);

  async function undo(id: string) {
    setBusy(id);
    setError(null);
    try {
      await api.undoCorrection(id);
      reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="page" data-testid="corrections">
      <h1>Corrections</h1>
      <p className="muted">
        Made from the entity and relation panels of the graph. Every load and ingest applies them again; undo one here.
        Export or import them with <code>npm run -s newsgraph -- corrections export|import FILE</code>.
      </p>
      <div className="btn-row">
        <StoredField storageKey={CURATOR_KEY} label="Your name" />
        <StoredField storageKey={WRITE_TOKEN_KEY} label="Write token (if the server needs one)" type="password" />
      </div>
      {error ? <ErrorBanner error={error} /> : null}
      {list === null && !error && <p className="muted">Loading…</p>}
      {list?.length === 0 && <p className="muted">No corrections yet.</p>}
      {list && list.length > 0 && (
        <table className="relations-table">
          <thead>
            <tr>
              <th>When</th>
              <th>What</th>
              <th>Who</th>
              <th>Why</th>
              <th>State</th>
            </tr>
          </thead>
          <tbody>
            {list.map((c) => (
              <tr key={c.id} data-testid="correction" data-kind={c.kind} data-undone={String(c.undone)}>
                <td className="small">{c.at.replace("T", " ").slice(0, 19)}</td>
                <td>
                  <What c={c} />
                </td>
                <td>{c.who}</td>
                <td>{c.why || <span className="muted">—</span>}</td>
                <td>
                  {c.undone ? (
                    <span className="muted">undone {c.undoneAt?.slice(0, 10)}</span>
                  ) : (
                    <button
                      className="btn"
                      data-testid="correction-undo"
                      disabled={busy === c.id}
                      onClick={() => void undo(c.id)}
                    >
                      Undo
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
