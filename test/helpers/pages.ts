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
  return [...new Set([...sitemapPaths(outDir), "/", "/zh/search/", "/en/search/", "/404.html", "/offline/"])];
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

/** How many risk schemes axe visits (see axeSamplePaths): four give each risk template in each language twice. */
const RISK_SCHEMES_VISITED = 4;

/** Template families whose groups are each visited in one language (see axeSamplePaths). */
const ONE_LANGUAGE_PER_GROUP = new Set(["chapter", "parallel", "chart", "overview", "one-page"]);

/**
 * The pages axe checks: every page template in both languages, sampled within
 * each template as AXE_SAMPLE says. Where a template's pages fall in several
 * groups (chapters and parallel views of each document, each chart, each
 * overview, the one-page editions of reports and of the forum), each group is
 * visited in one language, Chinese and English in turn (ONE_LANGUAGE_PER_GROUP):
 * both languages share the template, and every template is still visited in
 * both. Risk schemes and nodes share one template each and differ in their
 * family colours, whose contrast test/unit/palette.test.ts checks for every
 * family on every background: the first RISK_SCHEMES_VISITED schemes are
 * visited, each scheme page in one language and its first node in the other
 * (Chinese and English in turn). The one-page editions are visited for the shortest report
 * and the forum (the long ones repeat the chapters sampled above; html-validate
 * and the link check still read every page).
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
  const groups = byTemplate(candidates, (p) => p);
  const chosen = new Set<string>();
  const schemes: string[] = [];
  const groupOrder = new Map<string, string[]>();
  for (const key of groups.keys()) {
    const [, family, group] = key.split("|") as [string, string, string];
    const seen = groupOrder.get(family) ?? [];
    if (!seen.includes(group)) groupOrder.set(family, [...seen, group]);
  }
  for (const [key, paths] of groups) {
    const [lang, family, group] = key.split("|") as [string, string, string];
    if (ONE_LANGUAGE_PER_GROUP.has(family)) {
      const order = groupOrder.get(family)!;
      if (order.length > 1 && (order.indexOf(group) % 2 === 0 ? "zh" : "en") !== lang) continue;
    }
    // Scheme pages and risk nodes share their templates across schemes and differ in the
    // nodes they list and their family colours: each scheme is visited once, in one
    // language, Chinese and English in turn (the scheme page in one, its first node in the other).
    if (family === "risk-scheme" || family === "risk-node") {
      if (!schemes.includes(group)) schemes.push(group);
      if (schemes.indexOf(group) >= RISK_SCHEMES_VISITED) continue;
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

/**
 * Template families whose pages repeat one template over data (a node, a term,
 * an organisation, a speaker, a share card, a parallel view of a chapter that is
 * itself validated in full): html-validate reads every `every`-th page of each
 * group and language, and the largest. Every other page (chapters, talks,
 * overviews, one-page editions, charts, indexes) is read in full, because its
 * markup comes from its own text.
 */
const MARKUP_SAMPLE: Record<string, number> = {
  "risk-node": 4,
  "glossary-term": 4,
  organisation: 4,
  speaker: 4,
  share: 4,
  parallel: 3,
};

/** The built files html-validate reads: every page, with repeated templates sampled (MARKUP_SAMPLE). */
export function markupSampleFiles(outDir: string, files: readonly string[]): string[] {
  const chosen = new Set<string>();
  for (const [key, group] of byTemplate(files, (f) => pathOfFile(outDir, f))) {
    const every = MARKUP_SAMPLE[key.split("|")[1]!];
    if (!every) {
      for (const f of group) chosen.add(f);
      continue;
    }
    group.forEach((f, i) => i % every === 0 && chosen.add(f));
    chosen.add([...group].sort((a, b) => statSync(b).size - statSync(a).size)[0]!);
  }
  return files.filter((f) => chosen.has(f));
}

/** The site path of a built file: dist/en/glossary/index.html → /en/glossary/. */
export function pathOfFile(outDir: string, file: string): string {
  return `/${file
    .slice(outDir.length)
    .replace(/^\/+/, "")
    .replace(/index\.html$/, "")}`;
}

/**
 * Items grouped by template: "lang|family|group" (see pageFamily), each group in
 * the items' order. The axe and html-validate samples choose within these groups.
 */
function byTemplate<T>(items: readonly T[], pathOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const path = pathOf(item);
    const { family, group } = pageFamily(path);
    const key = `${path.split("/")[1]}|${family}|${group}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}
