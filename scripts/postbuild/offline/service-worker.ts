/**
 * Builds dist/sw.js: bundles src/client/offline/sw.ts (and the Workbox modules
 * it uses) with esbuild, then lets workbox-build's injectManifest fill in the
 * precache list: the offline page and the site's scripts and styles (hashed,
 * about 300 KB, so every kept page still works offline, search included),
 * nothing else: the site is too large to download on install, and documents
 * are saved on request.
 * A comment with the build's fingerprint makes every deployment a new worker,
 * which the page then announces (src/client/offline/register.ts).
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { injectManifest } from "workbox-build";
import { OFFLINE_PATH, SW_PATH } from "../../../src/offline/paths.ts";

/** What identifies a deployment: the search index's entry (it changes with any page's text) and the asset names. */
function fingerprint(outDir: string): string {
  const hash = createHash("sha256");
  hash.update(readFileSync(join(outDir, "pagefind", "pagefind-entry.json")));
  hash.update(readFileSync(join(outDir, OFFLINE_PATH.slice(1), "index.html")));
  for (const name of readdirSync(join(outDir, "_astro")).sort()) hash.update(name);
  return hash.digest("hex").slice(0, 16);
}

export async function buildServiceWorker(outDir: string): Promise<{ precached: number; bytes: number }> {
  const tmp = mkdtempSync(join(tmpdir(), "kb-sw-"));
  try {
    const swSrc = join(tmp, "sw.js");
    await build({
      entryPoints: ["src/client/offline/sw.ts"],
      bundle: true,
      format: "iife",
      minify: true,
      target: "es2020",
      outfile: swSrc,
      define: { "process.env.NODE_ENV": '"production"' },
      banner: { js: `/* build ${fingerprint(outDir)} */` },
      logLevel: "silent",
    });
    const offlineFile = `${OFFLINE_PATH.slice(1)}index.html`;
    const result = await injectManifest({
      swSrc,
      swDest: join(outDir, SW_PATH.slice(1)),
      globDirectory: outDir,
      globPatterns: [offlineFile, "_astro/*.{js,css}"],
      // Files under /_astro/ carry their hash in their name.
      dontCacheBustURLsMatching: /^_astro\//,
    });
    if (result.warnings.length) throw new Error(`service worker: ${result.warnings.join("; ")}`);
    return { precached: result.count, bytes: result.size };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
