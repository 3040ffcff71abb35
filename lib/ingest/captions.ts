/**
 * Photo captions and page markers: recognising a caption by its credit ("REUTERS/Name", "[Name/AP Photo]",
 * "(File/Reuters)", "(AFP)"), recognising counters and outlet markers ("TT", "20") that scraped pages leave around
 * captions, reading the outlet out of a credit, and de-duplicating captions that were printed twice.
 */
import { keyWords } from "./normalise";
import { findOutlets, isNewsOutlet, normaliseOutlet } from "./outlets";

export type CreditStrength = "strong" | "weak";

const AGENCY = String.raw`(?:REUTERS|Reuters|AFP|AP|EPA(?:-EFE)?|Getty Images|Anadolu(?: Agency)?|ANADOLU|XINHUA|Xinhua|SPUTNIK|Sputnik|TASS|WANA|SANA|IRNA|dpa|DPA)`;

/** Credit forms that only photo captions carry. Each looks at the end of the line. */
const STRONG_CREDITS: { id: string; re: RegExp }[] = [
  // [Pavel Bednyakov/AP Photo], [Reuters], [Getty Images]
  {
    id: "bracketed-credit",
    re: new RegExp(String.raw`\[[^[\]]{0,80}(?:/|\bphoto\b|${AGENCY})[^[\]]{0,40}\]\s*$`, "i"),
  },
  // (File/Reuters), (File photo: Reuters), (Photo: AFP)
  { id: "file-photo", re: /\((?:file|photo|photograph|image|picture)(?:\s*photo)?\s*[:/][^()]{1,80}\)\s*$/i },
  // (AP Photo/Sunday Alamba), (AFP Photo/Name)
  { id: "agency-photo", re: /\((?:AP|AFP|Reuters|EPA|Xinhua) Photos?\s*\/[^()]{1,80}\)\s*$/i },
  // Photo: John Smith/AFP   |   Photograph by ...
  { id: "photo-label", re: /(?:^|[\s.])(?:photo|photograph|image|picture)s?\s*(?:credit|by)?\s*:\s*\S.{0,80}$/i },
  // REUTERS/Yves Herman, AFP/File, EPA-EFE/Name
  {
    id: "agency-slash",
    re: new RegExp(String.raw`(?:^|[\s.(])(?:REUTERS|AFP|AP|EPA(?:-EFE)?|ANADOLU|XINHUA|SPUTNIK)\s*/\s*\S[^.]{0,80}$`),
  },
  // Name/Reuters, Name/AFP via Getty Images, .../Getty Images
  { id: "slash-agency", re: new RegExp(String.raw`\S\s*/\s*${AGENCY}(?:\s+Photo)?(?:\s*/\s*File)?\s*[)\]]?\s*$`) },
  // ... via REUTERS, via Getty Images
  { id: "via-agency", re: new RegExp(String.raw`\bvia\s+${AGENCY}\s*[)\]]?\s*$`) },
];

/** An outlet in parentheses at the very end: a caption credit in a header, but also a body sentence's tag. */
const WEAK_CREDIT = new RegExp(String.raw`\(\s*(?:${AGENCY}|File|AP Photo)\s*\)\s*$`);

/** "strong" for credit forms only captions carry, "weak" for a trailing "(AFP)", else null. */
export function photoCredit(line: string): CreditStrength | null {
  if (line.length > 600) return null;
  if (STRONG_CREDITS.some((c) => c.re.test(line))) return "strong";
  if (WEAK_CREDIT.test(line)) return "weak";
  return null;
}

/** Short tokens scraped pages leave next to captions: outlet tags ("TT"), share/photo counters ("20"). */
export function isMarker(line: string): boolean {
  const s = line.trim();
  return (
    /^[A-Z]{1,3}$/.test(s) ||
    /^\d{1,4}$/.test(s) ||
    /^\d{1,6}\s+(?:shares?|comments?|views?|photos?)$/i.test(s) ||
    /^\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/.test(s) || // gallery counter "1 of 5"
    (s.length <= 30 && normaliseOutlet(s) !== null) // lone outlet tag "Reuters"
  );
}

/** Share of the shorter line's words that also occur in the longer line. */
export function wordContainment(a: string, b: string): number {
  const wa = new Set(keyWords(a));
  const wb = new Set(keyWords(b));
  const [small, big] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (big.has(w)) shared++;
  return shared / small.size;
}

/** Two caption lines that describe the same photo (alt text vs. caption with credit, or an exact repeat). */
export function isNearDuplicateLine(a: string, b: string): boolean {
  const shorter = Math.min(keyWords(a).length, keyWords(b).length);
  return shorter >= 3 && wordContainment(a, b) >= 0.7;
}

/** Outlet named by a caption's credit ("... REUTERS/Yves Herman" → "Reuters"), else null. */
export function creditOutlet(caption: string): string | null {
  if (!photoCredit(caption)) return null;
  // The credit sits at the end; look only there so outlets named in the description do not count.
  const tailStart = Math.max(0, caption.length - 120);
  const hits = findOutlets(caption.slice(tailStart)).filter((h) => isNewsOutlet(h.name));
  return hits.length > 0 ? hits[hits.length - 1].name : null;
}

/** Drop exact repeats and lines that are a near-copy of a longer caption; keeps first-seen order. */
export function dedupeCaptions(captions: string[]): string[] {
  const kept: string[] = [];
  for (const c of captions) {
    const text = c.trim();
    if (text === "") continue;
    const dup = kept.findIndex((k) => isNearDuplicateLine(k, text) || k === text);
    if (dup === -1) kept.push(text);
    else if (text.length > kept[dup].length) kept[dup] = text;
  }
  return kept;
}
