// GET /api/corrections — every stored correction, oldest first. POST {kind, params, who?, why?} — record one and
// apply it (a write route: _lib/guard.ts with `write: true`).
import { listCorrections, recordCorrection } from "@/lib/neo4j/curation";
import { handle } from "../_lib/respond";
import { cachedJson } from "../_lib/cached";
import { readGuardedJson } from "../_lib/guard";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** A correction is a kind, a few ids and two short texts: 64 KB is generous. */
const MAX_BODY_BYTES = 64 * 1024;

export function GET(req: Request) {
  return cachedJson(req, () => ({
    key: "corrections",
    compute: async () => ({ corrections: await listCorrections() }),
  }));
}

export function POST(req: Request) {
  return handle(async () => ({
    correction: await recordCorrection(await readGuardedJson(req, { write: true, maxBytes: MAX_BODY_BYTES })),
  }));
}
