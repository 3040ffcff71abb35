// Stats page (/stats): corpus counts by type, predicate and outlet.
import { stats } from "@/lib/neo4j";
import { typeStyle } from "@/lib/client/appearance";
import { ServerError, tryLoad } from "@/components/ui/ServerError";

export const dynamic = "force-dynamic";
export const metadata = { title: "Stats — Newsgraph" };

export default async function StatsPage() {
  const res = await tryLoad(() => stats());
  if (!res.ok) return <ServerError error={res.error} />;
  const s = res.value;
  const byCount = (r: Record<string, number>) => Object.entries(r).sort((a, b) => b[1] - a[1]);
  return (
    <div className="page" data-testid="stats">
      <h1>Corpus</h1>
      <div className="meta">
        {s.dateRange.from ?? "?"} – {s.dateRange.to ?? "?"} · outlets: {s.sources.join(", ") || "—"}
      </div>
      <div className="stats-grid" style={{ marginTop: 16 }}>
        {(
          [
            ["Articles", s.articles],
            ["Entities", s.entities],
            ["Relations", s.relations],
            ["Evidence sentences", s.statements],
          ] as const
        ).map(([label, n]) => (
          <div className="stat" key={label}>
            <div className="n">{n}</div>
            <div className="muted">{label}</div>
          </div>
        ))}
      </div>
      <div className="grid-2">
        <div className="card">
          <h3 style={{ marginTop: 0 }}>Entities by type</h3>
          {byCount(s.byType).map(([t, n]) => (
            <div key={t}>
              <span className="type-dot" style={{ background: typeStyle(t).colour }} />
              {typeStyle(t).label}: {n}
            </div>
          ))}
        </div>
        <div className="card">
          <h3 style={{ marginTop: 0 }}>Relations by predicate</h3>
          {byCount(s.byPredicate).map(([p, n]) => (
            <div key={p}>
              {p.replace(/_/g, " ").toLowerCase()}: {n}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
