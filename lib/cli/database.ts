/**
 * Lazy access to the Neo4j modules for commands that need the database, and closing the driver at exit only if
 * one of them opened it (so `extract` and `--help` never load neo4j-driver).
 */
let opened = false;

/** The loader, imported on first use. */
export async function openDatabase() {
  opened = true;
  return import("../neo4j/load");
}

/** The curation module (corrections export/import), imported on first use. */
export async function openCuration() {
  opened = true;
  return import("../neo4j/curation");
}

/** Closes the shared driver if a command used the database; safe to call always. */
export async function closeDatabase(): Promise<void> {
  if (!opened) return;
  const { closeDriver } = await import("../neo4j/driver");
  await closeDriver();
}
