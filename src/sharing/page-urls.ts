import { href } from "../lib/page-locale.ts";
import { previewImageFile } from "./image-path.ts";

/** Absolute canonical URL of a site path (already with base), e.g. Astro.url.pathname. */
export function absoluteUrl(pathWithBase: string, site: URL): string {
  return new URL(pathWithBase, site).href;
}

/** Absolute URL of the preview image of the page at this site path (with base). */
export function previewImageUrl(pathWithBase: string, site: URL): string {
  return new URL(href(previewImageFile(pathWithBase, import.meta.env.BASE_URL)), site).href;
}
