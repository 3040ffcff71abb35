/** Type declarations for the two talisman modules resolution uses (the package ships no types). */
declare module "talisman/metrics/jaro-winkler" {
  export default function jaroWinkler(a: string, b: string): number;
}
declare module "talisman/phonetics/double-metaphone" {
  export default function doubleMetaphone(word: string): [string, string];
}
