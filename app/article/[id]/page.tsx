// Article page (/article/[id]?hl=start-end): metadata, highlighted text, captions and the relations it states.
import Link from "next/link";
import { notFound } from "next/navigation";
import { article } from "@/lib/neo4j";
import { parseHighlight } from "@/lib/client/highlight";
import { ArticleText } from "@/components/article/ArticleText";
import { ServerError, tryLoad } from "@/components/ui/ServerError";
import { displayFilePath } from "@/lib/util/display-path";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const { id } = await params;
  const res = await tryLoad(() => article(decodeURIComponent(id)));
  return { title: res.ok && res.value ? `${res.value.title} — Newsgraph` : "Article — Newsgraph" };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const id = decodeURIComponent((await params).id);
  const focus = parseHighlight((await searchParams).hl);
  const res = await tryLoad(() => article(id));
  if (!res.ok) return <ServerError error={res.error} />;
  const a = res.value;
  if (!a) notFound();

  return (
    <article className="page" data-testid="article">
      <h1 data-testid="article-title">{a.title || "(untitled)"}</h1>
      <div className="meta">
        {a.source ?? "Unknown outlet"} · {a.date ?? "undated"} · {a.mentions.length} mentions
      </div>
      <div className="meta small" data-testid="article-files">
        Files: {a.files.map(displayFilePath).join(", ") || "—"}
      </div>
      <div className="card">
        <ArticleText text={a.text} mentions={a.mentions} focus={focus} />
      </div>
      {a.captions.length > 0 && (
        <div className="card">
          <h3 style={{ marginTop: 0 }}>Captions</h3>
          <ul className="captions">
            {a.captions.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="card">
        <h3 style={{ marginTop: 0 }}>Relations stated in this article ({a.relations.length})</h3>
        {a.relations.length === 0 ? (
          <p className="muted">None found.</p>
        ) : (
          <table className="relations-table" data-testid="article-relations">
            <tbody>
              {a.relations.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/entity/${encodeURIComponent(r.source)}`}>{r.sourceName}</Link>
                  </td>
                  <td className="muted">{r.predicate.replace(/_/g, " ").toLowerCase()}</td>
                  <td>
                    <Link href={`/entity/${encodeURIComponent(r.target)}`}>{r.targetName}</Link>
                  </td>
                  <td>
                    <Link href={`/?sel=${encodeURIComponent(r.source)}&edge=${encodeURIComponent(r.id)}`}>
                      show in graph
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </article>
  );
}
