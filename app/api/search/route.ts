// GET /api/search?q=&limit= — entity autocomplete.
import { searchEntities } from "@/lib/neo4j";
import { handle, queryObject } from "../_lib/respond";
import { searchQuery } from "../_lib/schemas";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(req: Request) {
  return handle(async () => {
    const { q, limit } = searchQuery.parse(queryObject(req.url));
    return { hits: await searchEntities(q, limit) };
  });
}
