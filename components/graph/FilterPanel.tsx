// Filter controls of the graph view: entity types, predicates, outlets, date range, minimum confidence.
"use client";
import type { ViewState } from "@/lib/client/url-state";
import { typeStyle } from "@/lib/client/appearance";

export interface FilterOptions {
  types: string[];
  predicates: string[];
  sources: string[];
}

export function FilterPanel({
  view,
  options,
  onChange,
}: {
  view: ViewState;
  options: FilterOptions;
  onChange: (patch: Partial<ViewState>) => void;
}) {
  const toggleIn = (list: string[] | undefined, all: string[], value: string, on: boolean): string[] | undefined => {
    const current = list ?? all;
    const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
    return all.every((v) => next.includes(v)) ? undefined : next;
  };
  const checked = (list: string[] | undefined, v: string) => !list || list.includes(v);

  return (
    <div data-testid="filters">
      <h3>Entity types</h3>
      {options.types.map((t) => (
        <label key={t}>
          <input
            type="checkbox"
            data-testid={`filter-type-${t}`}
            checked={checked(view.types, t)}
            onChange={(e) => onChange({ types: toggleIn(view.types, options.types, t, e.target.checked) })}
          />
          <span className="type-dot" style={{ background: typeStyle(t).colour }} />
          {typeStyle(t).label}
        </label>
      ))}
      {options.predicates.length > 0 && (
        <details open={Boolean(view.predicates)}>
          <summary>
            <h3>
              Relations ({view.predicates ? `${view.predicates.length}/` : ""}
              {options.predicates.length})
            </h3>
          </summary>
          {options.predicates.map((p) => (
            <label key={p}>
              <input
                type="checkbox"
                data-testid={`filter-predicate-${p}`}
                checked={checked(view.predicates, p)}
                onChange={(e) =>
                  onChange({ predicates: toggleIn(view.predicates, options.predicates, p, e.target.checked) })
                }
              />
              {p.replace(/_/g, " ").toLowerCase()}
            </label>
          ))}
        </details>
      )}
      {options.sources.length > 0 && (
        <details open={Boolean(view.sources)}>
          <summary>
            <h3>
              Outlets ({view.sources ? `${view.sources.length}/` : ""}
              {options.sources.length})
            </h3>
          </summary>
          {options.sources.map((s) => (
            <label key={s}>
              <input
                type="checkbox"
                data-testid={`filter-source-${s}`}
                checked={checked(view.sources, s)}
                onChange={(e) => onChange({ sources: toggleIn(view.sources, options.sources, s, e.target.checked) })}
              />
              {s}
            </label>
          ))}
        </details>
      )}
      <h3>Article dates</h3>
      <div className="date-row">
        <input
          type="date"
          aria-label="From date"
          data-testid="filter-from"
          value={view.from ?? ""}
          onChange={(e) => onChange({ from: e.target.value || undefined })}
        />
        <input
          type="date"
          aria-label="To date"
          data-testid="filter-to"
          value={view.to ?? ""}
          onChange={(e) => onChange({ to: e.target.value || undefined })}
        />
      </div>
      <h3>Min confidence: {(view.minConfidence ?? 0).toFixed(2)}</h3>
      <input
        type="range"
        min={0}
        max={1}
        step={0.05}
        style={{ width: "100%" }}
        data-testid="filter-confidence"
        value={view.minConfidence ?? 0}
        onChange={(e) => onChange({ minConfidence: Number(e.target.value) || undefined })}
      />
      <label className="small" style={{ display: "block", marginTop: 8 }}>
        <input
          type="checkbox"
          data-testid="filter-negated"
          checked={view.negated === true}
          onChange={(e) => onChange({ negated: e.target.checked || undefined })}
        />{" "}
        Show negated claims
      </label>
      <div style={{ marginTop: 10 }}>
        <button
          className="btn"
          data-testid="filter-reset"
          onClick={() =>
            onChange({
              types: undefined,
              predicates: undefined,
              sources: undefined,
              from: undefined,
              to: undefined,
              minConfidence: undefined,
              negated: undefined,
            })
          }
        >
          Reset filters
        </button>
      </div>
    </div>
  );
}
