/**
 * HTML pages → article text with htmlparser2: scripts, styles, navigation, header/footer/aside and forms are
 * dropped; <article> (or <main>) is preferred over the whole body; block elements become paragraphs; entities are
 * decoded by the parser; <figcaption> becomes a caption; the title comes from <h1>, else <title>.
 */
import { parseDocument } from "htmlparser2";
import type { ArticleDraft, SplitMode } from "./types";
import { cleanBody } from "./body";
import { dedupeCaptions } from "./captions";
import { firstSentenceTitle } from "./headline";
import { findDates } from "./date";
import { squashSpaces } from "./normalise";
import { normaliseOutlet } from "./outlets";

/** The parts of a DOM node this reader uses (htmlparser2/domhandler nodes have these fields). */
interface HtmlNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: HtmlNode[];
  parent?: HtmlNode | null;
}

export interface HtmlArticle {
  title: string;
  paragraphs: string[];
  captions: string[];
  /** ISO date from <meta property="article:published_time"> or the story's first <time datetime>, else null. */
  publishedDate: string | null;
  /** Known outlet named by <meta property="og:site_name">, else null. */
  siteOutlet: string | null;
}

/** Elements whose content is never article text. */
const DROPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "iframe",
  "svg",
  "button",
  "select",
  "input",
  "textarea",
  "canvas",
  "object",
  "embed",
  "menu",
  "dialog",
  "head",
]);
const DROPPED_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "search", "menu", "dialog"]);
/** Elements that end a paragraph. */
const BLOCKS = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "blockquote",
  "pre",
  "table",
  "tr",
  "td",
  "th",
  "dd",
  "dt",
  "dl",
  "figure",
  "figcaption",
  "address",
  "hr",
  "br",
  "center",
  "details",
  "summary",
  "body",
  "html",
]);
/** An <article> with less text than this is a teaser card, not the story. */
const MIN_ARTICLE_CHARS = 200;

function isElement(n: HtmlNode): boolean {
  return n.type === "tag" || n.type === "script" || n.type === "style";
}

function isDropped(n: HtmlNode): boolean {
  if (!isElement(n)) return n.type === "comment" || n.type === "directive";
  const role = n.attribs?.role?.toLowerCase();
  return (
    DROPPED.has(n.name ?? "") ||
    (role !== undefined && DROPPED_ROLES.has(role)) ||
    n.attribs?.hidden !== undefined ||
    n.attribs?.["aria-hidden"] === "true"
  );
}

function findAll(root: HtmlNode, test: (n: HtmlNode) => boolean, skip: (n: HtmlNode) => boolean = () => false) {
  const out: HtmlNode[] = [];
  const walk = (n: HtmlNode) => {
    if (skip(n)) return;
    if (isElement(n) && test(n)) out.push(n);
    n.children?.forEach(walk);
  };
  walk(root);
  return out;
}

function textOf(n: HtmlNode): string {
  if (n.type === "text") return n.data ?? "";
  if (n.type === "script" || n.type === "style") return "";
  return (n.children ?? []).map(textOf).join("");
}

/** Title from <title>: "Headline | Site" → "Headline". */
function cleanDocumentTitle(title: string): string {
  const parts = squashSpaces(title).split(/\s+[|–—]\s+|\s+-\s+/);
  return parts[0] && parts[0].split(" ").length >= 3 ? parts[0] : squashSpaces(title);
}

/** Walk one root, collecting paragraphs and figure captions; the headline <h1> itself is skipped. */
function collect(root: HtmlNode, title: string): { paragraphs: string[]; captions: string[] } {
  const paragraphs: string[] = [];
  const captions: string[] = [];
  let buffer = "";
  let titleSkipped = false;
  const flush = () => {
    const p = squashSpaces(buffer);
    if (p !== "") paragraphs.push(p);
    buffer = "";
  };
  const walk = (n: HtmlNode) => {
    if (isDropped(n)) return;
    if (n.type === "text") {
      buffer += n.data ?? "";
      return;
    }
    const name = n.name ?? "";
    if (name === "figcaption") {
      flush();
      const c = squashSpaces(textOf(n));
      if (c !== "") captions.push(c);
      return;
    }
    if (name === "h1" && !titleSkipped && squashSpaces(textOf(n)) === title) {
      titleSkipped = true;
      flush();
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    n.children?.forEach(walk);
    if (block) flush();
  };
  walk(root);
  flush();
  return { paragraphs, captions };
}

/** The subtrees holding the story: the <article>s with real text, else <main>, else <body>, else the page. */
function storyRoots(doc: HtmlNode, mode: SplitMode): HtmlNode[] {
  const articles = findAll(doc, (n) => n.name === "article", isDropped).filter(
    (a) => squashSpaces(textOf(a)).length >= MIN_ARTICLE_CHARS,
  );
  // Nested <article>s (comments inside a story) belong to their outer article.
  const outer = articles.filter((a) => !articles.some((b) => b !== a && contains(b, a)));
  if (outer.length > 1 && mode === "auto") return outer;
  if (outer.length >= 1) return [outer.reduce((a, b) => (textOf(b).length > textOf(a).length ? b : a))];
  const main = findAll(doc, (n) => n.name === "main" || n.attribs?.role === "main", isDropped)[0];
  if (main) return [main];
  return [findAll(doc, (n) => n.name === "body")[0] ?? doc];
}

function contains(ancestor: HtmlNode, node: HtmlNode): boolean {
  for (let p = node.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

const DATE_META = new Set(["article:published_time", "og:published_time", "date", "pubdate", "publishdate", "dc.date"]);

/** "2024-05-05T10:00:00Z" → "2024-05-05" when it is a real date. */
function isoDay(value: string | undefined): string | null {
  const m = /^((?:19|20)\d{2})-(\d{2})-(\d{2})/.exec(value?.trim() ?? "");
  return m ? (findDates(`${m[1]}-${m[2]}-${m[3]}`)[0]?.iso ?? null) : null;
}

function metaContent(doc: HtmlNode, test: (key: string) => boolean): string | undefined {
  const meta = findAll(doc, (n) => {
    if (n.name !== "meta") return false;
    const key = (n.attribs?.property ?? n.attribs?.name ?? n.attribs?.itemprop ?? "").toLowerCase();
    return test(key);
  })[0];
  return meta?.attribs?.content;
}

/** Read an HTML page into one article per story root (several only for several full <article>s in "auto"). */
export function readHtml(html: string, mode: SplitMode = "auto"): HtmlArticle[] {
  const doc = parseDocument(html) as unknown as HtmlNode;
  const pageTitle = findAll(doc, (n) => n.name === "title")[0];
  const fallbackTitle = pageTitle ? cleanDocumentTitle(textOf(pageTitle)) : "";
  const metaDate = isoDay(metaContent(doc, (k) => DATE_META.has(k) || k === "datepublished"));
  const siteName = metaContent(doc, (k) => k === "og:site_name");
  const siteOutlet = siteName ? normaliseOutlet(siteName) : null;
  return storyRoots(doc, mode).map((root) => {
    const time = findAll(root, (n) => n.name === "time" && n.attribs?.datetime !== undefined)[0];
    const publishedDate = isoDay(time?.attribs?.datetime) ?? metaDate;
    // The headline may sit in the story's <header>, which is otherwise dropped.
    const h1 = findAll(root, (n) => n.name === "h1")[0] ?? findAll(doc, (n) => n.name === "h1", isDropped)[0];
    const title = h1 ? squashSpaces(textOf(h1)) : fallbackTitle;
    return { title, ...collect(root, title), publishedDate, siteOutlet };
  });
}

/** Article drafts of one HTML file: page furniture and "Source:" lines handled as for text files. */
export function htmlArticles(html: string, file: string, mode: SplitMode = "auto"): ArticleDraft[] {
  const drafts: ArticleDraft[] = [];
  for (const page of readHtml(html, mode)) {
    const body = cleanBody(page.paragraphs.map((p) => [p]));
    const text = body.paragraphs.join("\n\n");
    if (text === "") continue;
    drafts.push({
      title: page.title || firstSentenceTitle(text),
      text,
      captions: dedupeCaptions([...page.captions, ...body.captions]),
      statedSource: body.statedSource ?? page.siteOutlet,
      statedDate: body.statedDate ?? page.publishedDate,
      file,
      position: drafts.length,
    });
  }
  return drafts;
}
