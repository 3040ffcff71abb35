// GET /api/stats — corpus counts.
import { stats } from "@/lib/neo4j";
import { handle } from "../_lib/respond";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET() {
  return handle(() => stats());
}
