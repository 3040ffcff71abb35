// Error banner shared by the views: a 503 explains how to start Neo4j, other errors show the server's message.
import { ApiError } from "@/lib/client/api";
import { ErrorNotice } from "./ErrorNotice";

export function ErrorBanner({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const down = error instanceof ApiError && error.databaseDown;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <ErrorNotice down={down} message={message}>
      {onRetry && (
        <div style={{ marginTop: 6 }}>
          <button className="btn" onClick={onRetry}>
            Retry
          </button>
        </div>
      )}
    </ErrorNotice>
  );
}
