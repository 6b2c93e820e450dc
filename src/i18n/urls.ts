import { isLocale, type Locale } from "./locales.ts";

/**
 * URL helpers. Every internal link goes through these so the site can be
 * deployed under a sub-path (BASE_PATH) with every link intact. Paths always
 * end in "/" (directory-style pages) unless they point at a file.
 */

/** "/kb" or "/kb/" or "" → "/kb/"; "/" stays "/". */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/** Prefix a site-absolute path ("/zh/…") with the deployment base. */
export function withBase(path: string, base: string): string {
  const b = normalizeBase(base);
  return b + path.replace(/^\/+/, "");
}

/** Site-absolute path of a page: localePath("zh", "reports", "x") → "/zh/reports/x/". */
export function localePath(lang: Locale, ...segments: string[]): string {
  const rest = segments.filter(Boolean).map((s) => s.replace(/^\/+|\/+$/g, ""));
  return `/${[lang, ...rest].join("/")}/`;
}

/** Path of a report chapter, optionally with a #section. */
export function chapterPath(lang: Locale, report: string, chapter: string, section?: string): string {
  return localePath(lang, "reports", report, chapter) + (section ? `#${section}` : "");
}

/** Split "path?query#hash" into its parts. */
function splitUrl(url: string): { path: string; rest: string } {
  const i = url.search(/[?#]/);
  return i === -1 ? { path: url, rest: "" } : { path: url.slice(0, i), rest: url.slice(i) };
}

/** The locale a pathname belongs to, given the deployment base; undefined outside /zh/ and /en/. */
export function localeFromPath(pathname: string, base: string): Locale | undefined {
  const b = normalizeBase(base);
  const { path } = splitUrl(pathname);
  if (!path.startsWith(b)) return undefined;
  const first = path.slice(b.length).split("/")[0];
  return isLocale(first) ? first : undefined;
}

/**
 * The same page in another language: swaps the locale segment and keeps the
 * rest of the path, the ?query and the #hash. Slugs and section ids are
 * identical in both languages, so this is all a language switch needs.
 */
export function switchLocale(url: string, target: Locale, base: string): string {
  const b = normalizeBase(base);
  const { path, rest } = splitUrl(url);
  const current = localeFromPath(path, b);
  if (!current) return withBase(`/${target}/`, b) + rest;
  const tail = path.slice(b.length + current.length);
  return b + target + (tail || "/") + rest;
}
