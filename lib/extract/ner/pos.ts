/**
 * The project's UD POS tagger (lib/extract/syntax) as a NER sentence annotator: each CoNLL-view token gets its
 * Penn XPOS tag (NNP, NNPS, JJ, VBD...). Training and tagging both run our own tagger over the NER's tokens, so
 * the features the model learnt from are exactly the ones it sees on new text; CoNLL-2003's own POS column is
 * never read (it would not exist on news, and a gold-quality tag at training time would be trusted too much).
 */
import { loadSyntaxModel } from "../syntax";
import { tagSentence } from "../syntax/tagger";
import type { SentenceAnnotator } from "./features";

export const POS_ANNOTATOR: SentenceAnnotator = {
  id: "pos",
  label(tokens) {
    return tagSentence(tokens, loadSyntaxModel().tagger).xpos;
  },
};
