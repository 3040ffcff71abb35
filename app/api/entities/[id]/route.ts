// GET /api/entities/[id]?relations=&articles= — entity details: relations grouped by predicate (most evidence
// first) and mentioning articles (newest first), each bounded (lib/graph/limits.ts), with their totals.
import { entityDetails } from "@/lib/neo4j";
import { notFound, queryObject } from "../../_lib/respond";
import { cacheKey, cachedJson } from "../../_lib/cached";
import { entityQuery, routeId } from "../../_lib/schemas";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(req: Request, ctx: { params: Promise<{ id: string }> }) {
  return cachedJson(req, async () => {
    const id = routeId((await ctx.params).id);
    const limits = entityQuery.parse(queryObject(req.url));
    return {
      key: cacheKey("entity", { id, ...limits }),
      compute: async () => (await entityDetails(id, limits)) ?? notFound(`Entity "${id}"`),
    };
  });
}
