// A small coloured chip showing an entity type in its graph colour.
import { typeStyle } from "@/lib/client/appearance";

export function TypeBadge({ type }: { type: string }) {
  const s = typeStyle(type);
  return (
    <span className="type-chip" style={{ background: s.colour }}>
      {s.label}
    </span>
  );
}
