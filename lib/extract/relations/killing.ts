/**
 * Predicates that state a killing (by their first word), shared by the learned extractor and the CoNLL04
 * scoring of bench/eval-relations-score.ts (its Kill type).
 */
const KILLING = new Set([
  "KILLED",
  "ASSASSINATED",
  "MURDERED",
  "SHOT",
  "STABBED",
  "STRANGLED",
  "SLEW",
  "SLAIN",
  "EXECUTED",
  "BEHEADED",
  "POISONED",
  "LYNCHED",
  "GUNNED",
  "SHOT_DEAD",
]);

export function isKillingPredicate(predicate: string): boolean {
  return KILLING.has(predicate) || KILLING.has(predicate.split("_")[0]);
}
