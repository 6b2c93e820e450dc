/** The EPUB edition of a document (written by scripts/postbuild/epub/): its address and how its size reads. */
import type { Locale } from "../i18n/locales.ts";
import { localePath } from "../i18n/urls.ts";

/** /en/reports/x/x-en.epub (a site path without the base). */
export function epubPath(segment: "reports" | "forum", lang: Locale, id: string): string {
  return `${localePath(lang, segment, id)}${id}-${lang}.epub`;
}

/** A file size for readers: "412 KB", "1.2 MB" (decimal units, as file managers show them). */
export function formatFileSize(bytes: number, lang: Locale): string {
  const tag = lang === "zh" ? "zh-CN" : "en-GB";
  if (bytes < 1_000_000) {
    return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1000)))} KB`;
  }
  return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(bytes / 1_000_000)} MB`;
}
