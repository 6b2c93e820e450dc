/** The bibliography's order: newest year first, undated last, then by English title. Pure. */
import type { Source, SourceText } from "../schemas/sources.ts";
import type { Locale } from "../i18n/locales.ts";

/** The text of a field in one language. */
export function textIn(t: SourceText, lang: Locale): string;
export function textIn(t: SourceText | undefined, lang: Locale): string | undefined;
export function textIn(t: SourceText | undefined, lang: Locale): string | undefined {
  return t === undefined ? undefined : typeof t === "string" ? t : t[lang];
}

export function compareEntries(a: Source, b: Source): number {
  const ya = a.year ?? 0;
  const yb = b.year ?? 0;
  if (ya !== yb) return yb - ya;
  const ta = textIn(a.title, "en").toLowerCase();
  const tb = textIn(b.title, "en").toLowerCase();
  return ta < tb ? -1 : ta > tb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortEntries(entries: readonly Source[]): Source[] {
  return [...entries].sort(compareEntries);
}
