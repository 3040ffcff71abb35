/**
 * The read-only Cypher console: editor, example queries, Ctrl/Cmd+Enter to run, results as a table and (when
 * nodes or relationships come back) as a graph. Write attempts are refused by the server (lib/neo4j).
 */
"use client";
import dynamic from "next/dynamic";
import { useCallback, useMemo, useState } from "react";
import type { CypherResult } from "@/lib/neo4j/types";
import { api, ApiError } from "@/lib/client/api";
import { cypherToSubGraph } from "@/lib/client/cypher-graph";
import { ErrorBanner } from "../ui/ErrorBanner";
import { MiniGraph } from "../graph/MiniGraph";
import { ResultsTable } from "./ResultsTable";
import { EXAMPLE_QUERIES } from "./examples";

const CypherEditorBox = dynamic(() => import("./CypherEditorBox"), {
  ssr: false,
  loading: () => (
    <div className="muted small" style={{ padding: 8 }}>
      Loading editor…
    </div>
  ),
});

/** Row caps offered in the console (the server's own maximum is CONSOLE_LIMITS.maxRowCap). */
const ROW_CAPS = [1_000, 5_000, 20_000] as const;
/** Results with more nodes than this open on the table, not the graph. */
const GRAPH_TAB_AUTO_MAX = 2_000;
/** Above this many nodes the graph tab is off: a table reads better than a hairball. */
const GRAPH_TAB_MAX = 5_000;

export function CypherConsole({ initialQuery }: { initialQuery?: string }) {
  const [query, setQuery] = useState(initialQuery ?? EXAMPLE_QUERIES[0].query);
  const [result, setResult] = useState<CypherResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [running, setRunning] = useState(false);
  const [tab, setTab] = useState<"table" | "graph">("table");
  const [rowCap, setRowCap] = useState<number>(ROW_CAPS[0]);

  const run = useCallback(
    async (q: string = query) => {
      setRunning(true);
      setError(null);
      try {
        const r = await api.cypher(q, {}, rowCap);
        setResult(r);
        // A big result opens on the (virtualised) table: laying out thousands of nodes would hold up the page.
        setTab(r.graph.nodes.length > 0 && r.graph.nodes.length <= GRAPH_TAB_AUTO_MAX ? "graph" : "table");
      } catch (e) {
        setResult(null);
        setError(e);
      } finally {
        setRunning(false);
      }
    },
    [query, rowCap],
  );

  const sub = useMemo(() => (result ? cypherToSubGraph(result.graph) : null), [result]);
  const refused = error instanceof ApiError && error.code === "read_only";

  return (
    <div className="console" data-testid="console">
      <h1 style={{ fontSize: 22, margin: "4px 0 8px" }}>Cypher console</h1>
      <p className="muted small" style={{ marginTop: 0 }}>
        Read-only: queries that write or administer the database are refused. Ctrl+Enter (⌘+Enter) runs.
      </p>
      <div className="btn-row" style={{ marginBottom: 8 }}>
        {EXAMPLE_QUERIES.map((x) => (
          <button
            key={x.id}
            className="btn"
            data-testid={`example-${x.id}`}
            onClick={() => {
              setQuery(x.query);
              void run(x.query);
            }}
          >
            {x.label}
          </button>
        ))}
      </div>
      <div
        className="editor-box"
        data-testid="cypher-editor"
        onKeyDownCapture={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            e.stopPropagation();
            void run();
          }
        }}
      >
        <CypherEditorBox value={query} onChange={setQuery} />
      </div>
      <div className="btn-row" style={{ marginTop: 8, alignItems: "center" }}>
        <button className="btn primary" data-testid="cypher-run" disabled={running} onClick={() => void run()}>
          {running ? "Running…" : "Run"}
        </button>
        <label className="small muted">
          rows{" "}
          <select data-testid="cypher-row-cap" value={rowCap} onChange={(e) => setRowCap(Number(e.target.value))}>
            {ROW_CAPS.map((n) => (
              <option key={n} value={n}>
                up to {n.toLocaleString("en-US")}
              </option>
            ))}
          </select>
        </label>
        {result && (
          <span className="muted small" data-testid="cypher-summary">
            {result.rows.length} row{result.rows.length === 1 ? "" : "s"} · {result.elapsedMs} ms
            {result.truncated && <strong data-testid="cypher-truncated"> · truncated at {result.rowCap} rows</strong>}
          </span>
        )}
      </div>
      {error ? (
        refused ? (
          <div className="banner error" role="alert" data-testid="cypher-refused">
            <strong>Refused: the console is read-only.</strong> {(error as Error).message}
          </div>
        ) : (
          <div data-testid="cypher-error">
            <ErrorBanner error={error} />
          </div>
        )
      ) : null}
      {result && (
        <>
          <div className="tabs">
            <button className={tab === "table" ? "active" : ""} data-testid="tab-table" onClick={() => setTab("table")}>
              Table
            </button>
            <button
              className={tab === "graph" ? "active" : ""}
              data-testid="tab-graph"
              disabled={!sub || sub.nodes.length === 0 || sub.nodes.length > GRAPH_TAB_MAX}
              onClick={() => setTab("graph")}
            >
              Graph ({sub?.nodes.length ?? 0} nodes)
            </button>
          </div>
          {tab === "table" && <ResultsTable result={result} />}
          {tab === "graph" && sub && (
            <div className="console-graph">
              <MiniGraph data={sub} testId="cypher-graph" />
            </div>
          )}
        </>
      )}
    </div>
  );
}
