/**
 * Grouping glossary terms by initial for the index pages: Chinese names by the
 * first letter of their pinyin (pinyin-pro reads the whole name, so a
 * polyphonic character gets its reading in context), English names by their
 * first letter. Anything else goes under "#".
 */
import { pinyin } from "pinyin-pro";
import type { Locale } from "../i18n/locales.ts";

/** The pinyin of a Chinese name without tones, syllables joined by spaces ("shi kong"); Latin letters pass through. */
export function pinyinOf(name: string): string {
  return pinyin(name, { toneType: "none", nonZh: "consecutive", v: true }).toLowerCase();
}

/** Sort key: pinyin for Chinese, the name itself for English. */
export function sortKey(name: string, lang: Locale): string {
  return (lang === "zh" ? pinyinOf(name) : name).toLowerCase().replace(/[^a-z0-9 ]/g, "");
}

/** "A"–"Z", or "#" for a name that starts with neither a letter nor a Han character. */
export function initialOf(name: string, lang: Locale): string {
  const first = sortKey(name, lang).trim()[0]?.toUpperCase() ?? "#";
  return /[A-Z]/.test(first) ? first : "#";
}

export interface InitialGroup<T> {
  initial: string;
  items: T[];
}

/** Items grouped by initial, groups A–Z then "#", items in order of their sort key. */
export function groupByInitial<T>(items: readonly T[], nameOf: (item: T) => string, lang: Locale): InitialGroup<T>[] {
  const keyed = items.map((item) => ({
    item,
    key: sortKey(nameOf(item), lang),
    initial: initialOf(nameOf(item), lang),
  }));
  keyed.sort((a, b) => a.key.localeCompare(b.key, "en") || nameOf(a.item).localeCompare(nameOf(b.item), lang));
  const groups = new Map<string, T[]>();
  for (const k of keyed) groups.set(k.initial, [...(groups.get(k.initial) ?? []), k.item]);
  return [...groups.entries()]
    .sort(([a], [b]) => (a === "#" ? 1 : b === "#" ? -1 : a.localeCompare(b)))
    .map(([initial, items]) => ({ initial, items }));
}
