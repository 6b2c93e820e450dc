import { LOCALES, HTML_LANG } from "../i18n/locales.ts";
import { reportPaths } from "../reports/content.ts";
import { forumPaths } from "../forum/data.ts";
import { glossaryPaths } from "../glossary/routes.ts";
import { chartPaths } from "../charts/paths.ts";
import { organisationPaths } from "../organisations/routes.ts";
import { href } from "../lib/page-locale.ts";
import type { SitemapPage } from "../lib/sitemap.ts";
import { gitFileDates } from "../lib/git-dates.ts";
import { getReports } from "../reports/content.ts";
import { publishedEvents } from "../forum/data.ts";
import { pageLastmods } from "./lastmod.ts";

/**
 * Every indexable page, as its URL in each language. The sitemap is built from
 * this list and the tests take their page list from the sitemap, so a page type
 * listed here is checked at once.
 */
export async function allPages(site: URL): Promise<SitemapPage[]> {
  const paths = [
    "",
    "reports/",
    ...(await reportPaths()),
    ...(await forumPaths()),
    ...glossaryPaths(),
    ...chartPaths(),
    "sources/",
    ...organisationPaths(),
  ];
  const documentDates = new Map<string, string>([
    ...(await getReports()).map((r) => [`reports/${r.id}`, r.data.date] as const),
    ...(await publishedEvents()).map((e) => [`forum/${e.id}`, e.data.date] as const),
  ]);
  const lastmods = pageLastmods(paths, gitFileDates(), documentDates);
  return paths.map((path) => ({
    ...(lastmods.get(path) ? { lastmod: lastmods.get(path) } : {}),
    alternates: {
      ...Object.fromEntries(LOCALES.map((l) => [HTML_LANG[l], new URL(href(`/${l}/${path}`), site).href])),
      // The root chooses a language: it is the x-default of the home pages, and listed with them.
      ...(path === "" ? { "x-default": new URL(href("/"), site).href } : {}),
    },
  }));
}
