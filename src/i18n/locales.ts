/** The site's languages. Chinese is the source language and the default. */
export const LOCALES = ["zh", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh";

/** BCP 47 tags for <html lang> and hreflang. */
export const HTML_LANG: Readonly<Record<Locale, string>> = { zh: "zh-CN", en: "en" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function otherLocale(lang: Locale): Locale {
  return lang === "zh" ? "en" : "zh";
}

/**
 * Pick a site language from the browser's preference list (navigator.languages):
 * the first entry whose primary subtag we publish, else the default.
 */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split("-")[0];
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}
