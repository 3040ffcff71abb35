/**
 * Stated aliases: "Norman Cook, better known as Fatboy Slim", "Jay-Z (real name Shawn Carter)", "X, also known as
 * Y", "Y, whose real name is X". Read from the words between two adjacent name mentions of one sentence (token
 * patterns over the surface text). This is the only module that knows these patterns, so it can move onto the
 * dependency parse once the syntax step exists, without touching linking.
 */

export interface StatedAlias {
  /** Indices into the mentions given to statedAliases. */
  a: number;
  b: number;
}

/** Text between the two names (and, for the bracket forms, right after the second). */
const BETWEEN = [
  /^\s*[,–—-]?\s*(?:(?:better|also|more commonly|commonly|popularly|widely|otherwise|professionally) )?known as\s+$/i,
  /^\s*[,–—-]?\s*(?:aka|a\.k\.a\.?)\s+$/i,
  /^\s*[,–—-]?\s*(?:whose real name is|real name|born)\s+$/i,
];
const BRACKETED = /^\s*\((?:real name|born|née|nee|aka|a\.k\.a\.?|also known as|better known as)\s+$/i;

/** Pairs of mentions (sorted by start, not overlapping) that the text states are one entity. */
export function statedAliases(text: string, mentions: readonly { start: number; end: number }[]): StatedAlias[] {
  const order = mentions.map((_, i) => i).sort((x, y) => mentions[x].start - mentions[y].start);
  const out: StatedAlias[] = [];
  for (let k = 0; k + 1 < order.length; k++) {
    const first = mentions[order[k]];
    const second = mentions[order[k + 1]];
    if (second.start <= first.end || second.start - first.end > 40) continue;
    const between = text.slice(first.end, second.start);
    if (/[.!?;]/.test(between.replace(/a\.k\.a\.?/gi, ""))) continue;
    const plain = BETWEEN.some((re) => re.test(between));
    const bracketed = BRACKETED.test(between) && /^\s*\)/.test(text.slice(second.end, second.end + 3));
    if (plain || bracketed) out.push({ a: order[k], b: order[k + 1] });
  }
  return out;
}
