/**
 * Outlet recognition over the gazetteer's outlet table (lib/extract/gazetteer/outlets.ts, shared with the
 * resolver): an outlet named in a "Source:" line, a body attribution ("told Reuters") or a photo credit
 * ("REUTERS/Yves Herman"), printed one way. Short all-capital names (AFP, AP, BBC) are matched case-sensitively
 * so ordinary words never match.
 */
import { OUTLETS, type Outlet } from "../extract/gazetteer/outlets";

export { OUTLETS, type Outlet };

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

interface CompiledOutlet {
  outlet: Outlet;
  /** The whole string is one alias. */
  exact: RegExp;
  /** Any alias as a whole word (global; used through matchAll, which copies it). */
  anywhere: RegExp;
}

const COMPILED: CompiledOutlet[] = OUTLETS.map((outlet) => {
  const alts = [...outlet.aliases].sort((a, b) => b.length - a.length).map(escapeRegex);
  const source = `(?<![\\p{L}\\p{N}])(?:${alts.join("|")})(?![\\p{L}\\p{N}])`;
  const flags = outlet.caseSensitive ? "u" : "iu";
  return { outlet, exact: new RegExp(`^${source}$`, flags), anywhere: new RegExp(source, flags + "g") };
});

/** Photo agencies, not news outlets: never reported as an article's source. */
const NOT_A_NEWS_SOURCE = new Set(["Getty Images"]);

/** Canonical outlet name for a string that is exactly one outlet alias ("REUTERS" → "Reuters"), else null. */
export function normaliseOutlet(name: string): string | null {
  const s = name.trim();
  return COMPILED.find((c) => c.exact.test(s))?.outlet.name ?? null;
}

/** Every outlet alias found in a text, with its position, leftmost first. */
export function findOutlets(text: string): { name: string; index: number; end: number }[] {
  const hits: { name: string; index: number; end: number }[] = [];
  for (const c of COMPILED) {
    for (const m of text.matchAll(c.anywhere)) {
      hits.push({ name: c.outlet.name, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    }
  }
  hits.sort((a, b) => a.index - b.index || b.end - a.end);
  // Drop hits nested in a longer one ("AP" inside "AP Photo" is the same hit).
  const out: typeof hits = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.index < last.end) continue;
    out.push(h);
  }
  return out;
}

/** Whether an outlet can be an article's source (photo agencies are not). */
export function isNewsOutlet(name: string): boolean {
  return !NOT_A_NEWS_SOURCE.has(name);
}
