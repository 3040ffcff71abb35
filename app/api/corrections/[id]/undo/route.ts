// POST /api/corrections/[id]/undo — undo a correction (guarded write route; the body is `{}`).
import { undoCorrection } from "@/lib/neo4j/curation";
import { handle } from "../../../_lib/respond";
import { id as idSchema } from "../../../_lib/schemas";
import { guardWrite } from "../../../_lib/write-guard";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  const refused = guardWrite(req);
  if (refused) return refused;
  return handle(async () => ({
    correction: await undoCorrection(idSchema.parse(decodeURIComponent((await ctx.params).id))),
  }));
}
