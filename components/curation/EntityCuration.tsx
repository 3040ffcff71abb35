// Corrections from the entity panel: merge another entity into this one, split an alias off, change the type.
// Each is one curation record (who/when/why) that later loads re-apply; the Corrections view lists and undoes them.
"use client";
import { useState } from "react";
import { ENTITY_TYPES } from "@/lib/graph/types";
import type { SearchHit } from "@/lib/neo4j/types";
import { api, type CorrectionInput } from "@/lib/client/api";
import type { Correction } from "@/lib/neo4j/curation";
import { SearchBox } from "../graph/SearchBox";
import { ErrorBanner } from "../ui/ErrorBanner";

export interface EntityCurationProps {
  entity: { id: string; name: string; type: string; aliases: string[] };
  onCorrected: (c: Correction) => void;
}

export function EntityCuration({ entity, onCorrected }: EntityCurationProps) {
  const [open, setOpen] = useState(false);
  const [why, setWhy] = useState("");
  const [other, setOther] = useState<SearchHit | null>(null);
  const [alias, setAlias] = useState(entity.aliases[0] ?? "");
  const [type, setType] = useState(entity.type);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function run(input: CorrectionInput) {
    setBusy(true);
    setError(null);
    try {
      onCorrected(await api.correct(input, why));
      setWhy("");
      setOther(null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <button className="btn" data-testid="curate-open" onClick={() => setOpen(true)}>
        Correct…
      </button>
    );
  }
  return (
    <div className="curation" data-testid="entity-curation">
      <h3>Correct this entity</h3>
      {error ? <ErrorBanner error={error} /> : null}
      <label className="small">
        Why (kept with the correction)
        <input data-testid="curate-why" value={why} onChange={(e) => setWhy(e.target.value)} />
      </label>
      <div className="curation-row">
        <SearchBox testId="merge-search" placeholder="Entity to merge into this one…" onSelect={setOther} />
        <button
          className="btn"
          data-testid="merge-apply"
          disabled={busy || !other || other.id === entity.id}
          onClick={() => other && void run({ kind: "merge", params: { keepId: entity.id, mergeId: other.id } })}
        >
          {other ? `Merge “${other.name}” into this` : "Merge"}
        </button>
      </div>
      {entity.aliases.length > 0 && (
        <div className="curation-row">
          <select data-testid="split-alias" value={alias} onChange={(e) => setAlias(e.target.value)}>
            {entity.aliases.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
          <button
            className="btn"
            data-testid="split-apply"
            disabled={busy || !alias}
            onClick={() => void run({ kind: "split", params: { entityId: entity.id, alias } })}
          >
            Split alias off
          </button>
        </div>
      )}
      <div className="curation-row">
        <select data-testid="retype-type" value={type} onChange={(e) => setType(e.target.value)}>
          {ENTITY_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
        <button
          className="btn"
          data-testid="retype-apply"
          disabled={busy || type === entity.type}
          onClick={() => void run({ kind: "retype", params: { entityId: entity.id, type } })}
        >
          Change type
        </button>
      </div>
    </div>
  );
}
