/**
 * A small, general table of news outlets and agencies, used to recognise an outlet named in a "Source:" line, a
 * body attribution ("told Reuters") or a photo credit ("REUTERS/Yves Herman"), and to print it one way.
 * Short all-capital names (AFP, AP, BBC) are matched case-sensitively so ordinary words never match.
 */

export interface Outlet {
  /** Name as printed in Article.source. */
  name: string;
  /** Spellings found in text. Each is matched as a whole word. */
  aliases: string[];
  /** Match aliases case-sensitively (for acronyms that are also words or syllables). */
  caseSensitive?: boolean;
}

export const OUTLETS: Outlet[] = [
  { name: "AFP", aliases: ["AFP", "Agence France-Presse", "Agence France Presse"], caseSensitive: true },
  { name: "Reuters", aliases: ["Reuters", "REUTERS", "Thomson Reuters"] },
  { name: "AP", aliases: ["AP", "Associated Press", "AP Photo"], caseSensitive: true },
  { name: "Al Jazeera", aliases: ["Al Jazeera", "Al-Jazeera", "Aljazeera"] },
  { name: "Al Arabiya", aliases: ["Al Arabiya", "Al-Arabiya"] },
  { name: "Asharq Al-Awsat", aliases: ["Asharq Al-Awsat", "Asharq al-Awsat", "Asharq Alawsat"] },
  { name: "BBC", aliases: ["BBC", "BBC News"], caseSensitive: true },
  { name: "CNN", aliases: ["CNN"], caseSensitive: true },
  { name: "Anadolu Agency", aliases: ["Anadolu Agency", "Anadolu"] },
  { name: "TASS", aliases: ["TASS", "Tass", "ITAR-TASS"], caseSensitive: true },
  { name: "RIA Novosti", aliases: ["RIA Novosti", "RIA"], caseSensitive: true },
  { name: "Interfax", aliases: ["Interfax"] },
  { name: "Xinhua", aliases: ["Xinhua"] },
  { name: "IRNA", aliases: ["IRNA"], caseSensitive: true },
  { name: "Tasnim", aliases: ["Tasnim"] },
  { name: "Fars", aliases: ["Fars news agency", "Fars News Agency", "Fars"], caseSensitive: true },
  { name: "ISNA", aliases: ["ISNA"], caseSensitive: true },
  { name: "WAFA", aliases: ["WAFA"], caseSensitive: true },
  { name: "SANA", aliases: ["SANA"], caseSensitive: true },
  { name: "Kyodo", aliases: ["Kyodo"] },
  { name: "Yonhap", aliases: ["Yonhap"] },
  { name: "dpa", aliases: ["dpa", "DPA", "Deutsche Presse-Agentur"], caseSensitive: true },
  { name: "EFE", aliases: ["EFE"], caseSensitive: true },
  { name: "ANSA", aliases: ["ANSA"], caseSensitive: true },
  { name: "Bloomberg", aliases: ["Bloomberg"] },
  { name: "The New York Times", aliases: ["The New York Times", "New York Times"] },
  { name: "The Washington Post", aliases: ["The Washington Post", "Washington Post"] },
  { name: "The Wall Street Journal", aliases: ["The Wall Street Journal", "Wall Street Journal"] },
  { name: "Financial Times", aliases: ["Financial Times"] },
  { name: "The Guardian", aliases: ["The Guardian"] },
  { name: "Axios", aliases: ["Axios"] },
  { name: "Politico", aliases: ["Politico", "POLITICO"] },
  { name: "Sky News", aliases: ["Sky News"] },
  { name: "Fox News", aliases: ["Fox News"] },
  { name: "NBC News", aliases: ["NBC News", "NBC"], caseSensitive: true },
  { name: "CBS News", aliases: ["CBS News", "CBS"], caseSensitive: true },
  { name: "ABC News", aliases: ["ABC News"] },
  { name: "NPR", aliases: ["NPR"], caseSensitive: true },
  { name: "Haaretz", aliases: ["Haaretz"] },
  { name: "The Times of Israel", aliases: ["The Times of Israel", "Times of Israel"] },
  { name: "Ukrinform", aliases: ["Ukrinform"] },
  { name: "Kyiv Independent", aliases: ["Kyiv Independent", "The Kyiv Independent"] },
  { name: "Deutsche Welle", aliases: ["Deutsche Welle", "DW"], caseSensitive: true },
  { name: "Euronews", aliases: ["Euronews"] },
  { name: "Getty Images", aliases: ["Getty Images", "Getty"] },
];

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
