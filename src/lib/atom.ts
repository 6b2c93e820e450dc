/**
 * An Atom feed (RFC 4287) as a string. Dates are the content's own: a
 * YYYY or YYYY-MM date is dated to its first day, midnight UTC.
 */
import { escapeXml } from "./escape.ts";
import type { Locale } from "../i18n/locales.ts";
import { localePath } from "../i18n/urls.ts";

/** Site path (without base) of a language's feed: /zh/feed.xml. */
export const feedPath = (lang: Locale) => `${localePath(lang)}feed.xml`;

export interface AtomEntry {
  /** Absolute URL of the page: also the entry's id. */
  url: string;
  title: string;
  summary: string;
  /** YYYY[-MM[-DD]]. */
  date: string;
  authors: readonly string[];
}

export interface AtomFeed {
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the site's home page in this language. */
  home: string;
  title: string;
  subtitle: string;
  /** BCP 47 language of the feed. */
  lang: string;
  entries: readonly AtomEntry[];
}

/** "2024-01" → "2024-01-01T00:00:00Z". */
export function atomDate(date: string): string {
  const [y, m = "01", d = "01"] = date.split("-");
  if (!/^\d{4}$/.test(y ?? "") || !/^\d{2}$/.test(m) || !/^\d{2}$/.test(d))
    throw new Error(`feed date "${date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  return `${y}-${m}-${d}T00:00:00Z`;
}

export function atomXml(feed: AtomFeed): string {
  const e = escapeXml;
  const entries = [...feed.entries].sort((a, b) => b.date.localeCompare(a.date));
  const updated = entries[0] ? atomDate(entries[0].date) : "1970-01-01T00:00:00Z";
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.lang)}">`,
    `  <id>${e(feed.self)}</id>`,
    `  <title>${e(feed.title)}</title>`,
    `  <subtitle>${e(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(feed.home)}"/>`,
    `  <updated>${updated}</updated>`,
    ...entries.map((x) =>
      [
        "  <entry>",
        `    <id>${e(x.url)}</id>`,
        `    <title>${e(x.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${e(x.url)}"/>`,
        `    <published>${atomDate(x.date)}</published>`,
        `    <updated>${atomDate(x.date)}</updated>`,
        ...x.authors.map((a) => `    <author><name>${e(a)}</name></author>`),
        `    <summary>${e(x.summary)}</summary>`,
        "  </entry>",
      ].join("\n"),
    ),
    "</feed>",
    "",
  ].join("\n");
}
