/**
 * Markdown → plain text with the `marked` lexer: headings, emphasis and code marks are stripped, links keep their
 * text, images and raw HTML are dropped, each block becomes a paragraph. YAML front matter is removed, its
 * `title:` becomes the first line (the splitter then reads it as the headline).
 */
import { Lexer, type Token } from "marked";

/** Split off a leading YAML front-matter block; returns its title (if any) and the rest. */
function frontMatter(md: string): { title: string | null; body: string } {
  const m = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/.exec(md);
  if (!m) return { title: null, body: md };
  const t = /^title:\s*["']?(.+?)["']?\s*$/m.exec(m[1]);
  return { title: t ? t[1] : null, body: md.slice(m[0].length) };
}

/** Inline tokens → text. */
function inlineText(tokens: Token[] | undefined): string {
  if (!tokens) return "";
  return tokens
    .map((t) => {
      switch (t.type) {
        case "image":
        case "html":
          return "";
        case "br":
          return "\n";
        case "escape":
        case "codespan":
          return "text" in t ? String(t.text) : "";
        default:
          if ("tokens" in t && Array.isArray(t.tokens)) return inlineText(t.tokens as Token[]);
          return "text" in t ? String(t.text) : "";
      }
    })
    .join("");
}

/** Block tokens → paragraphs. */
function blockParagraphs(tokens: Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case "space":
      case "hr":
      case "html":
        break;
      case "heading":
      case "paragraph":
      case "text": {
        const text = "tokens" in t && t.tokens ? inlineText(t.tokens as Token[]) : String(t.text ?? "");
        const clean = text.replace(/[ \t]+\n/g, "\n").trim();
        if (clean !== "") out.push(clean);
        break;
      }
      case "blockquote":
        out.push(...blockParagraphs(t.tokens ?? []));
        break;
      case "list":
        for (const item of t.items ?? []) out.push(...blockParagraphs(item.tokens ?? []));
        break;
      case "code":
        if (String(t.text).trim() !== "") out.push(String(t.text));
        break;
      case "table":
        for (const row of [t.header, ...(t.rows ?? [])]) {
          out.push((row as { tokens: Token[] }[]).map((cell) => inlineText(cell.tokens)).join(" | "));
        }
        break;
      default:
        if ("text" in t && String(t.text).trim() !== "") out.push(String(t.text));
    }
  }
  return out;
}

/** Markdown source → plain text, paragraphs separated by blank lines. */
export function markdownToText(md: string): string {
  const { title, body } = frontMatter(md.replace(/\r\n?/g, "\n"));
  // Line breaks inside a paragraph are kept: the splitter tells wrapped lines from repeated caption lines.
  const paragraphs = blockParagraphs(new Lexer({ gfm: true }).lex(body));
  return [...(title ? [title] : []), ...paragraphs].join("\n\n");
}
