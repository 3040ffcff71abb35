/**
 * Rule-based recognisers for the types CoNLL-2003 does not label: DATE, MONEY and EVENT. A registry of
 * `{id, description, fn}`; each fn is pure and returns spans with offsets into the article text.
 */
import type { Sentence } from "../tokenize";
import type { EntitySpan } from "../types";

export interface EntityRule {
  id: string;
  description: string;
  fn: (text: string, sentences: Sentence[]) => EntitySpan[];
}

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;
export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

const MONTH =
  `(?:${MONTH_NAMES.join("|")}|` +
  "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
const YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)";
const WEEKDAY = `(?:${WEEKDAY_NAMES.join("|")})`;

function regexSpans(text: string, re: RegExp, type: EntitySpan["type"], group = 0): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const m of text.matchAll(re)) {
    const g = m[group];
    if (!g) continue;
    const start = (m.index ?? 0) + m[0].indexOf(g);
    out.push({ start, end: start + g.length, text: g, type });
  }
  return out;
}

// "November 22, 2024", "Nov. 22", "March 2023", "22 November 2024", "Monday, November 22", ISO dates.
const FULL_DATE_RE = new RegExp(
  [
    `\\b(?:${WEEKDAY},?\\s+)?${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?(?![\\w])`,
    `\\b(?:${WEEKDAY},?\\s+)?${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?(?![\\w])`,
    `\\b${MONTH}\\s+(?:of\\s+)?${YEAR}\\b`,
    `\\b${YEAR}-[01]\\d-[0-3]\\d\\b`,
    `\\b${WEEKDAY}\\b`,
  ].join("|"),
  "g",
);

// A bare year counts when the context says it is a time ("in 2017", "2017." ) rather than a quantity.
const YEAR_RE = new RegExp(
  `(?<![\\d$€£¥.,-])\\b(${YEAR}s?)\\b(?![.,-]\\d)(?!\\s+(?:people|troops|soldiers|tonnes|tons|dollars|euros|` +
    `km|miles|metres|meters|kilometres|barrels|units|jobs|homes|votes|points|members|children|cases)\\b)`,
  "g",
);

const MULTIPLIER = "(?:\\s?(?:trillion|billion|million|thousand|bn|mn|m|tn|k)\\b)?";
const CURRENCY_WORD =
  "(?:US\\s+dollars?|dollars?|euros?|pounds?\\s+sterling|sterling|yen|yuan|renminbi|rupees?|roubles?|rubles?|" +
  "riyals?|rials?|dirhams?|francs?|pesos?|shekels?|lira|liras|won|naira|rand|hryvnias?|cents?)";
const MONEY_RE = new RegExp(
  [
    `(?:(?:US|A|C|NZ|HK|S)?[$€£¥₹₽])\\s?\\d[\\d,]*(?:\\.\\d+)?${MULTIPLIER}`,
    `\\b(?:USD|EUR|GBP|JPY|CNY|INR|RUB)\\s?\\d[\\d,]*(?:\\.\\d+)?${MULTIPLIER}`,
    `\\b\\d[\\d,]*(?:\\.\\d+)?\\s?(?:trillion|billion|million|thousand|bn|mn|m)?\\s+${CURRENCY_WORD}\\b`,
  ].join("|"),
  "g",
);

const EVENT_HEADS = new Set([
  "war",
  "summit",
  "olympics",
  "games",
  "cup",
  "championship",
  "championships",
  "conference",
  "festival",
  "forum",
  "revolution",
  "uprising",
  "expo",
  "marathon",
  "election",
  "elections",
  "referendum",
  "massacre",
  "prix",
]);
/** Heads that name an event on their own. */
const STANDALONE = new Set(["olympics"]);
const CONNECTORS = new Set(["of", "on", "for", "and", "de"]);
const NOT_EVENT_START = new Set(["the", "a", "an", "this", "last", "next", "after", "before"]);
const ROMAN_OR_YEAR = /^(?:I|II|III|IV|V|VI|\d{4})$/;
const PANDEMIC_RE = /\b([A-Z][A-Z0-9]*(?:-\d+)?)\s+(pandemic|outbreak|epidemic)\b/g;

function isCapitalised(tok: string): boolean {
  return /^[\p{Lu}\d]/u.test(tok);
}

function eventSpans(text: string, sentences: Sentence[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const s of sentences) {
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++) {
      const head = toks[i].text;
      const lower = head.toLowerCase();
      if (!EVENT_HEADS.has(lower) || !isCapitalised(head)) continue;
      let start = i;
      for (let j = i - 1; j >= 0; j--) {
        const t = toks[j].text;
        if (isCapitalised(t)) start = j;
        else if (CONNECTORS.has(t) && j > 0 && isCapitalised(toks[j - 1].text)) continue;
        else break;
      }
      while (start < i && (NOT_EVENT_START.has(toks[start].text.toLowerCase()) || CONNECTORS.has(toks[start].text)))
        start++;
      let end = i + 1;
      if (end < toks.length && ROMAN_OR_YEAR.test(toks[end].text)) end++;
      if (start === i && !STANDALONE.has(lower)) continue;
      // A capitalised run that starts the sentence and is only one word plus the head ("Summit talks") is weak
      // evidence; demand that the first word is not the sentence's first word unless the head is plural/standalone.
      const first = toks[start];
      out.push({
        start: first.start,
        end: toks[end - 1].end,
        text: text.slice(first.start, toks[end - 1].end),
        type: "EVENT",
      });
    }
  }
  return out.concat(regexSpans(text, PANDEMIC_RE, "EVENT"));
}

export const ENTITY_RULES: EntityRule[] = [
  {
    id: "date-calendar",
    description: 'Calendar dates and weekdays: "November 22, 2024", "22 November", "March 2023", "Monday", ISO dates',
    fn: (text) => regexSpans(text, FULL_DATE_RE, "DATE"),
  },
  {
    id: "date-year",
    description: 'Bare years used as times: "in 2017", "the 1990s", not quantities like "2000 troops"',
    fn: (text) => regexSpans(text, YEAR_RE, "DATE", 1),
  },
  {
    id: "money",
    description: 'Amounts of money: "$10 billion", "€5m", "US$3", "10 billion dollars", "EUR 4.5 million"',
    fn: (text) => regexSpans(text, MONEY_RE, "MONEY"),
  },
  {
    id: "event",
    description:
      'Named events: capitalised names ending in War/Summit/Olympics/Cup/Conference... ("Cold War", "G20 Summit"), "COVID-19 pandemic"',
    fn: eventSpans,
  },
];

/** Runs every rule and keeps the longest span where rules overlap each other. */
export function applyRules(text: string, sentences: Sentence[], rules: EntityRule[] = ENTITY_RULES): EntitySpan[] {
  const all = rules.flatMap((r) => r.fn(text, sentences));
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: EntitySpan[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}
