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
 * scheme and each risk family's colours are seen in both languages; every
 * one-page edition and a sample of the parallel views (see editionPaths).
 * html-validate and the link crawler still read every page.
 */
export function browserCheckPaths(outDir = ROOT_BUILD.dir, every = 8): string[] {
  const seenScheme = new Set<string>();
  const count = { zh: 0, en: 0 };
  const editions = editionPaths(outDir, every);
  return [...allPagePaths(outDir), ...editions.onePage, ...editions.parallelSample].filter((path) => {
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

/** A chapter or talk, and a document (report or event) overview, in the sitemap. */
const PART_PAGE = /^\/(zh|en)\/(reports|forum)\/[^/]+\/[^/]+\/$/;
const DOCUMENT_PAGE = /^\/(zh|en)\/(reports|forum)\/[^/]+\/$/;

/**
 * Parallel views and one-page editions (src/editions/): kept out of the sitemap
 * (they repeat the chapters), so listed here from the pages they repeat. The
 * one-page editions are all listed; of the parallel views, the first of each
 * document in each language and every `every`-th after it.
 */
export function editionPaths(outDir = ROOT_BUILD.dir, every = 8): { onePage: string[]; parallel: string[]; parallelSample: string[] } {
  const paths = sitemapPaths(outDir);
  const onePage = paths.filter((p) => DOCUMENT_PAGE.test(p)).map((p) => `${p}all/`);
  const parallel = paths.filter((p) => PART_PAGE.test(p)).map((p) => `${p}parallel/`);
  const seenDoc = new Set<string>();
  const count = { zh: 0, en: 0 };
  const parallelSample = parallel.filter((p) => {
    const doc = p.split("/").slice(0, 4).join("/");
    const lang = p.split("/")[1] as "zh" | "en";
    const first = !seenDoc.has(doc);
    seenDoc.add(doc);
    return count[lang]++ % every === 0 || first;
  });
  return { onePage, parallel, parallelSample };
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
