// Side panel for a co-mention (weak link): the two entities and the articles that mention both, newest first.
"use client";
import Link from "next/link";
import type { CoMention } from "@/lib/neo4j/read";

export function CoMentionPanel({
  pair,
  names,
  onSelectNode,
  onClose,
}: {
  pair: CoMention;
  names: (id: string) => string;
  onSelectNode: (id: string) => void;
  onClose: () => void;
}) {
  return (
    <aside className="panel" data-testid="comention-panel">
      <button className="close" aria-label="Close panel" onClick={onClose}>
        ×
      </button>
      <div className="muted small">Mentioned together (not a stated relation)</div>
      <h2>
        <button className="relation-link" onClick={() => onSelectNode(pair.source)}>
          {names(pair.source)}
        </button>{" "}
        &amp;{" "}
        <button className="relation-link" onClick={() => onSelectNode(pair.target)}>
          {names(pair.target)}
        </button>
      </h2>
      <h3 data-testid="comention-count">
        {pair.articles} shared article{pair.articles === 1 ? "" : "s"}
      </h3>
      <ul>
        {pair.sample.map((a) => (
          <li key={a.id} data-testid="comention-article">
            <Link href={`/article/${encodeURIComponent(a.id)}`}>{a.title || a.id}</Link>
            {a.date && <span className="muted small"> · {a.date}</span>}
          </li>
        ))}
      </ul>
      {pair.sample.length < pair.articles && (
        <div className="muted small">and {pair.articles - pair.sample.length} more</div>
      )}
    </aside>
  );
}
