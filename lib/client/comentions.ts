/**
 * Co-mentions as weak links in the graph view: pairs of drawn entities mentioned in the same articles become thin
 * grey edges (id `co:<a>|<b>`, predicate CO_MENTIONED, weight = shared articles), added after the filters so the
 * predicate filter never hides them; their evidence is the list of shared articles.
 */
import type { CoMention } from "../neo4j/read";
import type { GraphEdge } from "../neo4j/types";
import type { Dataset } from "./dataset";

export const CO_MENTION_PREDICATE = "CO_MENTIONED";
const PREFIX = "co:";

export const coMentionId = (a: string, b: string) => `${PREFIX}${a}|${b}`;
export const isCoMentionEdge = (id: string | undefined | null) => Boolean(id?.startsWith(PREFIX));

export function coMentionEdge(p: CoMention): GraphEdge {
  return {
    id: coMentionId(p.source, p.target),
    source: p.source,
    target: p.target,
    predicate: CO_MENTION_PREDICATE,
    confidence: 0,
    sources: [],
    evidenceCount: p.articles,
    firstDate: p.sample.at(-1)?.date ?? null,
    lastDate: p.sample[0]?.date ?? null,
  };
}

/** `ds` plus the co-mention edges whose two entities it holds. */
export function withCoMentions(ds: Dataset, pairs: CoMention[]): Dataset {
  if (pairs.length === 0) return ds;
  const edges = { ...ds.edges };
  for (const p of pairs)
    if (ds.nodes[p.source] && ds.nodes[p.target]) edges[coMentionId(p.source, p.target)] = coMentionEdge(p);
  return { nodes: ds.nodes, edges };
}
