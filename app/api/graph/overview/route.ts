// GET /api/graph/overview?limit=&types=&predicates=&sources=&from=&to=&minConfidence= — the most connected entities, plus
// `limit: {requested, applied, max, capped}` (lib/graph/limits.ts caps it).
import { overview } from "@/lib/neo4j";
import { capOverviewLimit } from "@/lib/graph/limits";
import { handle, queryObject } from "../../_lib/respond";
import { overviewQuery } from "../../_lib/schemas";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(req: Request) {
  return handle(async () => {
    const q = overviewQuery.parse(queryObject(req.url));
    const limit = capOverviewLimit(q.limit);
    const sub = await overview(limit.applied, {
      types: q.types,
      predicates: q.predicates,
      sources: q.sources,
      dateFrom: q.from,
      dateTo: q.to,
      minConfidence: q.minConfidence,
      limit: limit.applied,
    });
    return { ...sub, limit };
  });
}
