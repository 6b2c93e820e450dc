import type { Locale } from "../i18n/locales.ts";

/** The first sentence of a definition, for the index ("…。" in Chinese, "…. " in English). */
export function firstSentence(text: string, lang: Locale): string {
  const m = lang === "zh" ? /^.+?[。！？]/u.exec(text) : /^.+?[.!?](?=\s+[A-Z“"(]|$)/u.exec(text);
  return m ? m[0] : text;
}
