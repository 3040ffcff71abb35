// Entity page (/entity/[id]): details, neighbourhood mini-graph, relations by predicate, timeline of articles.
import Link from "next/link";
import { notFound } from "next/navigation";
import { entityDetails, neighbourhood } from "@/lib/neo4j";
import { timelineOrder } from "@/lib/client/timeline";
import { colourForType } from "@/lib/client/appearance";
import { TypeBadge } from "@/components/ui/TypeBadge";
import { ServerError, tryLoad } from "@/components/ui/ServerError";
import { EntityMiniGraph } from "@/components/entity/EntityMiniGraph";
import { ENTITY_ARTICLES_LIMIT, ENTITY_RELATIONS_LIMIT } from "@/lib/graph/limits";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export default async function EntityPage({ params }: Props) {
  const id = decodeURIComponent((await params).id);
  // The page is where the panel's "more" leads: it asks for as many as the API gives (lib/graph/limits.ts).
  const limits = { relations: ENTITY_RELATIONS_LIMIT.max, articles: ENTITY_ARTICLES_LIMIT.max };
  const res = await tryLoad(() => Promise.all([entityDetails(id, limits), neighbourhood(id, 1, 60)]));
  if (!res.ok) return <ServerError error={res.error} />;
  const [details, sub] = res.value;
  if (!details) notFound();
  const e = details.entity;
  const relationCount = details.relations.reduce((n, g) => n + g.items.length, 0);
  const shownOf = (shown: number, total: number, order: string) =>
    total > shown ? ` (showing ${shown.toLocaleString("en")} of ${total.toLocaleString("en")}, ${order})` : "";

  return (
    <div className="page" data-testid="entity">
      <TypeBadge type={e.type} />
      <h1 data-testid="entity-name">{e.name}</h1>
      {e.aliases.length > 0 && <div className="meta">Also known as: {e.aliases.join(", ")}</div>}
      <div className="meta">
        {e.mentionCount} mentions · {details.totals.relations} relations · {details.totals.articles} articles ·{" "}
        <Link href={`/?sel=${encodeURIComponent(e.id)}`}>open in graph</Link>
      </div>
      <div className="card">
        <EntityMiniGraph data={sub} entityId={e.id} />
      </div>
      <div className="grid-2">
        <div className="card">
          <h3 style={{ marginTop: 0 }} data-testid="entity-relations-heading">
            Relations{shownOf(relationCount, details.totals.relations, "most evidence first")}
          </h3>
          {details.relations.length === 0 && <p className="muted">No relations.</p>}
          {details.relations.map((g) => (
            <div key={g.predicate}>
              <div style={{ fontWeight: 600, marginTop: 8 }}>{g.predicate.replace(/_/g, " ").toLowerCase()}</div>
              <ul style={{ margin: "4px 0", paddingLeft: 18 }}>
                {g.items.map((r) => (
                  <li key={r.id}>
                    {r.direction === "out" ? "→ " : "← "}
                    <span className="type-dot" style={{ background: colourForType(r.other.type) }} />
                    <Link href={`/entity/${encodeURIComponent(r.other.id)}`}>{r.other.name}</Link>{" "}
                    <Link
                      className="small"
                      href={`/?sel=${encodeURIComponent(e.id)}&edge=${encodeURIComponent(r.id)}`}
                      title="Show the evidence in the graph view"
                    >
                      evidence ({r.evidenceCount})
                    </Link>
                    <span className="muted small"> {r.sources.join(", ")}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
        <div className="card">
          <h3 style={{ marginTop: 0 }} data-testid="entity-timeline-heading">
            Timeline{shownOf(details.articles.length, details.totals.articles, "newest")}
          </h3>
          {details.articles.length === 0 && <p className="muted">No articles.</p>}
          <ul className="timeline" data-testid="timeline">
            {timelineOrder(details.articles).map((a) => (
              <li key={a.id}>
                <div className="date">
                  {a.date ?? "undated"} · {a.source ?? "unknown outlet"}
                </div>
                <Link href={`/article/${encodeURIComponent(a.id)}`}>{a.title || a.id}</Link>
                {a.mentionCount > 0 && <span className="muted small"> · {a.mentionCount}×</span>}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
