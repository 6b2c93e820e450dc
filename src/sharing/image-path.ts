import { normalizeBase } from "../i18n/urls.ts";

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/**
 * Where a page's preview image lives, relative to the site root (and to the
 * output directory): one PNG per page, named after the page's path, so the
 * address is stable and readable.
 *   "/kb/zh/reports/x/" with base "/kb/" → "og/zh/reports/x.png"
 *   "/" → "og/index.png";  "/404.html" → "og/404.png"
 */
export function previewImageFile(pathname: string, base: string): string {
  const b = normalizeBase(base);
  let path = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, "");
  path = path
    .replace(/(^|\/)index\.html$/, "$1")
    .replace(/\.html$/, "")
    .replace(/\/+$/, "");
  return `og/${path || "index"}.png`;
}
