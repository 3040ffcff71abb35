// POST /api/corrections/[id]/undo — undo a correction (a write route: _lib/guard.ts; the body is `{}`).
import { undoCorrection } from "@/lib/neo4j/curation";
import { handle } from "../../../_lib/respond";
import { id as idSchema } from "../../../_lib/schemas";
import { readGuardedJson } from "../../../_lib/guard";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    await readGuardedJson(req, { write: true, maxBytes: 4096 });
    return { correction: await undoCorrection(idSchema.parse(decodeURIComponent((await ctx.params).id))) };
  });
}
