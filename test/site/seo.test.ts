import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { siteIndex } from "../helpers/site-index.ts";
import { fileFor } from "../../scripts/checks/links.ts";
import { sitemapPaths } from "../helpers/pages.ts";
import { ROOT_BUILD } from "../helpers/builds.ts";
import { DESCRIPTION_MAX } from "../../src/lib/description.ts";
import { parseFeed } from "@rowanmanning/feed-parser";

const SITE = "http://localhost:4321";

describe("search engines and link previews", () => {
  const pages = siteIndex(ROOT_BUILD);
  const indexable = pages.filter((p) => !p.noindex);

  it("sitemap.xml lists every page in both languages, each with its hreflang alternates", () => {
    const xml = readFileSync(`${ROOT_BUILD.dir}/sitemap.xml`, "utf8");
    const paths = sitemapPaths();
    expect(paths.filter((p) => p.startsWith("/zh/")).length).toBe(paths.filter((p) => p.startsWith("/en/")).length);
    // The root language chooser is listed too, as the x-default of the two home pages.
    expect(xml).toContain(`<loc>${SITE}/</loc>`);
    expect(xml.match(/hreflang="x-default"/g)!.length).toBe(3);
    for (const path of paths) expect(fileFor(ROOT_BUILD.dir, "/", path), path).toBeDefined();
    // Every indexable page of either edition, except the search page (its results are other pages).
    const contentPages = indexable
      .filter((p) => /^(zh|en)\/.+\//.test(p.file) && !/^(zh|en)\/search\//.test(p.file))
      .map((p) => p.path);
    expect(new Set(paths)).toEqual(new Set([...contentPages, "/zh/", "/en/", "/"]));
    expect(xml.match(/<url>/g)!.length).toBe(paths.length);
    expect(xml.match(/hreflang="zh-CN"/g)!.length).toBe(paths.length);
    expect(xml.match(/hreflang="en"/g)!.length).toBe(paths.length);
  });

  it("robots.txt allows crawling and points at the sitemap", () => {
    expect(readFileSync(`${ROOT_BUILD.dir}/robots.txt`, "utf8")).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap.xml\n`,
    );
  });

  it("every page has a canonical URL pointing at itself (a redirect's points at its target)", () => {
    for (const p of indexable) expect(p.canonical, p.file).toBe(SITE + p.path);
    const redirect = pages.find((p) => p.file === "en/reports/iasr-2025/part-2-risks/index.html")!;
    expect(redirect.noindex).toBe(true);
    expect(redirect.canonical).toBe(`${SITE}/en/reports/international-ai-safety-report-2025/part-2-risks/`);
  });

  it("titles and descriptions are present and unique", () => {
    const titles = indexable.map((p) => p.title);
    const descriptions = indexable.map((p) => p.description ?? "");
    expect(titles.filter((t) => !t)).toEqual([]);
    expect(descriptions.filter((d) => d.length < 20)).toEqual([]);
    const dupes = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
    expect(dupes(titles)).toEqual([]);
    expect(dupes(descriptions)).toEqual([]);
  });

  it("descriptions fit a search result (160 characters)", () => {
    const long = pages
      .filter((p) => [...(p.description ?? "")].length > DESCRIPTION_MAX)
      .map((p) => `${p.file}: ${[...p.description!].length} characters`);
    expect(long).toEqual([]);
  });

  it("hreflang and canonical agree: a page's language versions are its canonical's, and the root is the x-default", () => {
    const problems: string[] = [];
    for (const p of pages) {
      const langs = Object.values(p.hreflang);
      if (!p.canonical || langs.length === 0) continue;
      // The canonical page is one of the language versions it names.
      if (!langs.includes(p.canonical))
        problems.push(`${p.file}: canonical ${p.canonical} is not among its hreflang links`);
      if (p.hreflang["x-default"] !== `${SITE}/`) problems.push(`${p.file}: x-default is ${p.hreflang["x-default"]}`);
    }
    expect(problems).toEqual([]);
    const root = pages.find((p) => p.file === "index.html")!;
    expect(root.hreflang).toEqual({ "zh-CN": `${SITE}/zh/`, en: `${SITE}/en/`, "x-default": `${SITE}/` });
    const all = pages.find((p) => p.file === "en/reports/international-ai-safety-report-2025/all/index.html")!;
    expect(all.hreflang.en).toBe(`${SITE}/en/reports/international-ai-safety-report-2025/`);
  });

  it("search pages are kept out of the index", () => {
    for (const lang of ["zh", "en"])
      expect(pages.find((p) => p.file === `${lang}/search/index.html`)!.noindex).toBe(true);
  });

  it("each language has an Atom feed of its documents, linked from every page's head", () => {
    for (const lang of ["zh", "en"]) {
      const feed = parseFeed(readFileSync(`${ROOT_BUILD.dir}/${lang}/feed.xml`, "utf8"));
      const documents = sitemapPaths().filter((p) => new RegExp(`^/${lang}/(reports|forum)/[^/]+/$`).test(p));
      expect(new Set(feed.items.map((i) => new URL(i.url!).pathname))).toEqual(new Set(documents));
      expect(feed.items.every((i) => i.title && i.published)).toBe(true);
    }
    const unlinked = pages
      .filter((p) => /^(zh|en)\//.test(p.file) && !p.noindex)
      .filter((p) => !p.links.some((l) => l.tag === "link" && l.url.endsWith(`/${p.file.slice(0, 2)}/feed.xml`)))
      .map((p) => p.file);
    expect(unlinked).toEqual([]);
  });

  it("every page declares its language", () => {
    for (const p of pages) expect(["zh-CN", "en"], p.file).toContain(p.lang);
  });
});
