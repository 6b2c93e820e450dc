import { getCollection, getEntry, type CollectionEntry } from "astro:content";
import type { Locale } from "../i18n/locales.ts";

export type ChapterEntry = CollectionEntry<"chapters">;
export type ReportEntry = CollectionEntry<"reports">;

/** "<report>/<lang>/<chapter>" → its parts. */
export function parseChapterId(id: string): { report: string; lang: Locale; chapter: string } {
  const [report, lang, chapter] = id.split("/");
  if (!report || (lang !== "zh" && lang !== "en") || !chapter) {
    throw new Error(`Unexpected chapter id "${id}": expected <report>/<zh|en>/<chapter>`);
  }
  return { report, lang, chapter };
}

export async function getReports(): Promise<ReportEntry[]> {
  const reports = await getCollection("reports");
  return reports.sort((a, b) => b.data.date.localeCompare(a.data.date));
}

/** A report's chapters in one language, in reading order. */
export async function getChapters(report: string, lang: Locale): Promise<ChapterEntry[]> {
  const all = await getCollection("chapters", (c) => {
    const p = parseChapterId(c.id);
    return p.report === report && p.lang === lang;
  });
  return all.sort((a, b) => a.data.order - b.data.order);
}

export async function getContributors(report: string) {
  return getEntry("contributors", report);
}

/** The label used in navigation: shortTitle when the full title is long. */
export function navTitle(chapter: ChapterEntry): string {
  return chapter.data.shortTitle ?? chapter.data.title;
}

/**
 * Language-neutral paths of every report page: "reports/<report>/" and
 * "reports/<report>/<chapter>/". Chapters exist in both languages (the content
 * check enforces it), so the Chinese list stands for both.
 */
export async function reportPaths(): Promise<string[]> {
  const paths: string[] = [];
  for (const report of await getReports()) {
    paths.push(`reports/${report.id}/`);
    for (const c of await getChapters(report.id, "zh"))
      paths.push(`reports/${report.id}/${parseChapterId(c.id).chapter}/`);
  }
  return paths;
}
