/**
 * Page furniture that is not article text: comment forms, share prompts, "Related:" links, subscribe prompts,
 * copyright lines, and the explicit "Source: X" line (kept as the article's outlet, removed from the text).
 * A registry: each rule either drops its own line or ends the article (everything after it is page furniture).
 */
import { findOutlets, isNewsOutlet, normaliseOutlet } from "./outlets";

export interface BoilerplateRule {
  id: string;
  description: string;
  re: RegExp;
  action: "drop-line" | "end-article";
}

export const BOILERPLATE_RULES: BoilerplateRule[] = [
  {
    id: "comment-form",
    description: "Comment section heading; the rest is the comment form",
    re: /^(?:leave a (?:reply|comment)|post a comment|add a comment|\d*\s*comments?|join the (?:conversation|discussion))\s*:?$/i,
    action: "end-article",
  },
  {
    id: "email-not-published",
    description: "Comment form notice",
    re: /^your email address will not be published\b/i,
    action: "end-article",
  },
  {
    id: "related-list",
    description: "Heading of a list of other stories",
    re: /^(?:related(?: articles?| stories| posts| coverage| content| news| reading)?|you may (?:also )?like|you might (?:also )?like|recommended(?: for you| stories| articles)?|more stories|more from [\p{L}\p{N} '-]{1,40}|most (?:read|popular|viewed)|trending(?: now| stories)?|read next)\s*:?$/iu,
    action: "end-article",
  },
  {
    id: "link-prompt",
    description: "Inline link to another story",
    re: /^(?:related|read more|read also|also read|see also|more on this|watch|listen|recommended)\s*:/i,
    action: "drop-line",
  },
  {
    id: "share",
    description: "Share buttons",
    re: /^(?:share(?: this(?: article| story| post)?| on [\p{L} ]{1,30}| via [\p{L} ]{1,30}| article)?|tweet|email|print|copy link)\s*:?$/iu,
    action: "drop-line",
  },
  {
    id: "subscribe",
    description: "Subscribe and newsletter prompts",
    re: /^(?:subscribe\b.{0,160}|sign up\b.{0,160}|.{0,120}\b(?:subscribe|sign up)\b.{0,60}\b(?:newsletter|updates|inbox|alerts|channel)\b.{0,60})$/i,
    action: "drop-line",
  },
  {
    id: "follow",
    description: "Social follow prompts and click-through prompts",
    re: /^(?:follow (?:us|@)|click here\b|tap here\b|download (?:our|the) app\b).{0,160}$/i,
    action: "drop-line",
  },
  {
    id: "comment-form-fields",
    description: "Comment form field labels",
    re: /^(?:name|email|e-mail|website|comment|post comment|submit|required fields are marked.*|save my name, email, and website.*)\s*\*?$/i,
    action: "drop-line",
  },
  {
    id: "copyright",
    description: "Copyright lines",
    re: /^(?:©|copyright\b|\(c\)\s).{0,160}$|^.{0,160}\ball rights reserved\.?$/i,
    action: "drop-line",
  },
  {
    id: "byline",
    description: 'Byline: By + names only ("By Maziar Motamedi", "By Jane Doe and John Roe, Reuters")',
    re: /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|da|van|von|al|bin))*(?:\s*[,|–—-]\s*\p{Lu}[\p{L} .'’-]{0,40})?$/u,
    action: "drop-line",
  },
  {
    id: "reading-aids",
    description: "Audio and reading-time widgets",
    re: /^(?:listen to this article|listen(?:\s*\(\d+ min\))?|\d+\s*min(?:ute)?s?(?: read| listen)?|save articles? to read later.*|reading time:?.{0,20})$/i,
    action: "drop-line",
  },
  {
    id: "advertisement",
    description: "Advertisement slots",
    re: /^(?:advertisement|advertisment|sponsored(?: content)?|scroll to continue(?: with content)?|story continues below(?: advertisement)?)$/i,
    action: "drop-line",
  },
];

/** The rule a line matches, if any. */
export function matchBoilerplate(line: string): BoilerplateRule | null {
  const s = line.trim();
  if (s.length > 300) return null;
  return BOILERPLATE_RULES.find((r) => r.re.test(s)) ?? null;
}

/**
 * Outlet stated by a "Source: X" / "Sources: X and agencies" line: the known outlet it names, else the short
 * capitalised name as written. Null when the line is not such a statement.
 */
export function parseSourceLine(line: string): string | null {
  const m = /^(?:source|sources|via)\s*[:\-–—]\s*(.{2,80})$/i.exec(line.trim());
  if (!m) return null;
  const value = m[1].trim().replace(/[.;]+$/, "");
  const exact = normaliseOutlet(value);
  if (exact) return exact;
  const hits = findOutlets(value).filter((h) => isNewsOutlet(h.name));
  if (hits.length > 0) return hits[0].name;
  const words = value.split(/\s+/);
  if (words.length <= 6 && /^\p{Lu}/u.test(value)) return value;
  return null;
}
