import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ROOT_BUILD } from "./builds.ts";

/** Site-relative paths of every page in dist/sitemap.xml (both languages). */
export function sitemapPaths(outDir = ROOT_BUILD.dir): string[] {
  const xml = readFileSync(`${outDir}/sitemap.xml`, "utf8");
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** Every page a reader can reach: the sitemap plus pages kept out of it on purpose. */
export function allPagePaths(outDir = ROOT_BUILD.dir): string[] {
  return [...new Set([...sitemapPaths(outDir), "/", "/zh/search/", "/en/search/", "/404.html"])];
}

/** A chapter or talk, and a document (report or event) overview, in the sitemap. */
const PART_PAGE = /^\/(zh|en)\/(reports|forum)\/[^/]+\/[^/]+\/$/;
const DOCUMENT_PAGE = /^\/(zh|en)\/(reports|forum)\/[^/]+\/$/;

/**
 * Parallel views and one-page editions (src/editions/): kept out of the sitemap
 * (they repeat the chapters), so listed here from the pages they repeat.
 */
export function editionPaths(outDir = ROOT_BUILD.dir): { onePage: string[]; parallel: string[] } {
  const paths = sitemapPaths(outDir);
  const onePage = paths.filter((p) => DOCUMENT_PAGE.test(p)).map((p) => `${p}all/`);
  const parallel = paths.filter((p) => PART_PAGE.test(p)).map((p) => `${p}parallel/`);
  return { onePage, parallel };
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

/**
 * A page's template family and the group its pages vary by (the document, the
 * risk scheme, the chart), e.g. "chapter" in "best-practices-2024".
 */
export function pageFamily(path: string): { family: string; group: string } {
  const rest = path.replace(/^\/(zh|en)\//, "");
  const rules: [RegExp, string][] = [
    [/^(reports|forum)\/([^/]+)\/all\/$/, "one-page"],
    [/^(reports|forum)\/([^/]+)\/[^/]+\/parallel\/$/, "parallel"],
    [/^(reports|forum)\/([^/]+)\/[^/]+\/$/, "chapter"],
    [/^(reports|forum)\/([^/]+)\/$/, "overview"],
    [/^(risks)\/([^/]+)\/[^/]+\/$/, "risk-node"],
    [/^(risks)\/([^/]+)\/$/, "risk-scheme"],
    [/^(charts)\/([^/]+)\/embed\/$/, "chart-embed"],
    [/^(charts)\/([^/]+)\/$/, "chart"],
    [/^(glossary)\/[^/]+\/$/, "glossary-term"],
    [/^(speakers)\/[^/]+\/$/, "speaker"],
    [/^(organisations)\/[^/]+\/$/, "organisation"],
    [/^(share)\/.+\/$/, "share"],
  ];
  // One-page editions and embeds repeat what their chapters and charts show: grouped by kind only.
  const byKind = new Set(["one-page", "chart-embed"]);
  for (const [re, family] of rules) {
    const m = re.exec(rest);
    if (m) return { family, group: byKind.has(family) ? m[1]! : (m[2] ?? m[1]!) };
  }
  return { family: rest || "home", group: "" };
}

/**
 * Which pages of each template family the axe run visits, per group and
 * language: always the first; `largest`, also the largest (the most varied
 * content); `every`, also every n-th after the first. Families not listed are
 * visited in full (indexes, overviews, charts: each is one page or draws its own
 * picture); one-page editions and risk pages have rules of their own (below).
 */
const AXE_SAMPLE: Record<string, { every?: number; largest?: boolean }> = {
  chapter: { largest: true },
  parallel: {},
  "glossary-term": { every: 50, largest: true },
  speaker: { largest: true },
  organisation: { largest: true },
  share: {},
  "chart-embed": {},
};

/**
 * The pages axe checks: every page template in both languages, sampled within
 * each template as AXE_SAMPLE says. Risk nodes share one template and differ in
 * their family colour: the first node of each scheme is visited, in one language
 * per scheme (Chinese and English in turn). The one-page editions are visited for
 * the shortest report and the forum (the long ones repeat the chapters sampled
 * above; html-validate and the link check still read every page).
 */
export function axeSamplePaths(outDir = ROOT_BUILD.dir): string[] {
  const editions = editionPaths(outDir);
  const share = readdirRecursive(outDir, "zh/share").concat(readdirRecursive(outDir, "en/share"));
  const embeds = sitemapPaths(outDir)
    .filter((p) => pageFamily(p).family === "chart")
    .map((p) => `${p}embed/`);
  const candidates = [
    ...allPagePaths(outDir).filter((p) => p !== "/"),
    ...editions.onePage,
    ...editions.parallel,
    ...share,
    ...embeds,
  ].filter((p) => existsSync(pageFile(outDir, p)));
  const size = (p: string) => statSync(pageFile(outDir, p)).size;
  const groups = new Map<string, string[]>();
  for (const path of candidates) {
    const { family, group } = pageFamily(path);
    const key = `${path.split("/")[1]}|${family}|${group}`;
    groups.set(key, [...(groups.get(key) ?? []), path]);
  }
  const chosen = new Set<string>();
  const schemes: string[] = [];
  for (const [key, paths] of groups) {
    const [lang, family, group] = key.split("|") as [string, string, string];
    // Scheme pages and risk nodes share their templates across schemes and differ in the
    // nodes they list and their family colours: each scheme is visited once, in one
    // language, Chinese and English in turn (the scheme page in one, its first node in the other).
    if (family === "risk-scheme" || family === "risk-node") {
      if (!schemes.includes(group)) schemes.push(group);
      if (((schemes.indexOf(group) % 2 === 0) === (lang === "zh")) === (family === "risk-node")) chosen.add(paths[0]!);
      continue;
    }
    if (family === "one-page") {
      chosen.add([...paths].sort((a, b) => size(a) - size(b))[0]!);
      continue;
    }
    const sample = AXE_SAMPLE[family];
    if (!sample) {
      for (const p of paths) chosen.add(p);
      continue;
    }
    chosen.add(paths[0]!);
    if (sample.every) paths.forEach((p, i) => i % sample.every! === 0 && chosen.add(p));
    if (sample.largest) chosen.add([...paths].sort((a, b) => size(b) - size(a))[0]!);
  }
  return candidates.filter((p) => chosen.has(p));
}

export function pageFile(outDir: string, path: string): string {
  return path.endsWith(".html") ? join(outDir, path) : join(outDir, path, "index.html");
}

/** Site paths of the index.html pages under outDir/rel. */
function readdirRecursive(outDir: string, rel: string): string[] {
  if (!existsSync(join(outDir, rel))) return [];
  return (readdirSync(join(outDir, rel), { recursive: true }) as string[])
    .filter((f) => f.endsWith("index.html"))
    .map((f) => `/${rel}/${f.slice(0, -"index.html".length)}`.replace(/\\/g, "/"));
}
