/**
 * Publication date of an article, when it states a full date (day, month and year) in a caption, in the opening
 * dateline, or in a "Published/Updated" line. Dates deeper in the body are usually about past events
 * ("an attack on Jan. 1, 2017"), so they are not taken as the publication date.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d{2})`;

interface DatePattern {
  id: string;
  re: RegExp;
  parts: (m: RegExpMatchArray) => { y: string; m: string; d: string };
}

const DATE_PATTERNS: DatePattern[] = [
  {
    id: "month-day-year",
    re: new RegExp(String.raw`\b${MONTH}\s+${DAY},?\s+${YEAR}\b`, "g"),
    parts: (m) => ({ m: m[1], d: m[2], y: m[3] }),
  },
  {
    id: "day-month-year",
    re: new RegExp(String.raw`\b${DAY}\s+${MONTH},?\s+${YEAR}\b`, "g"),
    parts: (m) => ({ d: m[1], m: m[2], y: m[3] }),
  },
  {
    id: "iso",
    re: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g,
    parts: (m) => ({ y: m[1], m: m[2], d: m[3] }),
  },
];

function toIso(y: string, m: string, d: string): string | null {
  const month = /^\d+$/.test(m)
    ? Number(m)
    : MONTHS[m.toLowerCase().slice(0, m.toLowerCase().startsWith("sept") ? 4 : 3)];
  const year = Number(y);
  const day = Number(d);
  if (!month || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Every full date in a text as ISO strings with their positions, in text order. */
export function findDates(text: string): { iso: string; index: number }[] {
  const out: { iso: string; index: number }[] = [];
  for (const p of DATE_PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      const { y, m: mo, d } = p.parts(m);
      const iso = toIso(y, mo, d);
      if (iso) out.push({ iso, index: m.index ?? 0 });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** "Published On 19 Jan 2022", "Updated: March 3, 2025 10:02 GMT", "Posted on 2024-05-05": a page's date line. */
const PUBLISHED_LINE =
  /^(?:published|updated|posted|last updated|first published|last modified|date)\b(?:\s+on)?\s*:?\s+/i;

/** ISO date of a line that only states when the page was published or updated, else null. */
export function publishedLineDate(line: string): string | null {
  if (line.length > 120 || !PUBLISHED_LINE.test(line)) return null;
  const dates = findDates(line);
  if (dates.length === 0) return null;
  // The rest must be time-of-day noise, not a sentence that happens to start with "Updated".
  const words = line.split(/\s+/).length;
  return words <= 14
    ? dates
        .map((d) => d.iso)
        .sort()
        .at(-1)!
    : null;
}

export interface DateInput {
  text: string;
  captions: string[];
  statedDate?: string | null;
}

/** A stated publication date, else the latest full date in captions or the opening dateline; else null. */
export function detectDate(article: DateInput): string | null {
  if (article.statedDate) return article.statedDate;
  const firstParagraph = article.text.split("\n\n")[0] ?? "";
  const dateline = firstParagraph.slice(0, 160);
  const candidates = [...article.captions, dateline].flatMap((t) => findDates(t).map((d) => d.iso));
  if (candidates.length === 0) return null;
  return candidates.sort().at(-1) ?? null;
}
