/** Where the bibliography and its entries are (site-absolute paths, without the deployment base). */
import type { Locale } from "../i18n/locales.ts";
import { localePath } from "../i18n/urls.ts";

export function sourcesPath(lang: Locale): string {
  return localePath(lang, "sources");
}

/** An entry's anchor on the bibliography page. */
export function sourcePath(lang: Locale, id: string): string {
  return `${sourcesPath(lang)}#${id}`;
}

/** The files of the whole bibliography, in one language. */
export function exportPath(lang: Locale, format: "bib" | "json"): string {
  return `${sourcesPath(lang)}bibliography.${format}`;
}
