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

/**
 * Page families generated from data files with one template each (a glossary term,
 * a risk node, a speaker): hundreds of pages that differ only in their data.
 */
const DATA_PAGE = /^\/(zh|en)\/(glossary\/[^/]+|risks\/[^/]+\/[^/]+|speakers\/[^/]+)\/$/;

/**
 * The pages the slow browser checks (axe in two colour schemes) visit: every page
 * written as content or as a page of its own (reports, chapters, talks, indexes,
 * each risk scheme), and of the data-generated families every `every`-th page in
 * sitemap order plus the first page of each risk scheme, so each template, each
 * scheme and each risk family's colours are seen in both languages. html-validate
 * and the link crawler still read every page.
 */
export function browserCheckPaths(outDir = ROOT_BUILD.dir, every = 8): string[] {
  const seenScheme = new Set<string>();
  const count = { zh: 0, en: 0 };
  return allPagePaths(outDir).filter((path) => {
    const m = DATA_PAGE.exec(path);
    if (!m) return true;
    const scheme = /^risks\/([^/]+)\//.exec(m[2]!)?.[1];
    if (scheme && !seenScheme.has(`${m[1]}:${scheme}`)) {
      seenScheme.add(`${m[1]}:${scheme}`);
      return true;
    }
    const lang = m[1] as "zh" | "en";
    return count[lang]++ % every === 0;
  });
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
