// POST /api/cypher {query, params} — the read-only Cypher console. The request guard (_lib/guard.ts) checks
// origin, content type, body size and nesting; lib/neo4j enforces read-only, the time limit and the quota.
import { consoleSettings, runReadOnlyCypher } from "@/lib/neo4j/cypher-console";
import { handle } from "../_lib/respond";
import { readGuardedJson } from "../_lib/guard";
import { cypherBody } from "../_lib/schemas";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Query (≤ 20,000 characters) plus parameters (≤ 64 KB as JSON) plus JSON overhead. */
const MAX_BODY_BYTES = 128 * 1024;
const MAX_BODY_DEPTH = 32;

export function POST(req: Request) {
  return handle(async () => {
    const body = await readGuardedJson(req, { maxBytes: MAX_BODY_BYTES, maxDepth: MAX_BODY_DEPTH });
    const { query, params, rowCap } = cypherBody.parse(body);
    return runReadOnlyCypher(query, params, {
      timeoutMs: consoleSettings().timeoutMs,
      signal: req.signal,
      ...(rowCap ? { rowCap } : {}),
    });
  });
}
