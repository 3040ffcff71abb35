/**
 * The extraction bench's peer, run as its own process (plain JavaScript: no transpiling at start-up, as for the
 * compiled CLI): compromise's people, places and organisations over the same files. Prints one JSON line with the
 * counts so the bench can check it really ran.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import nlp from "compromise";

function files(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return files(full);
      return name.endsWith(".txt") ? [full] : [];
    });
}

const inputs = process.argv.slice(2).flatMap((p) => (statSync(p).isDirectory() ? files(p) : [p]));
let entities = 0;
for (const file of inputs) {
  const doc = nlp(readFileSync(file, "utf8"));
  entities += doc.people().length + doc.places().length + doc.organizations().length;
}
process.stdout.write(JSON.stringify({ files: inputs.length, entities }) + "\n");
