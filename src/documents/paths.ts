/** Addresses of a document's pages, for either kind (site paths without the base, or hrefs with it). */
import { LOCALES, type Locale } from "../i18n/locales.ts";
import { localePath } from "../i18n/urls.ts";
import { href } from "../lib/page-locale.ts";
import { t } from "../i18n/t.ts";
import type { DocumentPaths } from "../editions/page-links.ts";
import { KINDS, type DocumentKind } from "./kinds.ts";

/** /zh/reports/x/ or /zh/forum/x/ (and a part below it). */
export function documentPath(kind: DocumentKind, lang: Locale, id: string, part?: string): string {
  return localePath(lang, KINDS[kind].segment, id, part ?? "");
}

/** The one-page edition: /zh/reports/x/all/. */
export function onePagePath(kind: DocumentKind, lang: Locale, id: string): string {
  return localePath(lang, KINDS[kind].segment, id, "all");
}

/** The document's folder in each language and the part the text comes from, for the link rewriting (editions/page-links.ts). */
export function documentPaths(kind: DocumentKind, id: string, slug: string): DocumentPaths {
  return { roots: Object.fromEntries(LOCALES.map((l) => [l, href(documentPath(kind, l, id))])), slug };
}

export interface Crumb {
  label: string;
  href: string;
}

/** Breadcrumbs down to the document's parent: Home (› Documents). */
export function trailTo(kind: DocumentKind, lang: Locale): Crumb[] {
  const listed = KINDS[kind].listedUnder;
  return [
    { label: t(lang, "nav.home"), href: href(localePath(lang)) },
    ...(listed ? [{ label: t(lang, listed), href: href(localePath(lang, KINDS[kind].segment)) }] : []),
  ];
}

/** Breadcrumbs down to the document itself: Home (› Documents) › its short title. */
export function trailThrough(kind: DocumentKind, lang: Locale, id: string, shortTitle: string): Crumb[] {
  return [...trailTo(kind, lang), { label: shortTitle, href: href(documentPath(kind, lang, id)) }];
}
