/**
 * Registry of whole relation extractors (as opposed to ./registry, the pattern families inside one extractor).
 * The pipeline uses the default entry; the evaluation runs every entry side by side on the same input, so a
 * new extractor can be measured against the one it replaces. Adding an extractor is adding an entry.
 */
import type { Sentence } from "../tokenize";
import type { Doc } from "../syntax/doc";
import { extractRelations, type SentenceCandidate } from "./index";
import { extractTreeRelations } from "./tree";
import { extractHybridRelations } from "./learned";
import type { RelMention } from "./types";
import { admissible } from "./signatures";

/** What an extractor sees of one article: its text, sentences and entity mentions (resolved to references). */
export interface ArticleInput {
  text: string;
  sentences: readonly Sentence[];
  mentions: readonly RelMention[];
  /** The article's annotated Doc: UD tokens, POS tags, lemmas, dependency parse, entity spans (lib/extract/syntax). */
  doc: Doc;
}

export interface RelationExtractor {
  id: string;
  description: string;
  extract: (input: ArticleInput) => SentenceCandidate[];
}

export const RELATION_EXTRACTORS: readonly RelationExtractor[] = [
  {
    id: "patterns-legacy",
    description: "Word-sequence patterns over mention units (roles before/after a name, lexicon verbs SVO)",
    extract: ({ sentences, mentions }) => extractRelations(sentences, mentions),
  },
  {
    id: "tree",
    description: "Dependency-tree pattern families with coreference, claim status and calibrated confidence",
    extract: ({ text, doc, sentences, mentions }) =>
      admissible(extractTreeRelations(doc, sentences, mentions), text, mentions),
  },
  {
    id: "hybrid",
    description:
      "Tree families plus a classifier over entity pairs trained on CoNLL04 train (works for, from, based in, " +
      "located in, killed), with probabilities calibrated on cross-validation folds",
    extract: ({ text, doc, sentences, mentions }) =>
      admissible(extractHybridRelations(doc, sentences, mentions), text, mentions),
  },
];

export const DEFAULT_RELATION_EXTRACTOR = "hybrid";

export function relationExtractor(id: string = DEFAULT_RELATION_EXTRACTOR): RelationExtractor {
  const found = RELATION_EXTRACTORS.find((e) => e.id === id);
  if (!found) {
    const known = RELATION_EXTRACTORS.map((e) => e.id).join(", ");
    throw new Error(`Unknown relation extractor "${id}" (known: ${known}).`);
  }
  return found;
}
