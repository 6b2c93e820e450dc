import { localeFromPath, withBase } from "../i18n/urls.ts";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales.ts";

/** The language of the page being rendered, from its URL (/zh/… or /en/…). */
export function pageLocale(url: URL): Locale {
  return localeFromPath(url.pathname, import.meta.env.BASE_URL) ?? DEFAULT_LOCALE;
}

/** Prefix a site-absolute path with the configured base. */
export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}
