/**
 * The production build: validate content, run Astro, draw the link-preview
 * images, index with Pagefind, then add the Content-Security-Policy. Prints how
 * long each step took.
 *   npm run build                 → dist/
 *   OUT_DIR=dist-sub BASE_PATH=/kb/ npm run build   → a sub-path build
 */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { validateContent, formatProblems } from "./validate/index.ts";
import { buildSearchIndex } from "./postbuild/pagefind.ts";
import { applyCsp } from "./postbuild/csp.ts";
import { buildPreviewImages, type PreviewImageResult } from "./postbuild/og-images/index.ts";

export interface BuildTimings {
  validate: number;
  astro: number;
  /** Link-preview images; see previews for how many were drawn and how many came from the cache. */
  ogImages: number;
  pagefind: number;
  csp: number;
  total: number;
  previews: PreviewImageResult;
}

export async function build(outDir = process.env.OUT_DIR ?? "dist", quiet = false): Promise<BuildTimings> {
  const log = (msg: string) => quiet || console.log(msg);
  const t0 = performance.now();
  const problems = await validateContent(resolve("content"));
  if (problems.length) throw new Error(`Content check failed:\n${formatProblems(problems)}`);
  const t1 = performance.now();
  execFileSync(process.execPath, [resolve("node_modules/astro/astro.js"), "build", ...(quiet ? ["--silent"] : [])], {
    stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit",
    env: { ...process.env, OUT_DIR: outDir },
  });
  const t2 = performance.now();
  const previews = await buildPreviewImages(outDir);
  const t2b = performance.now();
  const { pages } = await buildSearchIndex(outDir);
  const t3 = performance.now();
  const csp = await applyCsp(outDir);
  const t4 = performance.now();
  const timings = {
    validate: t1 - t0,
    astro: t2 - t1,
    ogImages: t2b - t2,
    pagefind: t3 - t2b,
    csp: t4 - t3,
    total: t4 - t0,
    previews,
  };
  log(
    `content check ${(timings.validate / 1000).toFixed(1)}s · astro build ${(timings.astro / 1000).toFixed(1)}s · preview images ${(timings.ogImages / 1000).toFixed(1)}s (${previews.images}: ${previews.rendered} drawn, ${previews.cached} cached) · pagefind ${(timings.pagefind / 1000).toFixed(1)}s (${pages} pages) · CSP ${(timings.csp / 1000).toFixed(1)}s (${csp.files} pages) · total ${(timings.total / 1000).toFixed(1)}s`,
  );
  return timings;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  build().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
