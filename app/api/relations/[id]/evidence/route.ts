// GET /api/relations/[id]/evidence — a relation with its evidence sentences and entity marks.
import { relationEvidence } from "@/lib/neo4j";
import { notFound } from "../../../_lib/respond";
import { cacheKey, cachedJson } from "../../../_lib/cached";
import { routeId } from "../../../_lib/schemas";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(req: Request, ctx: { params: Promise<{ id: string }> }) {
  return cachedJson(req, async () => {
    const id = routeId((await ctx.params).id);
    return {
      key: cacheKey("evidence", { id }),
      compute: async () => (await relationEvidence(id)) ?? notFound(`Relation "${id}"`),
    };
  });
}
