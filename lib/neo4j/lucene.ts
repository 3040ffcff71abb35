/**
 * Builds the Lucene query string for the entity full-text search from what a user typed. The result is a
 * parameter VALUE for db.index.fulltext.queryNodes (never Cypher text): each word becomes
 * `(word^4 OR word* OR word~1)` — exact, prefix (for type-ahead) and, for words of 4+ characters, one typo —
 * and all words are required. Lucene's special characters are escaped so input cannot change the query's shape.
 */

/** Characters with a meaning in Lucene's classic query syntax. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes every Lucene special character with a backslash. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** Shortest input worth searching (one letter matches half the index). */
export const MIN_SEARCH_LENGTH = 2;
/** Words from this length on also match with one typo. */
export const FUZZY_MIN_LENGTH = 4;
/** Cap on words, so a pasted paragraph cannot make a huge boolean query. */
const MAX_WORDS = 8;

/**
 * Splits on anything that is not a letter or digit, as the index's standard analyser does, so "al-Assad" searches
 * "al" and "assad". Lower-cased: Lucene's AND/OR/NOT operators only exist in upper case.
 */
export function searchWords(q: string): string[] {
  return (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
}

/** The Lucene query for `q`, or null when there is nothing worth searching for. */
export function buildEntitySearch(q: string): string | null {
  if (typeof q !== "string" || q.trim().length < MIN_SEARCH_LENGTH) return null;
  const words = searchWords(q);
  if (words.length === 0 || words.join("").length < MIN_SEARCH_LENGTH) return null;
  return words
    .map((word) => {
      const w = escapeLucene(word);
      const clauses = [`${w}^4`, `${w}*`];
      if ([...word].length >= FUZZY_MIN_LENGTH) clauses.push(`${w}~1`);
      return `+(${clauses.join(" OR ")})`;
    })
    .join(" ");
}

/** The query as compared with names for exact-match boosting: trimmed, lower-cased, single spaces. */
export function normaliseForExactMatch(q: string): string {
  return q.trim().toLowerCase().replace(/\s+/g, " ");
}
