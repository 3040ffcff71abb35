import { test } from "node:test";
import assert from "node:assert/strict";
import { htmlArticles, readHtml } from "./html";

const PAGE = `<!doctype html>
<html><head><title>Talks Resume in Geneva | Example News</title>
<style>p { color: red }</style><script>var tracking = "Reuters reported";</script></head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav><div>Site banner</div></header>
<aside><article><h2>Related story</h2><p>Something else entirely that is a teaser card only.</p></article></aside>
<main>
  <article>
    <header><h1>Talks Resume in Geneva</h1><p>By A. Writer</p></header>
    <figure><img src="x.jpg" alt="Delegates"><figcaption>Delegates arrive in Geneva, June 2, 2024. REUTERS/Denis Balibouse</figcaption></figure>
    <p>Delegates met on Monday &amp; agreed to &quot;keep talking&quot;, officials told Reuters.</p>
    <p>The next round is&nbsp;planned<br>for July.</p>
    <h2>What comes next</h2>
    <ul><li>First point</li><li>Second point</li></ul>
    <form><input name="email"><button>Subscribe</button></form>
    <p>Share this:</p>
  </article>
</main>
<footer><p>© 2024 Example News. All rights reserved.</p></footer>
</body></html>`;

test("HTML is reduced to the article: no script, style, nav, header, footer, aside or form text", () => {
  const [page] = readHtml(PAGE);
  assert.equal(page.title, "Talks Resume in Geneva");
  assert.deepEqual(page.captions, ["Delegates arrive in Geneva, June 2, 2024. REUTERS/Denis Balibouse"]);
  const text = page.paragraphs.join("\n\n");
  for (const junk of [
    "color: red",
    "tracking",
    "Home",
    "Site banner",
    "Related story",
    "By A. Writer",
    "©",
    "Subscribe",
  ]) {
    assert.ok(!text.includes(junk), `${junk} leaked`);
  }
  assert.ok(text.includes('Delegates met on Monday & agreed to "keep talking", officials told Reuters.'));
});

test("HTML article drafts: paragraphs as blank-line separated text, footer prompts dropped", () => {
  const [a] = htmlArticles(PAGE, "page.html");
  assert.equal(a.title, "Talks Resume in Geneva");
  assert.equal(
    a.text,
    [
      'Delegates met on Monday & agreed to "keep talking", officials told Reuters.',
      "The next round is\u00a0planned".replace("\u00a0", " "),
      "for July.",
      "What comes next",
      "First point",
      "Second point",
    ].join("\n\n"),
  );
  assert.equal(a.file, "page.html");
});

test("title falls back to <title> without an <h1>; <body> is used without <article>/<main>", () => {
  const html =
    "<html><head><title>Budget Vote Delayed Again - Daily Paper</title></head><body><div>Lawmakers delayed the vote.</div><div>Source: Reuters</div></body></html>";
  const [a] = htmlArticles(html, "b.html");
  assert.equal(a.title, "Budget Vote Delayed Again");
  assert.equal(a.text, "Lawmakers delayed the vote.");
  assert.equal(a.statedSource, "Reuters");
});

test("several full <article>s are several articles in auto mode, one in none mode", () => {
  const para = "This paragraph is long enough to count as real article text rather than a teaser card. ".repeat(3);
  const html = `<body><article><h1>First Story</h1><p>${para}</p></article><article><h1>Second Story</h1><p>${para} Two.</p></article></body>`;
  assert.deepEqual(
    htmlArticles(html, "m.html").map((a) => a.title),
    ["First Story", "Second Story"],
  );
  assert.equal(htmlArticles(html, "m.html", "none").length, 1);
});

test("publication date from <time datetime> or article:published_time; outlet from a known og:site_name", () => {
  const html = `<html><head><meta property="og:site_name" content="Al Jazeera"><meta property="article:published_time" content="2022-01-19T10:00:00Z"></head>
    <body><article><h1>Pact Signed</h1><p>Iran and Russia signed a pact.</p></article></body></html>`;
  const [a] = htmlArticles(html, "aj.html");
  assert.equal(a.statedDate, "2022-01-19");
  assert.equal(a.statedSource, "Al Jazeera");
  const withTime = html
    .replace("<h1>", '<time datetime="2022-01-20">Jan 20</time><h1>')
    .replace("Al Jazeera", "My Blog");
  const [b] = htmlArticles(withTime, "b.html");
  assert.equal(b.statedDate, "2022-01-20");
  assert.equal(b.statedSource, null);
});

test("a page with no text yields no article", () => {
  assert.deepEqual(htmlArticles("<html><body><nav>Menu</nav><script>x()</script></body></html>", "e.html"), []);
});
