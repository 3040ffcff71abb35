/**
 * Stable article ids: "a-" + 12 hex digits of a SHA-1 over the normalised title and text, so the same content
 * gets the same id on every run. Copies kept apart (dedupe off) add their file and position to stay distinct.
 */
import { createHash } from "node:crypto";
import { compareKey } from "./normalise";

export function articleId(title: string, text: string, salt?: string): string {
  const h = createHash("sha1");
  h.update(compareKey(title));
  h.update("\n");
  h.update(compareKey(text));
  if (salt !== undefined) h.update("\n" + salt);
  return "a-" + h.digest("hex").slice(0, 12);
}
