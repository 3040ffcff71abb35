// Graph view (/): the interactive explorer. The URL's search parameters carry the view state (see lib/client/url-state).
import { preload } from "react-dom";
import GraphExplorer from "@/components/graph/GraphExplorer";
import { overviewUrl } from "@/lib/client/api";
import { decodeViewState, filterQuery } from "@/lib/client/url-state";
import { OVERVIEW_LIMIT_DEFAULT } from "@/lib/graph/limits";

export const dynamic = "force-dynamic";

export default async function Home({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const sp = await searchParams;
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) qs.set(k, Array.isArray(v) ? v[0] : v);
  const initialQuery = qs.toString();
  // The browser starts fetching the overview with the HTML, not after the page's code has loaded and run: the
  // explorer's own fetch of the same URL (same mode and credentials) then takes the preloaded answer.
  preload(overviewUrl(filterQuery(decodeViewState(initialQuery), OVERVIEW_LIMIT_DEFAULT)), {
    as: "fetch",
    crossOrigin: "anonymous",
  });
  return <GraphExplorer initialQuery={initialQuery} />;
}
