// GET /api/path?from=&to=&maxHops= — shortest path between two entities.
import { shortestPath } from "@/lib/neo4j";
import { notFound, queryObject } from "../_lib/respond";
import { cacheKey, cachedJson } from "../_lib/cached";
import { pathQuery } from "../_lib/schemas";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(req: Request) {
  return cachedJson(req, () => {
    const { from, to, maxHops } = pathQuery.parse(queryObject(req.url));
    return {
      key: cacheKey("path", { from, to, maxHops }),
      compute: async () =>
        (await shortestPath(from, to, maxHops)) ?? notFound(`A path from "${from}" to "${to}" (max ${maxHops} hops)`),
    };
  });
}
