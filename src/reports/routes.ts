import { LOCALES, type Locale } from "../i18n/locales.ts";
import { localePath } from "../i18n/urls.ts";
import { href } from "../lib/page-locale.ts";

/** One static path per language. */
export function localeStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

export function reportHref(lang: Locale, report: string): string {
  return href(localePath(lang, "reports", report));
}
