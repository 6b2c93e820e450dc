/** The folders of a report's or an event's pages in each language, for the link rewriting (page-links.ts). */
import { LOCALES } from "../i18n/locales.ts";
import { localePath } from "../i18n/urls.ts";
import { href } from "../lib/page-locale.ts";
import type { DocumentPaths } from "./page-links.ts";

export function reportDocument(report: string, slug: string): DocumentPaths {
  return { roots: Object.fromEntries(LOCALES.map((l) => [l, href(localePath(l, "reports", report))])), slug };
}

export function eventDocument(event: string, slug: string): DocumentPaths {
  return { roots: Object.fromEntries(LOCALES.map((l) => [l, href(localePath(l, "forum", event))])), slug };
}
