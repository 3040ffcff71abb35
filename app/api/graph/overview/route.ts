// GET /api/graph/overview?limit=&types=&predicates=&sources=&from=&to=&minConfidence=&format= — the most connected
// entities, plus `limit: {requested, applied, max, capped}` (lib/graph/limits.ts caps it). `format=columns` answers
// in the compact form of lib/graph/columns.ts. Through the response cache (_lib/cached.ts).
import { overview } from "@/lib/neo4j";
import { capOverviewLimit } from "@/lib/graph/limits";
import { toColumns } from "@/lib/graph/columns";
import { queryObject } from "../../_lib/respond";
import { cacheKey, cachedJson } from "../../_lib/cached";
import { overviewQuery } from "../../_lib/schemas";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const sortedOrUndefined = (list: string[] | undefined) => (list?.length ? [...new Set(list)].sort() : undefined);

export function GET(req: Request) {
  return cachedJson(req, () => {
    const q = overviewQuery.parse(queryObject(req.url));
    const limit = capOverviewLimit(q.limit);
    // Lists are sets to the query: ?types=A,B and ?types=B,A are one answer.
    const filters = {
      types: sortedOrUndefined(q.types),
      predicates: sortedOrUndefined(q.predicates),
      sources: sortedOrUndefined(q.sources),
      dateFrom: q.from,
      dateTo: q.to,
      minConfidence: q.minConfidence,
      limit: limit.applied,
    };
    return {
      key: cacheKey("overview", { ...filters, requested: limit.requested, format: q.format }),
      compute: async () => {
        const sub = await overview(limit.applied, filters);
        return { ...(q.format === "columns" ? toColumns(sub) : sub), limit };
      },
    };
  });
}
