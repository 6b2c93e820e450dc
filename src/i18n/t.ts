import type { Locale } from "./locales.ts";
import { zh, type UiKey } from "./strings/zh.ts";
import { en } from "./strings/en.ts";

const STRINGS: Readonly<Record<Locale, Readonly<Record<UiKey, string>>>> = { zh, en };

/** Look up a UI string and fill {placeholders}. An unknown placeholder is left visible. */
export function t(lang: Locale, key: UiKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in vars ? String(vars[name]) : m,
  );
}

export type { UiKey };
