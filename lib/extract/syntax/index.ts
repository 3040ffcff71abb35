/**
 * Public entry of the syntax layer: text → Doc with sentences, UD tokens, UPOS/XPOS tags, lemmas and a labelled
 * dependency parse. `loadSyntaxModel` reads the committed model files once (the only I/O, cached);
 * `annotate` and `analyse` are pure given a model.
 *
 *   const doc = analyse("Putin received Raisi at the Kremlin.");
 *   for (const t of doc.tokens()) console.log(t.text, t.upos, t.lemma, t.dep, t.head?.text);
 *
 * Stages enrich the same Doc in place: tokenise → tag (UPOS+XPOS) → lemmatise → parse. The NER stage adds
 * `doc.ents`; relation extraction reads heads and labels.
 */
import { Doc } from "./doc";
import { tokenise } from "./tokenise";
import { loadDefaultSyntaxModel, type SyntaxModel } from "./model";

export { Doc, Token, Span, type EntityAnnotation, type Lexicon } from "./doc";
export { tokenise, udTokenOffsets } from "./tokenise";
export { loadDefaultSyntaxModel as loadSyntaxModel, type SyntaxModel } from "./model";

/** Tags, lemmatises and parses every sentence of `doc` in place (gold tokens kept as they are); returns it. */
export function annotate(doc: Doc, model: SyntaxModel = loadDefaultSyntaxModel()): Doc {
  model.tag(doc);
  model.parse(doc);
  return doc;
}

/** Tokenises, tags, lemmatises and parses an article's text. */
export function analyse(text: string, model: SyntaxModel = loadDefaultSyntaxModel()): Doc {
  return annotate(tokenise(text), model);
}
