// Tabular view of a Cypher console result, virtualised (@tanstack/react-virtual): only the rows in view (plus a few)
// are in the DOM, so 20,000 rows show as fast as 20. Each value is collapsed to one line; clicking a cell shows it
// whole below the table.
"use client";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef, useState } from "react";
import type { CypherResult } from "@/lib/neo4j/types";

/** One line per row: long values are cut here and shown whole on click. */
const PREVIEW_CHARS = 160;
const ROW_HEIGHT = 26;

export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v, null, 1);
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS)}…` : flat;
}

export function ResultsTable({ result }: { result: CypherResult }) {
  const scroller = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<{ row: number; column: string } | null>(null);
  const rows = result.rows;
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  if (rows.length === 0) return <p className="muted">No rows.</p>;
  const items = virtual.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtual.getTotalSize() - (items.at(-1)?.end ?? 0);
  const span = result.columns.length + 1;
  return (
    <>
      <div className="results-table-wrap" ref={scroller} data-testid="cypher-table-scroll">
        <table className="results-table virtual" data-testid="cypher-table" data-row-count={rows.length}>
          <thead>
            <tr>
              <th>#</th>
              {result.columns.map((c) => (
                <th key={c}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {top > 0 && (
              <tr aria-hidden style={{ height: top }}>
                <td colSpan={span} />
              </tr>
            )}
            {items.map((item) => {
              const row = rows[item.index];
              return (
                <tr key={item.index} data-testid="cypher-row" data-index={item.index} style={{ height: ROW_HEIGHT }}>
                  <td className="muted">{item.index + 1}</td>
                  {result.columns.map((c) => (
                    <td key={c} onClick={() => setOpen({ row: item.index, column: c })} title="Click to see it whole">
                      {preview(cellText(row[c]))}
                    </td>
                  ))}
                </tr>
              );
            })}
            {bottom > 0 && (
              <tr aria-hidden style={{ height: bottom }}>
                <td colSpan={span} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {open && rows[open.row] && (
        <div className="cell-value" data-testid="cypher-cell-value">
          <div className="small muted">
            row {open.row + 1}, {open.column}{" "}
            <button className="relation-link" onClick={() => setOpen(null)}>
              close
            </button>
          </div>
          <pre>{cellText(rows[open.row][open.column])}</pre>
        </div>
      )}
    </>
  );
}
