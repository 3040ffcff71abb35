// Side panel for a selected entity: details, relations grouped by predicate (each selects its edge), articles.
"use client";
import Link from "next/link";
import { useEffect, useState } from "react";
import type { EntityDetails } from "@/lib/neo4j/types";
import { api } from "@/lib/client/api";
import { colourForType } from "@/lib/client/appearance";
import { TypeBadge } from "../ui/TypeBadge";
import { ErrorBanner } from "../ui/ErrorBanner";
import { EntityCuration } from "../curation/EntityCuration";

export interface NodePanelProps {
  id: string;
  onSelectEdge: (relationId: string, sourceId: string) => void;
  onSelectNode: (id: string) => void;
  onExpand: (id: string) => void;
  onPathFrom: (id: string) => void;
  onPathTo: (id: string) => void;
  onClose: () => void;
  /** A correction was stored: the graph around this entity changed. */
  onCorrected: () => void;
  expanding: boolean;
}

export function NodePanel({
  id,
  onSelectEdge,
  onSelectNode,
  onExpand,
  onPathFrom,
  onPathTo,
  onClose,
  onCorrected,
  expanding,
}: NodePanelProps) {
  const [version, setVersion] = useState(0);
  const [details, setDetails] = useState<EntityDetails | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    setDetails(null);
    setError(null);
    api
      .entity(id)
      .then((d) => live && setDetails(d))
      .catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [id, version]);

  return (
    <aside className="panel" data-testid="node-panel" data-entity-id={id}>
      <button className="close" aria-label="Close panel" onClick={onClose}>
        ×
      </button>
      {error ? <ErrorBanner error={error} /> : null}
      {!details && !error && <p className="muted">Loading…</p>}
      {details && (
        <>
          <TypeBadge type={details.entity.type} />
          <h2 data-testid="node-panel-name">{details.entity.name}</h2>
          {details.entity.aliases.length > 0 && (
            <div className="muted small" data-testid="node-aliases">
              Also: {details.entity.aliases.join(", ")}
            </div>
          )}
          <div className="muted small">
            {details.entity.mentionCount} mentions · {details.entity.degree} relations
          </div>
          <div className="btn-row" style={{ marginTop: 10 }}>
            <button className="btn primary" data-testid="expand" disabled={expanding} onClick={() => onExpand(id)}>
              {expanding ? "Expanding…" : "Expand"}
            </button>
            <Link className="btn" href={`/entity/${encodeURIComponent(id)}`} data-testid="open-entity">
              Entity page
            </Link>
            <button className="btn" data-testid="path-from" onClick={() => onPathFrom(id)}>
              Path from
            </button>
            <button className="btn" data-testid="path-to" onClick={() => onPathTo(id)}>
              Path to
            </button>
            <EntityCuration
              key={`${id}:${version}`}
              entity={details.entity}
              onCorrected={() => {
                setVersion((v) => v + 1);
                onCorrected();
              }}
            />
          </div>
          <h3>Relations{` (${details.totals.relations})`}</h3>
          {details.relations.length === 0 && <p className="muted">No relations.</p>}
          <div data-testid="relations">
            {details.relations.map((g) => (
              <div key={g.predicate} data-predicate={g.predicate}>
                <div className="small" style={{ fontWeight: 600, marginTop: 8 }}>
                  {g.predicate.replace(/_/g, " ").toLowerCase()}
                </div>
                <ul>
                  {g.items.map((r) => (
                    <li key={r.id}>
                      <span className="muted">{r.direction === "out" ? "→ " : "← "}</span>
                      <button
                        className="relation-link"
                        data-testid="relation"
                        data-relation-id={r.id}
                        data-predicate={r.predicate}
                        onClick={() => onSelectEdge(r.id, r.direction === "out" ? id : r.other.id)}
                      >
                        {r.other.name}
                      </button>{" "}
                      <span className="type-dot" style={{ background: colourForType(r.other.type) }} />
                      <button
                        className="relation-link small"
                        onClick={() => onSelectNode(r.other.id)}
                        title="Select entity"
                      >
                        ↗
                      </button>{" "}
                      <span className="muted small">
                        {r.sources.join(", ")} · {r.evidenceCount} sentence{r.evidenceCount === 1 ? "" : "s"}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
          <MoreNote
            shown={details.relations.reduce((n, g) => n + g.items.length, 0)}
            total={details.totals.relations}
            what="relations"
            testId="relations-more"
            id={id}
          />
          <h3>Articles ({details.totals.articles})</h3>
          <ul data-testid="node-articles">
            {details.articles.map((a) => (
              <li key={a.id}>
                <Link href={`/article/${encodeURIComponent(a.id)}`}>{a.title || a.id}</Link>
                <div className="muted small">
                  {[a.source, a.date].filter(Boolean).join(" · ")}
                  {a.mentionCount ? ` · ${a.mentionCount}×` : ""}
                </div>
              </li>
            ))}
          </ul>
          <MoreNote
            shown={details.articles.length}
            total={details.totals.articles}
            what="articles"
            testId="articles-more"
            id={id}
          />
        </>
      )}
    </aside>
  );
}

/** "Showing 100 of 2,314 relations": the API bounds entity details (lib/graph/limits.ts); the page shows more. */
function MoreNote({
  shown,
  total,
  what,
  testId,
  id,
}: {
  shown: number;
  total: number;
  what: string;
  testId: string;
  id: string;
}) {
  if (total <= shown) return null;
  return (
    <p className="muted small" data-testid={testId}>
      Showing {shown.toLocaleString("en")} of {total.toLocaleString("en")} {what} (
      {what === "relations" ? "most evidence first" : "newest first"}
      ). <Link href={`/entity/${encodeURIComponent(id)}`}>More on the entity page</Link>
    </p>
  );
}
