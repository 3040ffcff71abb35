/**
 * The NER tagger's trainer: the shared averaged perceptron (lib/extract/learn/perceptron.ts) over string
 * features, plus `toTagger`, which freezes the averaged weights into the NerTagger that decoding uses.
 */
import { AveragedPerceptron as SharedPerceptron } from "../learn/perceptron";
import type { Scorer } from "./decode";
import type { ClusterMap } from "./clusters";
import type { CasingLexicon } from "./features";
import type { NerTagger } from "./model";

export class AveragedPerceptron extends SharedPerceptron<string> implements Scorer {
  /** The averaged weights as a tagger (the raw weights are left untouched). */
  toTagger(
    casing: CasingLexicon,
    passes: number,
    names: Record<string, string[]> = {},
    clusters: ClusterMap = new Map(),
    annotators: string[] = [],
  ): NerTagger {
    const { index, weights } = this.averaged();
    return { tags: this.tags, passes, casing, clusters, annotators, names, index, weights };
  }
}
