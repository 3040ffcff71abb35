// The entity page's neighbourhood graph: clicking a neighbour opens its entity page.
"use client";
import type { SubGraph } from "@/lib/neo4j/types";
import { MiniGraph } from "../graph/MiniGraph";

export function EntityMiniGraph({ data, entityId }: { data: SubGraph; entityId: string }) {
  return (
    <MiniGraph
      data={data}
      highlight={entityId}
      testId="entity-graph"
      nodeHref={(id) => (id === entityId ? null : `/entity/${encodeURIComponent(id)}`)}
    />
  );
}
