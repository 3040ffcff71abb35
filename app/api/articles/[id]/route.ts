// GET /api/articles/[id] — one article with its mentions and the relations it states.
import { article } from "@/lib/neo4j";
import { notFound } from "../../_lib/respond";
import { cacheKey, cachedJson } from "../../_lib/cached";
import { routeId } from "../../_lib/schemas";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(req: Request, ctx: { params: Promise<{ id: string }> }) {
  return cachedJson(req, async () => {
    const id = routeId((await ctx.params).id);
    return {
      key: cacheKey("article", { id }),
      compute: async () => (await article(id)) ?? notFound(`Article "${id}"`),
    };
  });
}
