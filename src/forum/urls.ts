import type { Locale } from "../i18n/locales.ts";
import { localePath } from "../i18n/urls.ts";

/** Site-absolute path of an event page, or of one of its talks (optionally at a paragraph): /zh/forum/waic-2024/<talk>/#p-3. */
export function forumPath(lang: Locale, event: string, talk?: string, paragraph?: number): string {
  return localePath(lang, "forum", event, talk ?? "") + (talk && paragraph ? `#p-${paragraph}` : "");
}

/** Site-absolute path of the speakers list, or of one person's page. */
export function speakerPath(lang: Locale, id?: string): string {
  return localePath(lang, "speakers", id ?? "");
}

/** "09:05 - 09:25" as printed → "09:05–09:25" for display. */
export function displayTime(time: string): string {
  return timeRange(time).join("–");
}

/** "09:05 - 09:25" → ["09:05", "09:25"]. */
export function timeRange(time: string): string[] {
  return time.split(/\s*-\s*/);
}
