// Entity search with debounced autocomplete from /api/search; Enter or click picks a hit.
"use client";
import { useEffect, useRef, useState } from "react";
import type { SearchHit } from "@/lib/neo4j/types";
import { api } from "@/lib/client/api";
import { colourForType } from "@/lib/client/appearance";

export interface SearchBoxProps {
  initial?: string;
  placeholder?: string;
  onSelect: (hit: SearchHit) => void;
  onQueryChange?: (q: string) => void;
  testId?: string;
}

export function SearchBox({
  initial = "",
  placeholder = "Search entities…",
  onSelect,
  onQueryChange,
  testId = "search",
}: SearchBoxProps) {
  const [q, setQ] = useState(initial);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const typed = useRef(false);

  useEffect(() => {
    if (!typed.current) return;
    const text = q.trim();
    if (!text) {
      setHits([]);
      return;
    }
    const ctrl = new AbortController();
    const t = setTimeout(() => {
      api
        .search(text, 8, ctrl.signal)
        .then((h) => {
          setHits(h);
          setActive(0);
          setOpen(true);
          setError(null);
        })
        .catch((e: Error) => {
          if (e.name !== "AbortError" && !ctrl.signal.aborted) setError(e.message);
        });
    }, 200);
    return () => {
      clearTimeout(t);
      ctrl.abort();
    };
  }, [q]);

  const pick = (hit: SearchHit) => {
    setQ(hit.name);
    onQueryChange?.(hit.name);
    setOpen(false);
    typed.current = false;
    onSelect(hit);
  };

  return (
    <div className="search" data-testid={testId}>
      <input
        type="search"
        value={q}
        placeholder={placeholder}
        aria-label="Search entities"
        data-testid={`${testId}-input`}
        onChange={(e) => {
          typed.current = true;
          setQ(e.target.value);
          onQueryChange?.(e.target.value);
        }}
        onFocus={() => hits.length && setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((a) => Math.min(hits.length - 1, a + 1));
          else if (e.key === "ArrowUp") setActive((a) => Math.max(0, a - 1));
          else if (e.key === "Enter" && hits[active]) pick(hits[active]);
          else if (e.key === "Escape") setOpen(false);
        }}
      />
      {open && (hits.length > 0 || error) && (
        <ul role="listbox" data-testid={`${testId}-results`}>
          {error && <li className="muted">{error}</li>}
          {hits.map((h, i) => (
            <li
              key={h.id}
              role="option"
              aria-selected={i === active}
              className={i === active ? "active" : undefined}
              data-testid="search-hit"
              data-entity-id={h.id}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(h);
              }}
            >
              <span className="type-dot" style={{ background: colourForType(h.type) }} />
              <span>{h.name}</span>
              {h.aliases.length > 0 && <span className="aliases">{h.aliases.slice(0, 3).join(", ")}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
