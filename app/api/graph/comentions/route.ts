// POST /api/graph/comentions {ids, minArticles?, limit?} — co-mention pairs among the drawn entities (a read; POST
// only because thousands of ids do not fit in a URL).
import { z } from "zod";
import { coMentions, CO_MENTION_LIMITS } from "@/lib/neo4j/read";
import { handle } from "../../_lib/respond";
import { readJsonBody } from "../../_lib/json-body";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const body = z.object({
  ids: z.array(z.string().min(1).max(300)).max(CO_MENTION_LIMITS.maxIds),
  minArticles: z.coerce.number().int().min(1).max(1000).default(1),
  limit: z.coerce.number().int().min(1).max(CO_MENTION_LIMITS.maxPairs).default(5000),
});

export function POST(req: Request) {
  return handle(async () => {
    const b = body.parse(await readJsonBody(req, '{"ids": ["person:…", …]}'));
    return { pairs: await coMentions(b.ids, b.minArticles, b.limit) };
  });
}
