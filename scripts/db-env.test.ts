// Unit tests of the local Neo4j settings (scripts/db-env.ts): URI parsing and defaults.
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { REPO_ROOT, parseBoltUri, readLocalNeo4jSettings } from "./db-env";

test("defaults: local bolt on 7687, data in .data/neo4j", () => {
  const s = readLocalNeo4jSettings({});
  assert.equal(s.connection.uri, "bolt://127.0.0.1:7687");
  assert.equal(s.connection.password, "newsgraph-dev-password");
  assert.equal(s.boltAddress, "127.0.0.1:7687");
  assert.equal(s.isLocal, true);
  assert.equal(s.dataDir, path.join(REPO_ROOT, ".data", "neo4j"));
  assert.equal(s.pidFile, path.join(REPO_ROOT, ".data", "neo4j", "neo4j.pid"));
});

test("NEO4J_URI's port and NEO4J_DATA_DIR are honoured; localhost binds the loopback address", () => {
  const s = readLocalNeo4jSettings({ NEO4J_URI: "neo4j://localhost:7699", NEO4J_DATA_DIR: "/tmp/x" });
  assert.equal(s.boltAddress, "127.0.0.1:7699");
  assert.equal(s.isLocal, true);
  assert.equal(s.dataDir, "/tmp/x");
});

test("a remote host is not local, so it is never started here", () => {
  assert.equal(readLocalNeo4jSettings({ NEO4J_URI: "bolt://db.example.org:7687" }).isLocal, false);
});

test("parseBoltUri defaults the port and rejects other schemes and garbage", () => {
  assert.deepEqual(parseBoltUri("bolt://127.0.0.1"), { scheme: "bolt", host: "127.0.0.1", port: 7687 });
  assert.deepEqual(parseBoltUri("neo4j+s://h:1234"), { scheme: "neo4j+s", host: "h", port: 1234 });
  assert.throws(() => parseBoltUri("http://127.0.0.1:7474"), /bolt:\/\/ or neo4j:\/\//);
  assert.throws(() => parseBoltUri("not a uri"), /not a URI/);
});

test("a nonsense start timeout falls back to the default", () => {
  assert.equal(readLocalNeo4jSettings({ NEO4J_START_TIMEOUT: "soon" }).startTimeoutMs, 180_000);
  assert.equal(readLocalNeo4jSettings({ NEO4J_START_TIMEOUT: "30" }).startTimeoutMs, 30_000);
});
