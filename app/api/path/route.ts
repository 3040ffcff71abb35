// GET /api/path?from=&to=&maxHops= — shortest path between two entities.
import { shortestPath } from "@/lib/neo4j";
import { handle, notFound, queryObject } from "../_lib/respond";
import { pathQuery } from "../_lib/schemas";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(req: Request) {
  return handle(async () => {
    const { from, to, maxHops } = pathQuery.parse(queryObject(req.url));
    return (
      (await shortestPath(from, to, maxHops)) ?? notFound(`A path from "${from}" to "${to}" (max ${maxHops} hops)`)
    );
  });
}
