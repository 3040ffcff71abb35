import { loadDefaultTagger, recogniseEntities } from "../lib/extract/ner";
import { splitSentences } from "../lib/extract/tokenize";
const t = loadDefaultTagger();
for (const text of process.argv.slice(2)) {
  console.log(
    recogniseEntities(text, splitSentences(text), t)
      .map((s) => `${s.type}:${s.text}`)
      .join(" | "),
  );
}
