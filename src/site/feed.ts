/**
 * The Atom feed of one language: every published document (report or forum
 * event), dated by its source's date. The content records no dates for later
 * corrections or translations, so the feed does not invent any.
 */
import { HTML_LANG, type Locale } from "../i18n/locales.ts";
import { localePath } from "../i18n/urls.ts";
import { t } from "../i18n/t.ts";
import { href } from "../lib/page-locale.ts";
import { atomXml, feedPath, type AtomEntry } from "../lib/atom.ts";
import { getReports } from "../reports/content.ts";
import { publishedEvents } from "../forum/data.ts";
import { forumPath } from "../forum/urls.ts";

export async function feedXml(lang: Locale, site: URL): Promise<string> {
  const abs = (path: string) => new URL(href(path), site).href;
  const reports: AtomEntry[] = (await getReports()).map(({ id, data: r }) => ({
    url: abs(localePath(lang, "reports", id)),
    title: r.title[lang],
    summary: r.abstract[lang],
    date: r.date,
    authors: r.citation.authors.map((a) => ("organisation" in a ? a.organisation[lang] : `${a.given} ${a.family}`)),
  }));
  const events: AtomEntry[] = (await publishedEvents()).map(({ id, data: e }) => ({
    url: abs(forumPath(lang, id)),
    title: e.title[lang],
    summary: e.introduction[0]![lang],
    date: e.date,
    // An organiser we only infer is not named as the author.
    authors: e.organiser.inferred ? [] : [e.organiser.name[lang]],
  }));
  return atomXml({
    self: abs(feedPath(lang)),
    home: abs(localePath(lang)),
    title: t(lang, "site.name"),
    subtitle: t(lang, "feed.subtitle"),
    lang: HTML_LANG[lang],
    entries: [...reports, ...events],
  });
}
