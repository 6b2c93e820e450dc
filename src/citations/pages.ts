/**
 * Every citable page (report overviews, chapters, talks) in both languages,
 * with the work it cites: the source of the citation files and of the tests.
 */
import { LOCALES, type Locale } from "../i18n/locales.ts";
import { chapterPath, localePath } from "../i18n/urls.ts";
import { href } from "../lib/page-locale.ts";
import { buildDay } from "../lib/build-date.ts";
import { getChapters, getReports, parseChapterId } from "../reports/content.ts";
import { getSpeakers, getTalks, publishedEvents, talkSlug } from "../forum/data.ts";
import { forumPath } from "../forum/urls.ts";
import { chapterWork, reportWork, talkWork, type PageAddress } from "./from-content.ts";
import type { Report } from "../schemas/report.ts";
import { dateParts, type CitedWork } from "./work.ts";

export interface CitablePage {
  lang: Locale;
  /** Site path without base, e.g. "/en/reports/x/". */
  path: string;
  work: CitedWork;
}

/** The address part of a work for a page at this site path (without base). */
export function pageAddress(path: string, site: URL): PageAddress {
  return { url: new URL(href(path), site).href, accessed: dateParts(buildDay()) };
}

export async function citablePages(site: URL): Promise<CitablePage[]> {
  const pages: CitablePage[] = [];
  const add = (lang: Locale, path: string, work: (a: PageAddress) => CitedWork) =>
    pages.push({ lang, path, work: work(pageAddress(path, site)) });
  const people = await getSpeakers();
  for (const lang of LOCALES) {
    for (const report of await getReports()) {
      add(lang, localePath(lang, "reports", report.id), (a) => reportWork(report.data, lang, a));
      for (const c of await getChapters(report.id, lang)) {
        const id = parseChapterId(c.id).chapter;
        add(lang, chapterPath(lang, report.id, id), (a) =>
          chapterWork(report.data, { id, title: c.data.title }, lang, a),
        );
      }
    }
    for (const event of await publishedEvents())
      for (const talk of await getTalks(event.id, lang)) {
        const id = talkSlug(talk);
        add(lang, forumPath(lang, event.id, id), (a) => talkWork(event.data, { id, data: talk.data }, people, lang, a));
      }
  }
  return pages;
}

/** A report overview's citation (the overview and the one-page edition both cite the overview). */
export function reportCitation(report: { id: string; data: Report }, lang: Locale, site: URL): CitablePage {
  const path = localePath(lang, "reports", report.id);
  return { lang, path, work: reportWork(report.data, lang, pageAddress(path, site)) };
}
