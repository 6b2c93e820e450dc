/** Addresses of the parallel views and one-page editions (site paths, without the base). */
import type { Locale } from "../i18n/locales.ts";
import { localePath } from "../i18n/urls.ts";

/** The parallel view of a page: "/en/reports/x/risks/" → "/en/reports/x/risks/parallel/". */
export function parallelOf(pagePath: string): string {
  return `${pagePath.replace(/\/?$/, "/")}parallel/`;
}

/** The normal page of a parallel view (the inverse of parallelOf). */
export function pageOfParallel(parallelPath: string): string {
  return parallelPath.replace(/parallel\/$/, "");
}

/** The one-page edition of a report. */
export function reportOnePagePath(lang: Locale, report: string): string {
  return localePath(lang, "reports", report, "all");
}

/** The one-page edition of a forum event's transcripts. */
export function eventOnePagePath(lang: Locale, event: string): string {
  return localePath(lang, "forum", event, "all");
}
