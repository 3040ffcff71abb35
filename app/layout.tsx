// Root layout: header navigation shared by every page.
import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: "Newsgraph",
  description: "Knowledge-graph explorer for news: entities, relations and the sentences that state them.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            Newsgraph
          </Link>
          <nav>
            <Link href="/">Graph</Link>
            <Link href="/query">Query</Link>
            <Link href="/stats">Stats</Link>
            <Link href="/corrections">Corrections</Link>
            <Link href="/upload">Upload</Link>
          </nav>
        </header>
        <main className="site-main">{children}</main>
      </body>
    </html>
  );
}
