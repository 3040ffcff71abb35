// Reject (and, straight after, restore) a relation from the edge panel; a rejected relation stays rejected across
// loads until its correction is undone here or in the Corrections view.
"use client";
import { useState } from "react";
import { api } from "@/lib/client/api";
import type { Correction } from "@/lib/neo4j/curation";
import { ErrorBanner } from "../ui/ErrorBanner";

export function RelationCuration({ relationId, onChanged }: { relationId: string; onChanged: () => void }) {
  const [why, setWhy] = useState("");
  const [rejected, setRejected] = useState<Correction | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function act(fn: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await fn();
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="curation" data-testid="relation-curation">
      {error ? <ErrorBanner error={error} /> : null}
      {rejected ? (
        <div className="curation-row">
          <span data-testid="relation-rejected">Rejected.</span>
          <button
            className="btn"
            data-testid="relation-restore"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                await api.undoCorrection(rejected.id);
                setRejected(null);
              })
            }
          >
            Restore
          </button>
        </div>
      ) : (
        <div className="curation-row">
          <input
            data-testid="reject-why"
            placeholder="Why is it wrong?"
            value={why}
            onChange={(e) => setWhy(e.target.value)}
          />
          <button
            className="btn"
            data-testid="relation-reject"
            disabled={busy}
            onClick={() =>
              void act(async () => setRejected(await api.correct({ kind: "reject", params: { relationId } }, why)))
            }
          >
            Reject relation
          </button>
        </div>
      )}
    </div>
  );
}
