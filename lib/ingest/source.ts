/**
 * The outlet an article states. Priority: an explicit "Source: X" line, then attributions in the body
 * ("Reuters reported", "told AFP", "according to Reuters", "(AFP)"), then photo-caption credits
 * ("REUTERS/Name", "[Name/AP Photo]"). A credit only says who took the photo, so the body wins over it.
 */
import { creditOutlet } from "./captions";
import { findOutlets, isNewsOutlet } from "./outlets";

export interface SourceInput {
  text: string;
  captions: string[];
  statedSource?: string | null;
}

interface AttributionContext {
  id: string;
  description: string;
  /** Tested against the text right before the outlet name. */
  before?: RegExp;
  /** Tested against the text right after the outlet name. */
  after?: RegExp;
}

/** Contexts in which an outlet name is the outlet reporting the story, not a subject of it. */
export const ATTRIBUTION_CONTEXTS: AttributionContext[] = [
  {
    id: "told-outlet",
    description: "the official told Reuters / said in an interview with AFP",
    before: /\b(?:told|tells|telling|interview with|speaking to|spoke to|confirmed to|said to)\s+(?:the\s+)?$/i,
  },
  {
    id: "according-to",
    description: "according to Reuters / cited by AFP / reported by AP",
    before:
      /\b(?:according to|cited by|quoted by|reported by|reports? from|seen by|obtained by|reviewed by)\s+(?:the\s+)?$/i,
  },
  {
    id: "outlet-reported",
    description: "Reuters reported / Anadolu Agency said / AFP learned",
    after:
      /^(?:'s)?\s*(?:news agency\s+|agency\s+)?(?:has\s+|had\s+)?(?:reported|reports|said|says|cited|quoted|learned|learnt|understands|calculations|tally|count)\b/i,
  },
  {
    id: "parenthesised",
    description: "dateline or sentence tag: BEIRUT (AFP) / ... (Reuters)",
    before: /\(\s*$/,
    after: /^\s*\)/,
  },
];

/** Outlets named in reporting position in a body text, most often named first; ties go to the earliest. */
export function bodyAttributions(text: string): string[] {
  const counts = new Map<string, { n: number; first: number }>();
  for (const hit of findOutlets(text)) {
    if (!isNewsOutlet(hit.name)) continue;
    const before = text.slice(Math.max(0, hit.index - 40), hit.index);
    const after = text.slice(hit.end, hit.end + 40);
    const attributed = ATTRIBUTION_CONTEXTS.some(
      (c) => (!c.before || c.before.test(before)) && (!c.after || c.after.test(after)),
    );
    if (!attributed) continue;
    const c = counts.get(hit.name);
    if (c) c.n++;
    else counts.set(hit.name, { n: 1, first: hit.index });
  }
  return [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).map(([name]) => name);
}

/** Outlets credited in captions, most frequent first. */
export function captionCredits(captions: string[]): string[] {
  const counts = new Map<string, { n: number; first: number }>();
  captions.forEach((c, i) => {
    const name = creditOutlet(c);
    if (!name) return;
    const e = counts.get(name);
    if (e) e.n++;
    else counts.set(name, { n: 1, first: i });
  });
  return [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).map(([name]) => name);
}

/** The article's outlet, or null when nothing in it names one. */
export function detectSource(article: SourceInput): string | null {
  if (article.statedSource) return article.statedSource;
  return bodyAttributions(article.text)[0] ?? captionCredits(article.captions)[0] ?? null;
}
