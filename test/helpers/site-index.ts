/**
 * The built sites' page index (scripts/checks/html-index.ts), parsed once per
 * `npm test` in the global setup and shared with every test file through a JSON
 * file, instead of each static check parsing all 944 pages again.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { indexSite, type PageInfo } from "../../scripts/checks/html-index.ts";
import type { Build } from "./builds.ts";

type StoredPage = Omit<PageInfo, "ids"> & { ids: string[] };

/** Index each build that exists and write it to a temporary file; returns build dir → file. */
export async function writeSiteIndexes(builds: readonly Build[]): Promise<Record<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), "site-index-"));
  const files: Record<string, string> = {};
  for (const build of builds) {
    if (!existsSync(join(build.dir, "index.html"))) continue;
    const pages = await indexSite(build.dir, build.base);
    const file = join(dir, `${build.dir.replace(/[^\w-]/g, "_")}.json`);
    writeFileSync(file, JSON.stringify(pages.map((p): StoredPage => ({ ...p, ids: [...p.ids] }))));
    files[build.dir] = file;
  }
  return files;
}

const cache = new Map<string, PageInfo[]>();

/** Every HTML page of a build (Pagefind's own files excluded), as indexed in the global setup. */
export function siteIndex(build: Build): PageInfo[] {
  let pages = cache.get(build.dir);
  if (pages) return pages;
  const file = inject("siteIndexes")[build.dir];
  if (!file)
    throw new Error(
      `${build.dir}/ was not built when the tests started: run "npm run build" (and "npm run build:subpath" for /kb/); npm test does both`,
    );
  pages = (JSON.parse(readFileSync(file, "utf8")) as StoredPage[]).map((p) => ({ ...p, ids: new Set(p.ids) }));
  cache.set(build.dir, pages);
  return pages;
}
