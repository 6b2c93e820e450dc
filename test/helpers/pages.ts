import { readFileSync } from "node:fs";
import { ROOT_BUILD } from "./builds.ts";

/** Site-relative paths of every page in dist/sitemap.xml (both languages). */
export function sitemapPaths(outDir = ROOT_BUILD.dir): string[] {
  const xml = readFileSync(`${outDir}/sitemap.xml`, "utf8");
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** Every page a reader can reach: the sitemap plus pages kept out of it on purpose. */
export function allPagePaths(outDir = ROOT_BUILD.dir): string[] {
  return [...sitemapPaths(outDir), "/", "/zh/search/", "/en/search/", "/404.html"];
}

/** One page of each type, for checks too slow to run on every page. */
export const PAGE_TYPES: Readonly<Record<string, string>> = {
  root: "/",
  home: "/zh/",
  homeEn: "/en/",
  reports: "/en/reports/",
  overview: "/zh/reports/international-ai-safety-report-2025/",
  chapter: "/zh/reports/international-ai-safety-report-2025/part-2-risks/",
  chapterEn: "/en/reports/international-ai-safety-report-2025/key-findings/",
  contributors: "/en/reports/international-ai-safety-report-2025/contributors/",
  search: "/en/search/?q=evidence",
  notFound: "/no-such-page/",
};

export const REPORT = "international-ai-safety-report-2025";
