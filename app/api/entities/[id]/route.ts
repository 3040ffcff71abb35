// GET /api/entities/[id] — entity details: relations grouped by predicate, mentioning articles.
import { entityDetails } from "@/lib/neo4j";
import { handle, notFound } from "../../_lib/respond";
import { routeId } from "../../_lib/schemas";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const id = routeId((await ctx.params).id);
    return (await entityDetails(id)) ?? notFound(`Entity "${id}"`);
  });
}
