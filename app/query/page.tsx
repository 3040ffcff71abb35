// Cypher console (/query?q=…): read-only queries against the graph.
import { CypherConsole } from "@/components/cypher/CypherConsole";

export const metadata = { title: "Query — Newsgraph" };

export default async function QueryPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const q = (await searchParams).q;
  return <CypherConsole initialQuery={Array.isArray(q) ? q[0] : q} />;
}
