// The error banner's markup, shared by the client views (ErrorBanner) and the server-rendered pages (ServerError):
// callers decide whether the database is down, since each recognises that from a different error type.
import type { ReactNode } from "react";

export function ErrorNotice({ down, message, children }: { down: boolean; message: string; children?: ReactNode }) {
  return (
    <div className="banner error" role="alert" data-testid={down ? "db-down-banner" : "error-banner"}>
      {down ? (
        <>
          <strong>Neo4j is not reachable.</strong> Start it with <code>npm run db:start</code>, load data with{" "}
          <code>npm run newsgraph -- load graph-data/graph.json</code>, then reload this page.
          <div className="small">{message}</div>
        </>
      ) : (
        message
      )}
      {children}
    </div>
  );
}
