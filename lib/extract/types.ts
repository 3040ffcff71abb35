/**
 * Types shared by the extraction stages (lib/extract/*). All stages are pure functions over these values.
 */
import type { EntityType } from "../graph/types";

/** An entity mention found in one article's text. Offsets are into Article.text. */
export interface EntitySpan {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Tagger confidence in 0..1 when known. */
  score?: number;
}
