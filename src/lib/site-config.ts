import { normalizeBase } from "../i18n/urls.ts";

/**
 * Deployment settings from the environment, so one build can be served at a
 * domain root or under a sub-path:
 *   SITE_URL   origin used for canonical URLs and the sitemap (default http://localhost:4321)
 *   BASE_PATH  sub-path the site is served from (default /)
 */
export function siteConfig(env: Record<string, string | undefined>): { site: string; base: string } {
  const site = (env.SITE_URL ?? "http://localhost:4321").replace(/\/+$/, "");
  let parsed: URL;
  try {
    parsed = new URL(site);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org, got "${site}"`);
  }
  if (parsed.pathname !== "/") {
    throw new Error(`SITE_URL must be an origin without a path (put the path in BASE_PATH), got "${site}"`);
  }
  return { site, base: normalizeBase(env.BASE_PATH ?? "/") };
}
