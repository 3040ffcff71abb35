// Sidebar block: colour the drawn graph by entity type or by Louvain community, and the largest communities (the
// "stories", named by their most connected entities); clicking one focuses it, clicking it again clears the focus.
"use client";
import { communityColour, type Community } from "@/lib/client/communities";

export type ColourBy = "type" | "community";

export interface CommunityPanelProps {
  colourBy: ColourBy;
  onColourBy: (c: ColourBy) => void;
  communities: Community[];
  focused: number | null;
  onFocus: (index: number | null) => void;
  /** How many communities to list. */
  shown?: number;
}

export function CommunityPanel({
  colourBy,
  onColourBy,
  communities,
  focused,
  onFocus,
  shown = 8,
}: CommunityPanelProps) {
  const listed = communities.filter((c) => c.size > 1).slice(0, shown);
  return (
    <div data-testid="communities">
      <h3>Colour</h3>
      <div className="btn-row small">
        {(["type", "community"] as const).map((c) => (
          <label key={c}>
            <input
              type="radio"
              name="colour-by"
              data-testid={`colour-by-${c}`}
              checked={colourBy === c}
              onChange={() => onColourBy(c)}
            />{" "}
            by {c}
          </label>
        ))}
      </div>
      <h3>Stories ({communities.filter((c) => c.size > 1).length} communities)</h3>
      {listed.length === 0 && <div className="muted small">No communities in the drawn graph.</div>}
      <ul className="community-list">
        {listed.map((c) => (
          <li key={c.index}>
            <button
              className={`relation-link${focused === c.index ? " active" : ""}`}
              data-testid="community"
              data-index={c.index}
              data-size={c.size}
              onClick={() => onFocus(focused === c.index ? null : c.index)}
            >
              <span className="type-dot" style={{ background: communityColour(c.index) }} /> {c.top.join(", ")}
            </button>{" "}
            <span className="muted small">{c.size}</span>
          </li>
        ))}
      </ul>
      {focused !== null && (
        <button className="btn" data-testid="community-clear" onClick={() => onFocus(null)}>
          Clear focus
        </button>
      )}
    </div>
  );
}
