// GET /api/graph/overview?limit=&types=&predicates=&sources=&from=&to=&minConfidence= — the most connected entities.
import { overview } from "@/lib/neo4j";
import { handle, queryObject } from "../../_lib/respond";
import { overviewQuery } from "../../_lib/schemas";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(req: Request) {
  return handle(async () => {
    const q = overviewQuery.parse(queryObject(req.url));
    return overview(q.limit, {
      types: q.types,
      predicates: q.predicates,
      sources: q.sources,
      dateFrom: q.from,
      dateTo: q.to,
      minConfidence: q.minConfidence,
      limit: q.limit,
    });
  });
}
