// Sidebar block: a two-handle slider over the drawn relations' dates; moving it filters the drawn graph at once
// (client side, lib/client/dataset.ts filterByDates). Full range = no filter, undated relations included.
"use client";
import type { DateWindow } from "@/lib/client/dataset";

const DAY = 86_400_000;
const toDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const toIso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

export interface DateSliderProps {
  extent: DateWindow | null;
  value: DateWindow | null;
  onChange: (w: DateWindow | null) => void;
}

export function DateSlider({ extent, value, onChange }: DateSliderProps) {
  if (!extent) return null;
  const min = toDay(extent.from);
  const max = toDay(extent.to);
  const lo = value ? Math.max(min, toDay(value.from)) : min;
  const hi = value ? Math.min(max, toDay(value.to)) : max;
  const set = (a: number, b: number) => {
    const [from, to] = a <= b ? [a, b] : [b, a];
    onChange(from <= min && to >= max ? null : { from: toIso(from), to: toIso(to) });
  };
  return (
    <div data-testid="date-slider">
      <h3>Stated between</h3>
      <div className="small" data-testid="date-slider-label">
        {toIso(lo)} – {toIso(hi)}
        {value ? "" : " (all)"}
      </div>
      <input
        type="range"
        aria-label="From date"
        data-testid="date-slider-from"
        min={min}
        max={max}
        value={lo}
        onChange={(e) => set(Number(e.target.value), hi)}
        style={{ width: "100%" }}
      />
      <input
        type="range"
        aria-label="To date"
        data-testid="date-slider-to"
        min={min}
        max={max}
        value={hi}
        onChange={(e) => set(lo, Number(e.target.value))}
        style={{ width: "100%" }}
      />
      {value && (
        <button className="btn" data-testid="date-slider-reset" onClick={() => onChange(null)}>
          All dates
        </button>
      )}
    </div>
  );
}
