// GET /api/relations/[id]/evidence — a relation with its evidence sentences and entity marks.
import { relationEvidence } from "@/lib/neo4j";
import { handle, notFound } from "../../../_lib/respond";
import { routeId } from "../../../_lib/schemas";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const id = routeId((await ctx.params).id);
    return (await relationEvidence(id)) ?? notFound(`Relation "${id}"`);
  });
}
