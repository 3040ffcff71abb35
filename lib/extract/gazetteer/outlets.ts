/**
 * News outlets and agencies: the one table behind the ingest outlet detection (a "Source:" line, "told Reuters",
 * "REUTERS/Yves Herman"; lib/ingest/outlets.ts) and the resolver's media entities ("X told Reuters" is
 * attribution, so relations never point at an outlet; index.ts). General knowledge, not one corpus's names.
 */

export interface Outlet {
  /** Name as printed in Article.source. */
  name: string;
  /** Spellings found in text. Each is matched as a whole word. */
  aliases: string[];
  /** Match aliases case-sensitively (for acronyms that are also words or syllables). */
  caseSensitive?: boolean;
  /** The entity's canonical name when it differs from the printed name ("AFP" → "Agence France-Presse"). */
  entity?: string;
  /** More names of the entity, for resolution only (not matched as an article's source): "FT", "Guardian". */
  entityAliases?: string[];
}

export const OUTLETS: Outlet[] = [
  {
    name: "AFP",
    aliases: ["AFP", "Agence France-Presse", "Agence France Presse"],
    caseSensitive: true,
    entity: "Agence France-Presse",
  },
  { name: "Reuters", aliases: ["Reuters", "REUTERS", "Thomson Reuters"] },
  { name: "AP", aliases: ["AP", "Associated Press", "AP Photo"], caseSensitive: true, entity: "Associated Press" },
  { name: "Al Jazeera", aliases: ["Al Jazeera", "Al-Jazeera", "Aljazeera"] },
  { name: "Al Arabiya", aliases: ["Al Arabiya", "Al-Arabiya"] },
  { name: "Asharq Al-Awsat", aliases: ["Asharq Al-Awsat", "Asharq al-Awsat", "Asharq Alawsat"] },
  {
    name: "BBC",
    aliases: ["BBC", "BBC News"],
    caseSensitive: true,
    entityAliases: ["British Broadcasting Corporation"],
  },
  { name: "CNN", aliases: ["CNN"], caseSensitive: true },
  { name: "Anadolu Agency", aliases: ["Anadolu Agency", "Anadolu"] },
  { name: "TASS", aliases: ["TASS", "Tass", "ITAR-TASS"], caseSensitive: true },
  { name: "RIA Novosti", aliases: ["RIA Novosti", "RIA"], caseSensitive: true },
  { name: "Interfax", aliases: ["Interfax"] },
  { name: "Xinhua", aliases: ["Xinhua"] },
  { name: "IRNA", aliases: ["IRNA"], caseSensitive: true, entityAliases: ["Islamic Republic News Agency"] },
  { name: "Tasnim", aliases: ["Tasnim"], entity: "Tasnim News Agency" },
  {
    name: "Fars",
    aliases: ["Fars news agency", "Fars News Agency", "Fars"],
    caseSensitive: true,
    entity: "Fars News Agency",
  },
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
  {
    name: "The Wall Street Journal",
    aliases: ["The Wall Street Journal", "Wall Street Journal"],
    entityAliases: ["WSJ"],
  },
  { name: "Financial Times", aliases: ["Financial Times"], entityAliases: ["FT"] },
  { name: "The Guardian", aliases: ["The Guardian"], entityAliases: ["Guardian"] },
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
