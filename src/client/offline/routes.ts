/**
 * How the service worker treats each request, as pure functions of the path
 * so they can be unit-tested. `base` is the deployment's base path ("/" or "/kb/").
 */
export type Strategy = "assets" | "search-hashed" | "search" | "page" | "image" | "network";

/** Pagefind files whose names carry a hash of their content (never change under the same name). */
const HASHED_PAGEFIND = /^pagefind\/(?:index|fragment|filter)\/|^pagefind\/pagefind\.[^/]+\.pf_meta$/;

export function strategyFor(path: string, base: string, accept: string | null, navigate: boolean): Strategy {
  if (!path.startsWith(base)) return "network";
  const rest = path.slice(base.length);
  if (rest.startsWith("_astro/")) return "assets";
  if (HASHED_PAGEFIND.test(rest)) return "search-hashed";
  if (rest.startsWith("pagefind/")) return "search";
  if (navigate || (accept ?? "").includes("text/html")) return "page";
  if (/\.(?:png|jpe?g|webp|avif|gif|svg|ico)$/i.test(rest) && !rest.startsWith("og/")) return "image";
  return "network";
}
