/**
 * Links between the pages of one document (chapters of a report, talks of an
 * event), resolved so that text moved onto another page still leads to the
 * right place.
 */
import type { DocumentLink } from "./types.ts";
import { SLUG_PATTERN as SLUG } from "../schemas/common.ts";

const ORIGIN = "https://site.invalid";

/**
 * Resolve `href`, found on the page at site path `fromPath`, against the
 * document whose pages sit under `documentPaths` (one per language, keyed by
 * language, each like "/kb/en/reports/x/"). Undefined for any other target.
 */
export function documentLink(
  href: string,
  fromPath: string,
  documentPaths: Readonly<Record<string, string>>,
): DocumentLink | undefined {
  let url: URL;
  try {
    url = new URL(href, ORIGIN + fromPath);
  } catch {
    return undefined;
  }
  if (url.origin !== ORIGIN) return undefined;
  for (const [lang, root] of Object.entries(documentPaths)) {
    if (!url.pathname.startsWith(root)) continue;
    const part = url.pathname.slice(root.length).replace(/\/$/, "");
    if (SLUG.test(part)) return { lang, part, hash: decodeURIComponent(url.hash.slice(1)) };
  }
  return undefined;
}

/** A relative link made site-absolute (so it survives a move to a deeper page); others unchanged. */
export function absoluteLink(href: string, fromPath: string): string {
  if (/^([a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(href)) return href;
  const url = new URL(href, ORIGIN + fromPath);
  return url.pathname + url.search + url.hash;
}
