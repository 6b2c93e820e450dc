import { LOCALES, HTML_LANG } from "../i18n/locales.ts";
import { chapterPath, localePath } from "../i18n/urls.ts";
import { getChapters, getReports, parseChapterId } from "./content.ts";
import { href } from "./page-locale.ts";
import type { SitemapPage } from "./sitemap.ts";

/**
 * Every indexable page, as language-neutral path builders. The sitemap and the
 * tests' page list both come from here, so a new page type is checked as soon
 * as it is listed.
 */
export async function allPages(site: URL): Promise<SitemapPage[]> {
  const builders: ((lang: (typeof LOCALES)[number]) => string)[] = [
    (l) => localePath(l),
    (l) => localePath(l, "reports"),
  ];
  for (const report of await getReports()) {
    builders.push((l) => localePath(l, "reports", report.id));
    for (const c of await getChapters(report.id, "zh")) {
      const chapter = parseChapterId(c.id).chapter;
      builders.push((l) => chapterPath(l, report.id, chapter));
    }
  }
  return builders.map((build) => ({
    alternates: Object.fromEntries(LOCALES.map((l) => [HTML_LANG[l], new URL(href(build(l)), site).href])),
  }));
}
