/**
 * The steps that make `astro build` the whole site, as an Astro integration:
 *   astro:config:setup the content check, when building (bad content stops the build here, before
 *                      Astro reads a collection, and every problem is listed with its file)
 *   astro:build:done   link-preview images → EPUB editions (their covers are the previews) →
 *                      Pagefind index → Content-Security-Policy →
 *                      offline reading (install icons, offline packs, service worker)
 * So `astro build`, `npm run build` and any tool that calls Astro all produce
 * the same dist/. Each step's time is logged and written to
 * `.cache/build-steps/<outDir>.json` for `npm run build` and `npm run bench`.
 */
import type { AstroIntegration } from "astro";
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { validateContent, formatProblems } from "../validate/index.ts";
import { buildPreviewImages, type PreviewImageResult } from "./og-images/index.ts";
import { buildEpubs } from "./epub/index.ts";
import { buildSearchIndex } from "./pagefind.ts";
import { applyCsp } from "./csp.ts";
import { writeHostHeaders } from "./host-headers.ts";
import { normalizeBase } from "../../src/i18n/urls.ts";
import { buildOffline } from "./offline/index.ts";

/** Seconds each step took, as written by the integration. */
export interface BuildSteps {
  validate: number;
  ogImages: number;
  /** EPUB editions (scripts/postbuild/epub/). */
  epub: number;
  pagefind: number;
  csp: number;
  offline: number;
  /** Each offline pack's size: "<lang>/<doc>" → bytes and gzip bytes. */
  packs: Record<string, { bytes: number; gzipBytes: number; files: number }>;
  previews: PreviewImageResult;
  pages: number;
}

/** Where the integration leaves the step times of a build into `outDir`. */
export function buildStepsFile(outDir: string): string {
  return resolve(".cache/build-steps", `${basename(resolve(outDir))}.json`);
}

const seconds = (from: number) => (performance.now() - from) / 1000;

export function postbuild(): AstroIntegration {
  let validate = 0;
  let base = "/";
  return {
    name: "kb:postbuild",
    hooks: {
      "astro:config:setup": async ({ command, config, logger }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
        if (command !== "build") return;
        const started = performance.now();
        const problems = await validateContent(resolve("content"));
        if (problems.length) throw new Error(`Content check failed:\n${formatProblems(problems)}`);
        validate = seconds(started);
        logger.info(`content check ${validate.toFixed(1)}s`);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        let started = performance.now();
        const previews = await buildPreviewImages(outDir);
        const ogImages = seconds(started);
        logger.info(
          `preview images ${ogImages.toFixed(1)}s (${previews.images}: ${previews.rendered} drawn, ${previews.cached} cached)`,
        );
        started = performance.now();
        const epubs = buildEpubs(outDir);
        const epub = seconds(started);
        logger.info(
          `EPUB editions ${epub.toFixed(1)}s (${epubs.length} files, ${(epubs.reduce((n, e) => n + e.bytes, 0) / 1e6).toFixed(1)} MB)`,
        );
        started = performance.now();
        const { pages } = await buildSearchIndex(outDir);
        const pagefind = seconds(started);
        logger.info(`pagefind ${pagefind.toFixed(1)}s (${pages} pages)`);
        started = performance.now();
        const csp = await applyCsp(outDir);
        const cspSeconds = seconds(started);
        logger.info(`CSP ${cspSeconds.toFixed(1)}s (${csp.files} pages)`);
        await writeHostHeaders(outDir, normalizeBase(process.env.BASE_PATH ?? "/"));
        started = performance.now();
        const offline = await buildOffline(outDir, base);
        const offlineSeconds = seconds(started);
        logger.info(
          `offline ${offlineSeconds.toFixed(1)}s (${offline.packs.length} packs, service worker ${(offline.swBytes / 1024).toFixed(0)} KB precaching ${offline.precached} files)`,
        );
        const packs = Object.fromEntries(
          offline.packs.map((p) => [
            `${p.lang}/${p.doc}`,
            { bytes: p.bytes, gzipBytes: p.gzipBytes, files: p.files.length },
          ]),
        );
        const steps: BuildSteps = {
          validate,
          ogImages,
          epub,
          pagefind,
          csp: cspSeconds,
          offline: offlineSeconds,
          packs,
          previews,
          pages,
        };
        const file = buildStepsFile(outDir);
        mkdirSync(join(file, ".."), { recursive: true });
        writeFileSync(file, JSON.stringify(steps, null, 1));
      },
    },
  };
}
