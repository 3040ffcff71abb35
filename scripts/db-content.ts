/**
 * What is in the database, for the orchestration scripts: how many articles are loaded, and emptying it before
 * the e2e run (npm test owns its database: integration tests wipe it anyway).
 */
import neo4j, { type Session } from "neo4j-driver";
import type { Neo4jConfig } from "../lib/neo4j/config";

async function withSession<T>(config: Neo4jConfig, work: (session: Session) => Promise<T>): Promise<T> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
    userAgent: "newsgraph-scripts",
  });
  const session = driver.session({ database: config.database });
  try {
    return await work(session);
  } finally {
    await session.close();
    await driver.close();
  }
}

/** Number of :Article nodes. */
export function countArticles(config: Neo4jConfig): Promise<number> {
  return withSession(config, async (session) => {
    const result = await session.run("MATCH (a:Article) RETURN count(a) AS n");
    return Number(result.records[0]?.get("n") ?? 0);
  });
}

/** Deletes every node and relationship (in batches, so a big graph does not need one huge transaction). */
export function wipeDatabase(config: Neo4jConfig): Promise<void> {
  return withSession(config, async (session) => {
    // CALL { … } IN TRANSACTIONS needs an auto-commit transaction, i.e. session.run.
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  });
}
