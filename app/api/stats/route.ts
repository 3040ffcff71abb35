// GET /api/stats — corpus counts.
import { stats } from "@/lib/neo4j";
import { cachedJson } from "../_lib/cached";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(req: Request) {
  return cachedJson(req, () => ({ key: "stats", compute: () => stats() }));
}
