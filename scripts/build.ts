/**
 * The production build: `astro build`, whose integration (scripts/postbuild/integration.ts)
 * checks the content first and then draws the link-preview images, indexes with
 * Pagefind and adds the Content-Security-Policy. This script prints how long
 * each step took.
 *   npm run build                 → dist/
 *   OUT_DIR=dist-sub BASE_PATH=/kb/ npm run build   → a sub-path build
 */
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import type { PreviewImageResult } from "./postbuild/og-images/index.ts";
import { buildStepsFile, type BuildSteps } from "./postbuild/integration.ts";
import { siteConfig } from "../src/lib/site-config.ts";

/** Milliseconds per step. */
export interface BuildTimings {
  validate: number;
  /** Astro itself: the whole `astro build` less the integration's steps. */
  astro: number;
  /** Link-preview images; see previews for how many were drawn and how many came from the cache. */
  ogImages: number;
  /** EPUB editions. */
  epub: number;
  pagefind: number;
  csp: number;
  /** Install icons, offline packs and the service worker. */
  offline: number;
  total: number;
  previews: PreviewImageResult;
}

/**
 * A build for deployment: `npm run build -- --production` or NODE_ENV=production.
 * (Checked here, before Astro, which sets NODE_ENV=production for every build;
 * CI=true alone does not count, so `npm test` keeps building for localhost.)
 */
export function isProduction(argv: readonly string[], env: Record<string, string | undefined>): boolean {
  return argv.includes("--production") || env.NODE_ENV === "production" || env.SITE_PRODUCTION === "1";
}

export async function build(
  outDir = process.env.OUT_DIR ?? "dist",
  quiet = false,
  production = isProduction(process.argv.slice(2), process.env),
): Promise<BuildTimings> {
  const log = (msg: string) => quiet || console.log(msg);
  // Fail before anything is built, with the one message that says what to do.
  if (production) siteConfig({ ...process.env, SITE_PRODUCTION: "1" });
  const stepsFile = buildStepsFile(outDir);
  rmSync(stepsFile, { force: true });
  const t0 = performance.now();
  try {
    execFileSync(process.execPath, [resolve("node_modules/astro/astro.js"), "build", ...(quiet ? ["--silent"] : [])], {
      stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit",
      env: { ...process.env, OUT_DIR: outDir, ...(production ? { SITE_PRODUCTION: "1" } : {}) },
    });
  } catch {
    throw new Error("astro build failed (its output above names the cause)");
  }
  const total = performance.now() - t0;
  const steps = JSON.parse(readFileSync(stepsFile, "utf8")) as BuildSteps;
  const ms = (s: number) => s * 1000;
  const timings: BuildTimings = {
    validate: ms(steps.validate),
    astro: total - ms(steps.validate + steps.ogImages + steps.epub + steps.pagefind + steps.csp + steps.offline),
    ogImages: ms(steps.ogImages),
    epub: ms(steps.epub),
    pagefind: ms(steps.pagefind),
    csp: ms(steps.csp),
    offline: ms(steps.offline),
    total,
    previews: steps.previews,
  };
  const { previews } = steps;
  log(
    `content check ${(timings.validate / 1000).toFixed(1)}s · astro build ${(timings.astro / 1000).toFixed(1)}s · preview images ${(timings.ogImages / 1000).toFixed(1)}s (${previews.images}: ${previews.rendered} drawn, ${previews.cached} cached) · EPUB ${(timings.epub / 1000).toFixed(1)}s · pagefind ${(timings.pagefind / 1000).toFixed(1)}s (${steps.pages} pages) · CSP ${(timings.csp / 1000).toFixed(1)}s · offline ${(timings.offline / 1000).toFixed(1)}s · total ${(timings.total / 1000).toFixed(1)}s`,
  );
  return timings;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  build().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
