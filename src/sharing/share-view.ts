import { isLocale, type Locale } from "../i18n/locales.ts";

/**
 * The share view of a page lives under /{lang}/share/ with the rest of the
 * page's path: /zh/forum/waic-2024/x/ → /zh/share/forum/waic-2024/x/.
 * Paths are site-absolute, without the deployment base.
 */
export function shareViewPath(pagePath: string): string {
  const [, lang, ...rest] = pagePath.split("/");
  if (!isLocale(lang)) throw new Error(`not a page path with a language: "${pagePath}"`);
  return `/${lang}/share/${rest.join("/")}`;
}

/** The inverse: the page a share view is for. */
export function pageOfShareView(sharePath: string): string {
  const m = /^\/(zh|en)\/share\/(.*)$/.exec(sharePath);
  if (!m) throw new Error(`not a share view path: "${sharePath}"`);
  return `/${m[1]}/${m[2]}`;
}

/** One page that has a share view: what the venue screen or handout shows. */
export interface ShareTarget {
  lang: Locale;
  /** Site-absolute path of the page, without base: "/zh/forum/waic-2024/x/". */
  path: string;
  /** The event or document the page belongs to. */
  context?: string;
  title: string;
  /** Who is speaking, with affiliation where the sources give one. */
  people: { name: string; affiliation?: string }[];
}
