/**
 * Our own error types for everything that goes wrong talking to Neo4j. The transport maps Neo4j error codes to
 * these, API routes map these to HTTP status codes (503, 400, 404, 408), and the CLI prints their messages as
 * one clear line. Messages say what failed and what to try.
 */

export class GraphStoreError extends Error {
  constructor(
    message: string,
    /** Neo4j's status code when the error came from the server, e.g. "Neo.ClientError.Statement.SyntaxError". */
    readonly code?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The database cannot be reached or is not ready (HTTP 503). */
export class DatabaseUnavailableError extends GraphStoreError {}

/** The user's Cypher is invalid: syntax, unknown function, bad parameter (HTTP 400). */
export class CypherSyntaxError extends GraphStoreError {}

/** The read-only console refused a query because it could write or administer the database (HTTP 400/403). */
export class QueryRefusedError extends GraphStoreError {}

/** The query ran past its time limit and was terminated (HTTP 408/504). */
export class QueryTimeoutError extends GraphStoreError {}

/** Credentials were refused (HTTP 503 to the browser: a server misconfiguration, not the user's fault). */
export class AuthenticationError extends GraphStoreError {}

/** A graph.json file failed validation before anything was written. */
export class InvalidGraphDataError extends GraphStoreError {}

/** The console already runs its quota of queries at once (HTTP 429): try again when one has finished. */
export class ConsoleBusyError extends GraphStoreError {}

/** A request part is over its size cap, e.g. the console's parameters (HTTP 413). */
export class PayloadTooLargeError extends GraphStoreError {}

/** A write named an entity, relation or record that is not stored (HTTP 404). */
export class NotFoundInStoreError extends GraphStoreError {}
