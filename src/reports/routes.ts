import { LOCALES, type Locale } from "../i18n/locales.ts";
import { getChapters, getReports, navTitle, parseChapterId, type ChapterEntry, type ReportEntry } from "./content.ts";
import { chapterPath, localePath } from "../i18n/urls.ts";
import { href } from "../lib/page-locale.ts";

/** One static path per language. */
export function localeStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

/** Report overview pages: /{lang}/reports/{report}/ */
export async function reportStaticPaths() {
  const reports = await getReports();
  return LOCALES.flatMap((lang) =>
    reports.map((report) => ({ params: { lang, report: report.id }, props: { report } })),
  );
}

export interface ChapterPageProps {
  report: ReportEntry;
  chapter: ChapterEntry;
  prev?: { label: string; href: string };
  next?: { label: string; href: string };
}

/** Chapter pages: /{lang}/reports/{report}/{chapter}/ with previous/next links. */
export async function chapterStaticPaths() {
  const reports = await getReports();
  const paths: { params: Record<string, string>; props: ChapterPageProps }[] = [];
  for (const report of reports) {
    for (const lang of LOCALES) {
      const chapters = await getChapters(report.id, lang);
      const link = (c: ChapterEntry | undefined) =>
        c && { label: navTitle(c), href: href(chapterPath(lang, report.id, parseChapterId(c.id).chapter)) };
      chapters.forEach((chapter, i) => {
        paths.push({
          params: { lang, report: report.id, chapter: parseChapterId(chapter.id).chapter },
          props: {
            report,
            chapter,
            prev: link(chapters[i - 1]),
            next: link(chapters[i + 1]),
          } satisfies ChapterPageProps,
        });
      });
    }
  }
  return paths;
}

export function reportHref(lang: Locale, report: string): string {
  return href(localePath(lang, "reports", report));
}
