// GET /api/articles/[id] — one article with its mentions and the relations it states.
import { article } from "@/lib/neo4j";
import { handle, notFound } from "../../_lib/respond";
import { routeId } from "../../_lib/schemas";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const id = routeId((await ctx.params).id);
    return (await article(id)) ?? notFound(`Article "${id}"`);
  });
}
