import type { Locale } from "../i18n/locales.ts";

/**
 * The first sentence of a text, for one-line summaries (the glossary index and
 * popovers, the home page's document cards): up to the first 。！？ in Chinese,
 * or ". " before a capital in English. Nothing is cut mid-sentence.
 */
export function firstSentence(text: string, lang: Locale): string {
  const m = lang === "zh" ? /^.+?[。！？]/u.exec(text) : /^.+?[.!?](?=\s+[A-Z“"(]|$)/u.exec(text);
  return m ? m[0] : text;
}
