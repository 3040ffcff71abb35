/**
 * The interactive graph view: owns the fetched dataset, the view state (mirrored in the URL) and the graphology
 * graph sigma draws. Data flows one way: API → dataset → filtered dataset → render graph (syncRenderGraph) →
 * sigma, with behaviours in the controllers under <SigmaStage>.
 */
"use client";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import Graph from "graphology";
import type Sigma from "sigma";
import type { EdgeDisplayData } from "sigma/types";
import type { CorpusStats, SearchHit, SubGraph } from "@/lib/neo4j/types";
import { ENTITY_TYPES } from "@/lib/graph/types";
import { api } from "@/lib/client/api";
import {
  dateExtent,
  filterByDates,
  filterDataset,
  mergeSubGraph,
  emptyDataset,
  type Dataset,
  type DateWindow,
} from "@/lib/client/dataset";
import { syncRenderGraph } from "@/lib/client/render-graph";
import { colourForType } from "@/lib/client/appearance";
import { communityColour, type CommunityResult } from "@/lib/client/communities";
import { communitiesOffThread } from "@/lib/client/communities-off-thread";
import { OVERVIEW_LIMIT_DEFAULT, type LimitInfo } from "@/lib/graph/limits";
import { decodeViewState, encodeViewState, filterQuery, type ViewState } from "@/lib/client/url-state";
import { ErrorBanner } from "../ui/ErrorBanner";
import { SearchBox } from "./SearchBox";
import { FilterPanel } from "./FilterPanel";
import { NodePanel } from "./NodePanel";
import { EdgePanel } from "./EdgePanel";
import { Legend } from "./Legend";
import { CommunityPanel, type ColourBy } from "./CommunityPanel";
import { DateSlider } from "./DateSlider";
import { CoMentionPanel } from "./CoMentionPanel";
import { coMentionId, isCoMentionEdge, withCoMentions } from "@/lib/client/comentions";
import type { CoMention } from "@/lib/neo4j/read";
import { EXPORTERS } from "./exporters";
import { useForceLayout } from "./useForceLayout";
import { HoverController } from "./controllers/HoverController";
import { EventsController } from "./controllers/EventsController";
import { ReducersController } from "./controllers/ReducersController";
import { CameraController, type FocusRequest } from "./controllers/CameraController";

const SigmaStage = dynamic(() => import("./SigmaStage"), {
  ssr: false,
  loading: () => <div className="stage-overlay muted">Loading renderer…</div>,
});

const OVERVIEW_LIMIT = OVERVIEW_LIMIT_DEFAULT;

/** Performance marks of the first overview: its data arrived, its first frame was drawn. */
export const OVERVIEW_LOADED_MARK = "newsgraph:overview-loaded";
export const FIRST_FRAME_MARK = "newsgraph:first-frame";

/** From this many drawn nodes on, edges and labels are hidden while ForceAtlas2 runs (frames stay cheap). */
const HIDE_WHILE_LAYOUT_FROM = 1000;
const hiddenEdge = (_edge: string, data: Partial<EdgeDisplayData>) => ({ ...data, hidden: true });

export default function GraphExplorer({ initialQuery }: { initialQuery: string }) {
  const [view, setView] = useState<ViewState>(() => decodeViewState(initialQuery));
  const graph = useMemo(() => new Graph({ multi: true, type: "directed", allowSelfLoops: false }), []);
  const [base, setBase] = useState<SubGraph | null>(null);
  const [extra, setExtra] = useState<SubGraph[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [notice, setNotice] = useState<unknown>(null);
  const [reloadToken, setReloadToken] = useState(0);
  const [hovered, setHovered] = useState<string | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [path, setPath] = useState<{ nodes: string[]; edges: string[] } | null>(null);
  const [sigma, setSigma] = useState<Sigma | null>(null);
  // Sigma is mounted once the first data is in the graph: built on a full graph, it indexes it once, where
  // building the graph under a live renderer made it answer thousands of add events first.
  const [synced, setSynced] = useState(false);
  const [ready, setReady] = useState(false);
  const [nodeCount, setNodeCount] = useState(0);
  const [edgeCount, setEdgeCount] = useState(0);
  const [stats, setStats] = useState<CorpusStats | null>(null);
  const [expanding, setExpanding] = useState<string | null>(null);
  const [limitInfo, setLimitInfo] = useState<LimitInfo | null>(null);
  const [communities, setCommunities] = useState<CommunityResult>({ of: {}, communities: [], modularity: 0 });
  const [colourBy, setColourBy] = useState<ColourBy>("type");
  const [focusCommunity, setFocusCommunity] = useState<number | null>(null);
  const layout = useForceLayout(graph);

  const dataset: Dataset = useMemo(
    () =>
      extra.reduce((ds, sub) => mergeSubGraph(ds, sub), base ? mergeSubGraph(emptyDataset(), base) : emptyDataset()),
    [base, extra],
  );
  const datasetRef = useRef(dataset);
  datasetRef.current = dataset;
  const [dateWindow, setDateWindow] = useState<DateWindow | null>(null);
  const filtered = useMemo(() => filterDataset(dataset, view), [dataset, view]);
  const extent = useMemo(() => dateExtent(filtered), [filtered]);
  const [showCoMentions, setShowCoMentions] = useState(false);
  const [coPairs, setCoPairs] = useState<CoMention[]>([]);
  const withWeak = useMemo(
    () => (showCoMentions ? withCoMentions(filtered, coPairs) : filtered),
    [filtered, coPairs, showCoMentions],
  );
  const visible = useMemo(() => filterByDates(withWeak, dateWindow), [withWeak, dateWindow]);

  // Co-mentions among the entities passing the filters, fetched when the toggle is on and the entity set changes.
  const nodeKey = useMemo(() => Object.keys(filtered.nodes).sort().join("\n"), [filtered]);
  useEffect(() => {
    if (!showCoMentions || !nodeKey) return;
    let live = true;
    api
      .coMentions(nodeKey.split("\n"))
      .then((pairs) => live && setCoPairs(pairs))
      .catch((e) => live && setNotice(e));
    return () => {
      live = false;
    };
  }, [showCoMentions, nodeKey]);
  const coPairById = useMemo(() => new Map(coPairs.map((p) => [coMentionId(p.source, p.target), p])), [coPairs]);

  const patchView = useCallback((patch: Partial<ViewState>) => setView((v) => ({ ...v, ...patch })), []);

  // URL mirrors the view state (replace, not push: filters are not navigation).
  useEffect(() => {
    const url = `${window.location.pathname}${encodeViewState(view)}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, "", url);
  }, [view]);

  // Overview: refetched when the server-side filters change.
  const overviewQuery = filterQuery(view, OVERVIEW_LIMIT);
  useEffect(() => {
    let live = true;
    setLoadError(null);
    api
      .overview(overviewQuery)
      .then((sub) => {
        if (!live) return;
        performance.mark(OVERVIEW_LOADED_MARK);
        setBase(sub);
        setLimitInfo(sub.limit ?? null);
      })
      .catch((e) => {
        if (!live) return;
        setLoadError(e);
        setReady(true);
      });
    return () => {
      live = false;
    };
  }, [overviewQuery, reloadToken]);

  useEffect(() => {
    api
      .stats()
      .then(setStats)
      .catch(() => setStats(null));
  }, [reloadToken]);

  // Render graph follows the filtered dataset; new nodes get a short layout run. Before the first frame the run
  // waits for it: starting ForceAtlas2 copies the graph for its worker on the main thread, which the first frame
  // does not need (it shows the seeded positions).
  const readyRef = useRef(false);
  readyRef.current = ready;
  const pendingLayout = useRef<number | null>(null);
  useEffect(() => {
    layout.stop();
    const { added } = syncRenderGraph(graph, visible);
    setNodeCount(graph.order);
    setEdgeCount(graph.size);
    if (base) setSynced(true);
    if (added.length > 0) {
      const ms = added.length === graph.order ? 5000 : 2500;
      if (readyRef.current) void layout.start(ms);
      else pendingLayout.current = ms;
    }
    // layout functions are stable
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph, visible, base]);
  useEffect(() => {
    if (!ready || pendingLayout.current === null) return;
    const ms = pendingLayout.current;
    pendingLayout.current = null;
    void layout.start(ms);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);

  // Louvain in a web worker once the first frame is drawn (on the main thread it cost 125–300 ms on 5,000 nodes).
  useEffect(() => {
    if (!ready) return;
    const run = communitiesOffThread(graph);
    let live = true;
    run.result.then((c) => live && setCommunities(c)).catch((e) => live && setNotice(e));
    return () => {
      live = false;
      run.cancel();
    };
  }, [graph, visible, ready]);

  // The renderer's code loads while the data is on its way.
  useEffect(() => {
    void import("./SigmaStage");
  }, []);

  // Node colours: by type (appearance.ts) or by community; re-applied after every sync (which resets them).
  useEffect(() => {
    graph.forEachNode((id, attrs) => {
      const color =
        colourBy === "community" ? communityColour(communities.of[id]) : colourForType(String(attrs.entityType));
      if (attrs.color !== color) graph.setNodeAttribute(id, "color", color);
    });
  }, [graph, colourBy, communities]);

  const focusNodes = useMemo(
    () => (focusCommunity === null ? null : (communities.communities[focusCommunity]?.nodes ?? null)),
    [communities, focusCommunity],
  );

  // Focusing a community moves the camera over its members.
  useEffect(() => {
    if (!sigma || !focusNodes || focusNodes.length === 0) return;
    const points = focusNodes.map((n) => sigma.getNodeDisplayData(n)).filter((d) => d !== undefined);
    if (points.length === 0) return;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    sigma.getCamera().animate(
      {
        x: (Math.max(...xs) + Math.min(...xs)) / 2,
        y: (Math.max(...ys) + Math.min(...ys)) / 2,
        ratio: Math.min(1, Math.max(0.08, extent * 1.3)),
      },
      { duration: 500 },
    );
  }, [sigma, focusNodes]);

  // Ready once sigma has drawn its first frame, which holds the first data (sigma is mounted after it). The
  // performance marks are what `npm run bench -- render` reads (navigation → data → first drawn frame).
  const onSigmaReady = useCallback(
    (s: Sigma) => {
      if (graph.order > 0) performance.mark(FIRST_FRAME_MARK, { detail: { nodes: graph.order, edges: graph.size } });
      setSigma(s);
      setReady(true);
    },
    [graph],
  );
  // A big graph's first frame already looks like its layout frames (edges and labels hidden), so the view does
  // not flash every edge for one frame; the reducers take over from the next frame on.
  const stageSettings = useMemo(
    () =>
      synced && graph.order >= HIDE_WHILE_LAYOUT_FROM
        ? { enableEdgeEvents: true, renderLabels: false, edgeReducer: hiddenEdge }
        : { enableEdgeEvents: true },
    [synced, graph],
  );

  /** After a correction the stored graph changed: drop the expansions and fetch the overview again. */
  const reloadAfterCorrection = useCallback(() => {
    setExtra([]);
    setReloadToken((t) => t + 1);
  }, []);

  const addSub = useCallback((sub: SubGraph) => setExtra((prev) => [...prev, sub]), []);

  /** Makes sure a node is in the dataset, fetching its neighbourhood when it is not. */
  const ensureNode = useCallback(
    async (id: string) => {
      if (datasetRef.current.nodes[id]) return;
      addSub(await api.neighbours(id, 1, 60));
    },
    [addSub],
  );

  const selectNode = useCallback(
    (id: string, moveCamera = false) => {
      patchView({ sel: id, edge: undefined });
      // A stale focus would keep pulling the camera back while a later layout runs.
      if (!moveCamera) setFocus(null);
      ensureNode(id)
        .then(() => moveCamera && setFocus({ node: id, nonce: Date.now() }))
        .catch(setNotice);
    },
    [patchView, ensureNode],
  );

  const expand = useCallback(
    async (id: string) => {
      setExpanding(id);
      try {
        addSub(await api.neighbours(id, 1, 100));
      } catch (e) {
        setNotice(e);
      } finally {
        setExpanding(null);
      }
    },
    [addSub],
  );

  const selectEdge = useCallback(
    (relationId: string, sourceId?: string) => {
      patchView({ edge: relationId });
      // The relation may lead outside the drawn graph: bring its neighbourhood in so the edge can be shown.
      if (!datasetRef.current.edges[relationId] && sourceId) void expand(sourceId);
    },
    [patchView, expand],
  );

  // On first load, bring the URL's selection into the graph and move the camera to it.
  const initialised = useRef(false);
  useEffect(() => {
    if (!base || initialised.current) return;
    initialised.current = true;
    if (view.edge) {
      api
        .evidence(view.edge)
        .then((ev) => expand(ev.relation.source))
        .catch(setNotice);
    }
    const sel = view.sel;
    if (sel) {
      ensureNode(sel)
        .then(() => setFocus({ node: sel, nonce: Date.now() }))
        .catch(setNotice);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [base]);

  // Shortest path whenever both ends are set.
  useEffect(() => {
    if (!view.pathFrom || !view.pathTo) {
      setPath(null);
      return;
    }
    let live = true;
    api
      .path(view.pathFrom, view.pathTo)
      .then((p) => {
        if (!live) return;
        addSub(p);
        setPath({ nodes: p.nodes.map((n) => n.id), edges: p.edges.map((e) => e.id) });
      })
      .catch((e) => live && (setNotice(e), setPath(null)));
    return () => {
      live = false;
    };
  }, [view.pathFrom, view.pathTo, addSub]);

  const onSearch = useCallback((hit: SearchHit) => selectNode(hit.id, true), [selectNode]);
  const onQueryChange = useCallback((q: string) => patchView({ q: q || undefined }), [patchView]);

  const filterOptions = useMemo(() => {
    const types = new Set<string>(ENTITY_TYPES.filter((t) => !stats || (stats.byType[t] ?? 0) > 0));
    for (const n of Object.values(dataset.nodes)) types.add(n.type);
    const predicates = new Set<string>(Object.keys(stats?.byPredicate ?? {}));
    const sources = new Set<string>(stats?.sources ?? []);
    for (const e of Object.values(dataset.edges)) {
      predicates.add(e.predicate);
      e.sources.forEach((s) => sources.add(s));
    }
    return { types: [...types], predicates: [...predicates].sort(), sources: [...sources].sort() };
  }, [stats, dataset]);

  const drawnTypes = useMemo(() => [...new Set(Object.values(visible.nodes).map((n) => n.type))].sort(), [visible]);
  const nodeName = (id?: string) => (id ? (dataset.nodes[id]?.name ?? id) : "—");
  const panelOpen = Boolean(view.sel || view.edge);

  return (
    <div className={`explorer${panelOpen ? "" : " no-panel"}`}>
      <div className="sidebar">
        <FilterPanel view={view} options={filterOptions} onChange={patchView} />
        <label className="small" style={{ display: "block", marginTop: 10 }}>
          <input
            type="checkbox"
            data-testid="comentions-toggle"
            checked={showCoMentions}
            onChange={(e) => setShowCoMentions(e.target.checked)}
          />{" "}
          Co-mentions (entities in the same articles, thin grey)
        </label>
        <DateSlider extent={extent} value={dateWindow} onChange={setDateWindow} />
        <CommunityPanel
          colourBy={colourBy}
          onColourBy={setColourBy}
          communities={communities.communities}
          focused={focusCommunity}
          onFocus={setFocusCommunity}
        />
        <h3>Shortest path</h3>
        <div className="small" data-testid="path-box">
          <div>
            From: <strong>{nodeName(view.pathFrom)}</strong>
          </div>
          <div>
            To: <strong>{nodeName(view.pathTo)}</strong>
          </div>
          {path && (
            <div data-testid="path-result">
              {path.nodes.length} nodes, {path.edges.length} hops
            </div>
          )}
          {(view.pathFrom || view.pathTo) && (
            <button className="btn" onClick={() => patchView({ pathFrom: undefined, pathTo: undefined })}>
              Clear path
            </button>
          )}
          {!view.pathFrom && !view.pathTo && (
            <div className="muted">Select an entity and use “Path from” / “Path to”.</div>
          )}
        </div>
        <h3>Export</h3>
        <div className="btn-row">
          {EXPORTERS.map((x) => (
            <button
              key={x.id}
              className="btn"
              title={x.description}
              data-testid={`export-${x.id}`}
              disabled={!sigma}
              onClick={() => sigma && x.run(graph, sigma).catch(setNotice)}
            >
              {x.label}
            </button>
          ))}
        </div>
      </div>

      <div className="stage">
        {synced && (
          <SigmaStage graph={graph} testId="graph" settings={stageSettings} onReady={onSigmaReady} exposeForTests>
            <HoverController onHover={setHovered} />
            <EventsController
              onClickNode={(id) => selectNode(id)}
              onDoubleClickNode={(id) => void expand(id)}
              onClickEdge={(id) => selectEdge(id)}
              onClickStage={() => {
                setFocus(null);
                patchView({ sel: undefined, edge: undefined });
              }}
            />
            <ReducersController
              hovered={hovered}
              selectedNode={view.sel ?? null}
              selectedEdge={view.edge ?? null}
              path={path}
              focusNodes={focusNodes}
              hideWhileLayout={layout.running && nodeCount >= HIDE_WHILE_LAYOUT_FROM}
              layoutRunning={layout.running}
            />
            <CameraController request={focus} follow={layout.running} />
          </SigmaStage>
        )}
        {/* The ready signal for tests and scripts: set once the first frame with data has been drawn. */}
        <div
          hidden
          data-testid="graph-state"
          data-ready={ready ? "true" : "false"}
          data-node-count={nodeCount}
          data-edge-count={edgeCount}
          data-selected={view.sel ?? ""}
          data-colour-by={colourBy}
          data-comention-count={showCoMentions ? Object.keys(visible.edges).filter(isCoMentionEdge).length : 0}
          data-date-window={dateWindow ? `${dateWindow.from}..${dateWindow.to}` : ""}
          data-communities={communities.communities.filter((c) => c.size > 1).length}
          data-focus-community={focusCommunity ?? ""}
          data-limit-capped={limitInfo?.capped ? "true" : "false"}
          data-layout-running={layout.running ? "true" : "false"}
        />
        <div className="stage-toolbar">
          <SearchBox initial={view.q} onSelect={onSearch} onQueryChange={onQueryChange} />
          <button
            className="btn"
            data-testid="layout-toggle"
            onClick={() => (layout.running ? layout.stop() : void layout.start(0))}
          >
            {layout.running ? "Pause layout" : "Resume layout"}
          </button>
          <div className="spacer" />
        </div>
        {(loadError || notice || (!base && !loadError) || (base && nodeCount === 0)) && (
          <div className="stage-overlay">
            <div>
              {loadError ? (
                <ErrorBanner error={loadError} onRetry={() => setReloadToken((t) => t + 1)} />
              ) : !base ? (
                <div className="banner info">Loading the graph…</div>
              ) : nodeCount === 0 ? (
                <div className="banner info" data-testid="empty-graph">
                  Nothing to show.{" "}
                  {Object.keys(dataset.nodes).length > 0
                    ? "Loosen the filters."
                    : "Load data with `npm run newsgraph -- load graph-data/graph.json`."}
                </div>
              ) : null}
              {notice ? (
                <div onClick={() => setNotice(null)} title="Click to dismiss">
                  <ErrorBanner error={notice} />
                </div>
              ) : null}
            </div>
          </div>
        )}
        <div className="stage-status">
          {nodeCount} entities · {edgeCount} relations{layout.running ? " · laying out…" : ""}
          {limitInfo?.capped && (
            <span data-testid="limit-capped">
              {" "}
              · limit capped at {limitInfo.max.toLocaleString("en-US")} (asked for{" "}
              {limitInfo.requested.toLocaleString("en-US")})
            </span>
          )}
        </div>
        <Legend types={drawnTypes} />
      </div>

      {panelOpen &&
        (isCoMentionEdge(view.edge) ? (
          coPairById.get(view.edge!) ? (
            <CoMentionPanel
              pair={coPairById.get(view.edge!)!}
              names={(id) => dataset.nodes[id]?.name ?? id}
              onSelectNode={(id) => selectNode(id, true)}
              onClose={() => patchView({ edge: undefined })}
            />
          ) : null
        ) : view.edge ? (
          <EdgePanel
            id={view.edge}
            onSelectNode={(id) => selectNode(id, true)}
            onClose={() => patchView({ edge: undefined })}
            onCorrected={reloadAfterCorrection}
          />
        ) : view.sel ? (
          <NodePanel
            id={view.sel}
            expanding={expanding === view.sel}
            onSelectEdge={selectEdge}
            onSelectNode={(id) => selectNode(id, true)}
            onExpand={(id) => void expand(id)}
            onPathFrom={(id) => patchView({ pathFrom: id })}
            onPathTo={(id) => patchView({ pathTo: id })}
            onClose={() => patchView({ sel: undefined })}
            onCorrected={reloadAfterCorrection}
          />
        ) : null)}
    </div>
  );
}
