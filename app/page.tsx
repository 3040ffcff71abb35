// Graph view (/): the interactive explorer. The URL's search parameters carry the view state (see lib/client/url-state).
import GraphExplorer from "@/components/graph/GraphExplorer";

export const dynamic = "force-dynamic";

export default async function Home({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const sp = await searchParams;
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) qs.set(k, Array.isArray(v) ? v[0] : v);
  return <GraphExplorer initialQuery={qs.toString()} />;
}
