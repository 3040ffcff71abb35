// GET /api/entities/[id]/neighbours?depth=&limit= — the entity's neighbourhood as a subgraph (for Expand).
import { entityDetails, neighbourhood } from "@/lib/neo4j";
import { notFound, queryObject } from "../../../_lib/respond";
import { cacheKey, cachedJson } from "../../../_lib/cached";
import { neighboursQuery, routeId } from "../../../_lib/schemas";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(req: Request, ctx: { params: Promise<{ id: string }> }) {
  return cachedJson(req, async () => {
    const id = routeId((await ctx.params).id);
    const { depth, limit } = neighboursQuery.parse(queryObject(req.url));
    return {
      key: cacheKey("neighbours", { id, depth, limit }),
      compute: async () => {
        const sub = await neighbourhood(id, depth as 1 | 2, limit);
        if (!sub.nodes.some((n) => n.id === id) && !(await entityDetails(id))) notFound(`Entity "${id}"`);
        return sub;
      },
    };
  });
}
