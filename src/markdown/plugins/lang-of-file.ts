import { isLocale, type Locale } from "../../i18n/locales.ts";

/** The language of a content file from its path: …/<report>/<lang>/<chapter>.mdx. */
export function langOfFile(path: string | undefined): Locale {
  const parts = (path ?? "").split(/[\\/]/);
  const lang = parts[parts.length - 2];
  if (!isLocale(lang)) throw new Error(`${path}: content files must live in a zh/ or en/ folder`);
  return lang;
}
