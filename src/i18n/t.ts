import type { Locale } from "./locales.ts";
import { zh, type UiKey } from "./strings/zh.ts";
import { en } from "./strings/en.ts";
import { fillTemplate } from "./fill.ts";

const STRINGS: Readonly<Record<Locale, Readonly<Record<UiKey, string>>>> = { zh, en };

/** Look up a UI string and fill {placeholders}. An unknown placeholder is left visible. */
export function t(lang: Locale, key: UiKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return fillTemplate(STRINGS[lang][key], vars);
}

export type { UiKey };
