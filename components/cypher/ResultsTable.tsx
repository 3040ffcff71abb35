// Tabular view of a Cypher console result; nodes and relationships shown compactly, other values as JSON.
import type { CypherResult } from "@/lib/neo4j/types";

function cell(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v, null, 1);
}

export function ResultsTable({ result }: { result: CypherResult }) {
  if (result.rows.length === 0) return <p className="muted">No rows.</p>;
  return (
    <div className="results-table-wrap">
      <table className="results-table" data-testid="cypher-table">
        <thead>
          <tr>
            <th>#</th>
            {result.columns.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row, i) => (
            <tr key={i} data-testid="cypher-row">
              <td className="muted">{i + 1}</td>
              {result.columns.map((c) => (
                <td key={c}>{cell(row[c])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
