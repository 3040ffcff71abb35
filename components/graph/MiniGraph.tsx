/**
 * A small, static sigma graph for a SubGraph (entity neighbourhood, Cypher console results): laid out once with
 * a synchronous ForceAtlas2 pass, hover highlighting, click opens a link or calls back.
 */
"use client";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useState } from "react";
import Graph from "graphology";
import type { SubGraph } from "@/lib/neo4j/types";
import { datasetFrom } from "@/lib/client/dataset";
import { syncRenderGraph } from "@/lib/client/render-graph";
import { layoutSettings } from "./layout-settings";
import { HoverController } from "./controllers/HoverController";
import { EventsController } from "./controllers/EventsController";
import { ReducersController } from "./controllers/ReducersController";

const SigmaStage = dynamic(() => import("./SigmaStage"), { ssr: false });

export function MiniGraph({
  data,
  highlight,
  testId = "mini-graph",
  nodeHref,
}: {
  data: SubGraph;
  highlight?: string;
  testId?: string;
  /** Where a click on a node goes (e.g. the entity page); no navigation when omitted. */
  nodeHref?: (id: string) => string | null;
}) {
  const graph = useMemo(() => {
    const g = new Graph({ multi: true, type: "directed" });
    syncRenderGraph(g, datasetFrom(data));
    return g;
  }, [data]);
  const [laidOut, setLaidOut] = useState(false);
  const [hovered, setHovered] = useState<string | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let live = true;
    import("graphology-layout-forceatlas2").then(({ default: fa2 }) => {
      if (!live || graph.order === 0) return setLaidOut(true);
      fa2.assign(graph, { iterations: 200, settings: layoutSettings(fa2.inferSettings(graph), graph.order) });
      setLaidOut(true);
    });
    return () => {
      live = false;
    };
  }, [graph]);

  const onClickNode = useCallback(
    (id: string) => {
      const href = nodeHref?.(id);
      if (href) window.location.href = href;
    },
    [nodeHref],
  );

  if (data.nodes.length === 0) return <p className="muted">No graph elements to draw.</p>;
  return (
    <div
      className="mini-graph"
      data-testid={testId}
      data-ready={ready ? "true" : "false"}
      data-node-count={graph.order}
    >
      {laidOut && (
        <SigmaStage graph={graph} onReady={() => setReady(true)} settings={{ labelRenderedSizeThreshold: 4 }}>
          <HoverController onHover={setHovered} />
          <EventsController onClickNode={onClickNode} />
          <ReducersController hovered={hovered} selectedNode={highlight ?? null} selectedEdge={null} path={null} />
        </SigmaStage>
      )}
    </div>
  );
}
