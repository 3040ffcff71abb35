/**
 * An article's body: paragraphs split on blank lines, every entity mention highlighted in its type colour and
 * linked to its entity page, the `?hl=start-end` sentence highlighted with an `s-<start>` anchor. React text only.
 */
import Link from "next/link";
import type { ArticleMention } from "@/lib/neo4j/types";
import { colourForType } from "@/lib/client/appearance";
import { paragraphRanges, segmentText, type Span } from "@/lib/client/highlight";

export function ArticleText({
  text,
  mentions,
  focus,
}: {
  text: string;
  mentions: ArticleMention[];
  focus: Span | null;
}) {
  return (
    <div className="article-text" data-testid="article-text">
      {paragraphRanges(text).map((p) => (
        <p key={p.start}>
          {segmentText(text, mentions, { from: p.start, to: p.end, focus }).map((seg) => {
            const colour = seg.span ? colourForType(seg.span.type) : null;
            const body = seg.span ? (
              <Link
                href={`/entity/${encodeURIComponent(seg.span.entityId)}`}
                className="mention"
                data-testid="mention"
                data-entity-id={seg.span.entityId}
                data-type={seg.span.type}
                title={`${seg.span.name} (${seg.span.type})`}
                style={{ background: `${colour}26`, borderBottom: `2px solid ${colour}` }}
              >
                {seg.text}
              </Link>
            ) : (
              seg.text
            );
            if (!seg.focus) return <span key={seg.start}>{body}</span>;
            return (
              <span
                key={seg.start}
                className="focus"
                data-testid="focus"
                id={focus && seg.start === Math.max(focus.start, p.start) ? `s-${focus.start}` : undefined}
              >
                {body}
              </span>
            );
          })}
        </p>
      ))}
    </div>
  );
}
