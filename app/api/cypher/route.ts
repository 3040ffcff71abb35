// POST /api/cypher {query, params} — the read-only Cypher console. lib/neo4j enforces read-only.
import { runReadOnlyCypher } from "@/lib/neo4j";
import { z } from "zod";
import { handle } from "../_lib/respond";
import { cypherBody } from "../_lib/schemas";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function POST(req: Request) {
  return handle(async () => {
    let body: unknown;
    try {
      body = await req.json();
    } catch {
      throw new z.ZodError([
        { code: "custom", path: [], message: 'body must be JSON: {"query": "..."}', input: undefined },
      ]);
    }
    const { query, params, rowCap } = cypherBody.parse(body);
    return runReadOnlyCypher(query, params, rowCap ? { rowCap } : {});
  });
}
