import { LOCALES, HTML_LANG } from "../i18n/locales.ts";
import { reportPaths } from "../reports/content.ts";
import { forumPaths } from "../forum/data.ts";
import { glossaryPaths } from "../glossary/routes.ts";
import { chartPaths } from "../charts/paths.ts";
import { organisationPaths } from "../organisations/routes.ts";
import { href } from "../lib/page-locale.ts";
import type { SitemapPage } from "../lib/sitemap.ts";

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
  return paths.map((path) => ({
    alternates: {
      ...Object.fromEntries(LOCALES.map((l) => [HTML_LANG[l], new URL(href(`/${l}/${path}`), site).href])),
      // The root chooses a language: it is the x-default of the home pages, and listed with them.
      ...(path === "" ? { "x-default": new URL(href("/"), site).href } : {}),
    },
  }));
}
