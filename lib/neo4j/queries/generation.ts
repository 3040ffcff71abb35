/**
 * Cypher of the graph generation (lib/neo4j/generation.ts): one (:GraphMeta {id: 'graph'}) node whose
 * `generation` every write transaction of the app and the CLI replaces with a fresh random id, in the same
 * transaction as its data, so a reader that sees the new data can never see the old generation with it.
 * A random id rather than a counter: a wiped and reloaded store must never repeat a generation an app has cached.
 */

export const GRAPH_META_ID = "graph";

/** Last statement of every data-writing transaction (lib/neo4j/transport.ts writeTx). */
export const BUMP_GENERATION = /* cypher */ `
MERGE (m:GraphMeta {id: '${GRAPH_META_ID}'})
SET m.generation = randomUUID(), m.changedAt = datetime()`;

/** The current generation: no row (or null) in a store no Newsgraph write has touched since it was emptied. */
export const READ_GENERATION = /* cypher */ `
MATCH (m:GraphMeta {id: '${GRAPH_META_ID}'})
RETURN m.generation AS generation`;
