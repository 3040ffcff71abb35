// Side panel for a selected relation: predicate, outlets stating it, evidence sentences with entity marks.
"use client";
import Link from "next/link";
import { useEffect, useState } from "react";
import type { RelationEvidence } from "@/lib/neo4j/types";
import { api } from "@/lib/client/api";
import { ErrorBanner } from "../ui/ErrorBanner";
import { MarkedSentence } from "../ui/MarkedSentence";
import { RelationCuration } from "../curation/RelationCuration";

export function EdgePanel({
  id,
  onSelectNode,
  onClose,
  onCorrected,
}: {
  id: string;
  onSelectNode: (id: string) => void;
  onClose: () => void;
  /** The relation was rejected or restored: the drawn graph should reload. */
  onCorrected: () => void;
}) {
  const [data, setData] = useState<RelationEvidence | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    setData(null);
    setError(null);
    api
      .evidence(id)
      .then((d) => live && setData(d))
      .catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [id]);

  const rel = data?.relation;
  const dates = (data?.evidence ?? [])
    .map((ev) => ev.date)
    .filter((d): d is string => Boolean(d))
    .sort();
  return (
    <aside className="panel" data-testid="edge-panel" data-relation-id={id}>
      <button className="close" aria-label="Close panel" onClick={onClose}>
        ×
      </button>
      {error ? <ErrorBanner error={error} /> : null}
      {!data && !error && <p className="muted">Loading…</p>}
      {rel && data && (
        <>
          <div className="muted small">Relation</div>
          <h2>
            <button className="relation-link" onClick={() => onSelectNode(rel.source)}>
              {rel.sourceName}
            </button>{" "}
            <span data-testid="edge-predicate">{rel.predicate.replace(/_/g, " ").toLowerCase()}</span>{" "}
            <button className="relation-link" onClick={() => onSelectNode(rel.target)}>
              {rel.targetName}
            </button>
          </h2>
          <div className="muted small">
            confidence {rel.confidence.toFixed(2)} · stated by{" "}
            <span data-testid="edge-sources">{rel.sources.length ? rel.sources.join(", ") : "unknown outlets"}</span>
          </div>
          {rel.negated && (
            <p className="muted small" data-testid="edge-negated">
              Negated claim: the sources say this did not happen.
            </p>
          )}
          <div className="muted small" data-testid="edge-dates">
            {dates.length === 0
              ? "no dated statement"
              : dates[0] === dates.at(-1)
                ? `stated on ${dates[0]}`
                : `first stated ${dates[0]} · last stated ${dates.at(-1)}`}
          </div>
          <RelationCuration relationId={id} onChanged={onCorrected} />
          <h3>Evidence ({data.evidence.length})</h3>
          {data.evidence.length === 0 && <p className="muted">No evidence sentences stored.</p>}
          {data.evidence.map((ev) => (
            <div
              className="evidence"
              key={`${ev.articleId}:${ev.start}`}
              data-testid="evidence"
              data-source={ev.source ?? ""}
            >
              <Link
                href={`/article/${encodeURIComponent(ev.articleId)}?hl=${ev.start}-${ev.end}#s-${ev.start}`}
                data-testid="evidence-link"
                style={{ color: "inherit" }}
              >
                <MarkedSentence sentence={ev.sentence} marks={ev.marks} />
              </Link>
              {ev.attributedTo && (
                <div className="src" data-testid="evidence-speaker">
                  said by {ev.attributedTo.name}
                </div>
              )}
              {ev.resolved?.map((r) => (
                <div className="src" key={r.start} data-testid="evidence-resolved">
                  “{r.text}” = {r.name}
                </div>
              ))}
              <div className="src">
                {ev.source ?? "Unknown outlet"}
                {ev.date ? ` · ${ev.date}` : ""} · {ev.articleTitle}
              </div>
            </div>
          ))}
        </>
      )}
    </aside>
  );
}
