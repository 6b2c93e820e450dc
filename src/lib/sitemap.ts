/**
 * sitemap.xml with hreflang alternates: every page is listed once per language
 * and names its counterpart, so search engines pair the two editions.
 */
import { escapeXml } from "./escape.ts";

export interface SitemapPage {
  /** Absolute URLs of the same page in each language, keyed by hreflang tag. */
  alternates: Readonly<Record<string, string>>;
  /** When its content last changed (YYYY, YYYY-MM or YYYY-MM-DD): the same for each language's URL. */
  lastmod?: string;
}

export function sitemapXml(pages: readonly SitemapPage[]): string {
  const urls = pages.flatMap((page) => {
    const links = Object.entries(page.alternates)
      .map(([lang, url]) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(url)}"/>`)
      .join("\n");
    const lastmod = page.lastmod ? `\n    <lastmod>${escapeXml(page.lastmod)}</lastmod>` : "";
    return Object.values(page.alternates).map(
      (loc) => `  <url>\n    <loc>${escapeXml(loc)}</loc>${lastmod}\n${links}\n  </url>`,
    );
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}
