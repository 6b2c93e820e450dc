import { HTML_LANG, otherLocale, type Locale } from "../i18n/locales.ts";
import { switchLocale } from "../i18n/urls.ts";

/** The same page in the other language: its locale, hreflang tag and path. */
export function counterpart(url: URL, lang: Locale): { lang: Locale; hreflang: string; href: string } {
  const other = otherLocale(lang);
  return { lang: other, hreflang: HTML_LANG[other], href: switchLocale(url.pathname, other, import.meta.env.BASE_URL) };
}
