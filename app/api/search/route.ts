// GET /api/search?q=&limit= — entity autocomplete (through the response cache, _lib/cached.ts).
import { searchEntities } from "@/lib/neo4j";
import { buildEntitySearch, normaliseForExactMatch } from "@/lib/neo4j/lucene";
import { queryObject } from "../_lib/respond";
import { cacheKey, cachedJson } from "../_lib/cached";
import { searchQuery } from "../_lib/schemas";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(req: Request) {
  return cachedJson(req, () => {
    const { q, limit } = searchQuery.parse(queryObject(req.url));
    // Keyed by what reaches Neo4j: "Blair", "blair " and "BLAIR" are one search.
    const key = cacheKey("search", { lucene: buildEntitySearch(q), exact: normaliseForExactMatch(q), limit });
    return { key, compute: async () => ({ hits: await searchEntities(q, limit) }) };
  });
}
