/**
 * The corpus audit (bench/fixtures/relations-audit.json): 150 relations drawn uniformly from an earlier
 * whole-BBC graph and judged by reading. The labelled set measures recall on 25 articles; this sample measures
 * what a user browsing the whole graph meets. For each judged relation: is it still produced (same article,
 * same evidence sentence, same two entities by name or alias, either direction)? Dropping judged-wrong
 * relations and keeping judged-right ones is progress; new relations are not in the sample (the labelled set
 * and a fresh audit cover those).
 */
import type { GraphData } from "../lib/graph/types";

export interface AuditRow {
  /** Corpus file, "category/NNN.txt". */
  file: string;
  sentenceStart: number;
  sentence: string;
  source: string;
  predicate: string;
  target: string;
  confidence: number;
  right: boolean;
  /** The audited relation was itself stated as negated (absent: a positive claim). */
  negated?: boolean;
  category: string;
  note: string;
  /** Which draw of a sample the row came from, where a fixture holds several. */
  draw?: string;
}

export interface AuditFigures {
  right: number;
  rightKept: number;
  wrong: number;
  wrongKept: number;
  /** Judged-right relations no longer produced, and judged-wrong ones still produced (one line each). */
  lostRight: string[];
  keptWrong: string[];
}

/** A corpus file as "category/NNN.txt", whatever folder the corpus was read from. */
export function fileKey(path: string): string {
  return path.split(/[\\/]/).slice(-2).join("/");
}

/** Which audited relations `graph` still states (see the module comment for the match). */
export function matchAudit(rows: readonly AuditRow[], graph: GraphData): AuditFigures {
  const articlesOf = new Map<string, string[]>();
  for (const a of graph.articles)
    for (const f of a.files) articlesOf.set(fileKey(f), [...(articlesOf.get(fileKey(f)) ?? []), a.id]);
  const names = new Map(graph.entities.map((e) => [e.id, new Set([e.name, ...e.aliases])]));
  // A relation marked negated states the opposite claim: it keeps a judged positive claim only if that was
  // negated too ("he hadn't checked that one with Gordon Brown" is not a claim that he had).
  const bySentence = new Map<string, [Set<string>, Set<string>, boolean][]>();
  for (const r of graph.relations)
    for (const ev of r.evidence) {
      const k = `${ev.articleId}|${ev.start}`;
      const entry: [Set<string>, Set<string>, boolean] = [names.get(r.source)!, names.get(r.target)!, !!r.negated];
      bySentence.set(k, [...(bySentence.get(k) ?? []), entry]);
    }
  const out: AuditFigures = { right: 0, rightKept: 0, wrong: 0, wrongKept: 0, lostRight: [], keptWrong: [] };
  for (const row of rows) {
    const kept = (articlesOf.get(row.file) ?? []).some((id) =>
      (bySentence.get(`${id}|${row.sentenceStart}`) ?? []).some(
        ([s, t, negated]) =>
          negated === !!row.negated &&
          ((s.has(row.source) && t.has(row.target)) || (s.has(row.target) && t.has(row.source))),
      ),
    );
    const line = `${row.file}: ${row.source} -${row.predicate}-> ${row.target} [${row.category}] ${row.note}`;
    if (row.right) {
      out.right++;
      if (kept) out.rightKept++;
      else out.lostRight.push(line);
    } else {
      out.wrong++;
      if (kept) {
        out.wrongKept++;
        out.keptWrong.push(line);
      }
    }
  }
  return out;
}
