// Colour legend for the entity types currently drawn.
import { typeStyle } from "@/lib/client/appearance";

export function Legend({ types }: { types: string[] }) {
  if (types.length === 0) return null;
  return (
    <div className="legend" data-testid="legend">
      {types.map((t) => (
        <div key={t}>
          <span className="type-dot" style={{ background: typeStyle(t).colour }} />
          {typeStyle(t).label}
        </div>
      ))}
      <div className="muted small">size = connections</div>
    </div>
  );
}
