import { normalizeBase } from "../i18n/urls.ts";

/**
 * Deployment settings from the environment, so one build can be served at a
 * domain root or under a sub-path:
 *   SITE_URL   origin used for canonical URLs and the sitemap (default http://localhost:4321)
 *   BASE_PATH  sub-path the site is served from (default /)
 *   SITE_PRODUCTION=1  a build for deployment (`npm run build -- --production`
 *              or NODE_ENV=production npm run build): SITE_URL is then required
 *   SITE_LOCAL=1       a build to look at on this machine (`npm start`): no QR codes
 */
export const LOCAL_SITE = "http://localhost:4321";

export const MISSING_SITE_URL =
  "A production build needs SITE_URL, the origin the site is served from, e.g. " +
  "SITE_URL=https://reports.example.org npm run build -- --production. Without it every canonical " +
  `link, link preview, citation and QR code would point at ${LOCAL_SITE}.`;

export function siteConfig(env: Record<string, string | undefined>): { site: string; base: string; local: boolean } {
  if (env.SITE_PRODUCTION === "1" && !env.SITE_URL?.trim()) throw new Error(MISSING_SITE_URL);
  const site = (env.SITE_URL?.trim() || LOCAL_SITE).replace(/\/+$/, "");
  let parsed: URL;
  try {
    parsed = new URL(site);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org, got "${site}"`);
  }
  if (parsed.pathname !== "/") {
    throw new Error(`SITE_URL must be an origin without a path (put the path in BASE_PATH), got "${site}"`);
  }
  return { site, base: normalizeBase(env.BASE_PATH ?? "/"), local: !env.SITE_URL?.trim() };
}
