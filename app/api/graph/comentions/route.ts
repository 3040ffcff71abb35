// POST /api/graph/comentions {ids, minArticles?, limit?} — co-mention pairs among the drawn entities (a read; POST
// only because thousands of ids do not fit in a URL). Guarded like every POST (_lib/guard.ts).
import { z } from "zod";
import { coMentions, CO_MENTION_LIMITS } from "@/lib/neo4j/read";
import { handle } from "../../_lib/respond";
import { readGuardedJson } from "../../_lib/guard";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** maxIds ids of at most 300 characters, quoted and comma-separated. */
const MAX_BODY_BYTES = CO_MENTION_LIMITS.maxIds * 304 + 1024;

const body = z.object({
  ids: z.array(z.string().min(1).max(300)).max(CO_MENTION_LIMITS.maxIds),
  minArticles: z.coerce.number().int().min(1).max(1000).default(1),
  limit: z.coerce.number().int().min(1).max(CO_MENTION_LIMITS.maxPairs).default(5000),
});

export function POST(req: Request) {
  return handle(async () => {
    const b = body.parse(await readGuardedJson(req, { maxBytes: MAX_BODY_BYTES, maxDepth: 4 }));
    return { pairs: await coMentions(b.ids, b.minArticles, b.limit) };
  });
}
