/**
 * Connection settings for Neo4j, read from the environment. One place for the variable names and their
 * development defaults, so the CLI, the app, tests and benches all agree.
 */

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export const NEO4J_DEFAULTS: Neo4jConfig = {
  uri: "bolt://127.0.0.1:7687",
  user: "neo4j",
  password: "newsgraph-dev-password",
  database: "neo4j",
};

/** Reads NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE; empty values fall back to the defaults. */
export function readNeo4jConfig(env: Record<string, string | undefined> = process.env): Neo4jConfig {
  const pick = (name: string, fallback: string): string => {
    const value = env[name]?.trim();
    return value ? value : fallback;
  };
  return {
    uri: pick("NEO4J_URI", NEO4J_DEFAULTS.uri),
    user: pick("NEO4J_USER", NEO4J_DEFAULTS.user),
    password: env.NEO4J_PASSWORD ?? NEO4J_DEFAULTS.password,
    database: pick("NEO4J_DATABASE", NEO4J_DEFAULTS.database),
  };
}
