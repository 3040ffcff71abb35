// GET /api/corrections — every stored correction, oldest first. POST {kind, params, who?, why?} — record one and
// apply it (a write route: guarded by _lib/write-guard.ts).
import { listCorrections, recordCorrection } from "@/lib/neo4j/curation";
import { handle } from "../_lib/respond";
import { readJsonBody } from "../_lib/json-body";
import { guardWrite } from "../_lib/write-guard";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET() {
  return handle(async () => ({ corrections: await listCorrections() }));
}

export function POST(req: Request) {
  const refused = guardWrite(req);
  if (refused) return refused;
  return handle(async () => ({
    correction: await recordCorrection(await readJsonBody(req, '{"kind": "merge", "params": {…}, "why": "…"}')),
  }));
}
