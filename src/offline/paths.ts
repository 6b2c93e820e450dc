/**
 * Where the offline pieces live and what their caches are called. Shared by the
 * build (scripts/postbuild/offline/), the service worker and the page scripts,
 * so the three agree on every name. Paths are site-absolute without the base;
 * callers add it (withBase).
 */
import type { Locale } from "../i18n/locales.ts";

/** The service worker, at the root of the deployment so its scope is the whole site. */
export const SW_PATH = "/sw.js";
/** The bilingual page shown for a page that is neither on the network nor saved. */
export const OFFLINE_PATH = "/offline/";
/** Install icons drawn from the favicon at build time, by size in pixels. */
export const ICON_SIZES = [192, 512] as const;
export const iconPath = (size: number, maskable = false) => `/icons/${maskable ? "maskable" : "icon"}-${size}.png`;

/** The web app manifest of one language. */
export const manifestPath = (lang: Locale) => `/${lang}/manifest.webmanifest`;

/**
 * A document that can be saved: a report or a forum event, named by its folder
 * under /{lang}/ ("reports/<id>" or "forum/<event>").
 */
export type DocKey = `reports/${string}` | `forum/${string}`;

/** The build-time list of one document's files in one language (an OfflinePack). */
export const packPath = (lang: Locale, doc: DocKey) => `/offline/packs/${lang}/${doc}.json`;

/** Caches the service worker fills as the reader browses. */
export const CACHES = { pages: "kb-pages", assets: "kb-assets", search: "kb-search" } as const;

const SAVED = "kb-saved:";
/** The cache holding one saved document in one language. */
export const savedCacheName = (lang: Locale, doc: DocKey) => `${SAVED}${lang}:${doc}`;

/** The language and document of a saved cache's name; undefined for any other cache. */
export function parseSavedCacheName(name: string): { lang: Locale; doc: DocKey } | undefined {
  const m = /^kb-saved:(zh|en):((?:reports|forum)\/[a-z0-9][a-z0-9-]*)$/.exec(name);
  return m ? { lang: m[1] as Locale, doc: m[2] as DocKey } : undefined;
}
