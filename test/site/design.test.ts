import { describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { openPage, useBrowser } from "../helpers/browser.ts";
import { allPagePaths, editionPaths, pageFamily, pageFile } from "../helpers/pages.ts";
import { ROOT_BUILD } from "../helpers/builds.ts";

const origin = inject("origin");
const browser = useBrowser();
const PHONE = { hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } };

/** The first page of every template family in each language (a template that repeats is sampled, not visited a thousand times). */
function onePerTemplate(): string[] {
  const chosen = new Map<string, string>();
  const editions = editionPaths();
  for (const path of [...allPagePaths(), ...editions.onePage, ...editions.parallel]) {
    const key = `${path.split("/")[1]}|${pageFamily(path).family}`;
    if (!chosen.has(key)) chosen.set(key, path);
  }
  // The pages with the widest content: Appendix B's eight-column table, the 2023 risks table.
  chosen.set("zh|wide-table", "/zh/reports/best-practices-2024/appendix-b-cfi-scores/");
  chosen.set("en|wide-table", "/en/reports/best-practices-2024/appendix-b-cfi-scores/");
  chosen.set("zh|two-column-table", "/zh/reports/frontier-models-2023/risks/");
  return [...chosen.values()];
}

describe("design on a 360 px phone (issue 22)", () => {
  it("no page scrolls sideways: one page of every template, both languages, and the widest tables", async () => {
    const { page, close } = await openPage(browser(), origin, PHONE);
    const wide: string[] = [];
    for (const path of onePerTemplate()) {
      await page.goto(`${origin}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`${path}: ${width} px`);
    }
    await close();
    expect(wide).toEqual([]);
  });

  it("a wide table scrolls inside its own named, focusable region", async () => {
    const { page, close } = await openPage(browser(), origin, PHONE);
    await page.goto(`${origin}/en/reports/best-practices-2024/appendix-b-cfi-scores/`);
    const region = page.getByRole("group", { name: "Table (scrolls sideways)" }).first();
    await expect(region.getAttribute("tabindex")).resolves.toBe("0");
    const sizes = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    // The table leads to the heatmap drawn from it (in both languages).
    const toChart = page.getByRole("link", { name: /^This table as a chart: / });
    await expect(toChart.getAttribute("href")).resolves.toBe("/en/charts/safety-practice-scores/");
    const zh = readFileSync(pageFile(ROOT_BUILD.dir, "/zh/reports/best-practices-2024/appendix-b-cfi-scores/"), "utf8");
    expect(zh).toMatch(/<a href="\/zh\/charts\/safety-practice-scores\/">以图表查看此表：/);
    await close();
  });

  it.each([
    ["zh", "/zh/forum/waic-2024/zeng-yi-red-lines/"],
    ["en", "/en/forum/waic-2024/bengio-advanced-ai-safety/"],
  ])("a talk (%s) starts with the talk: its first paragraph is on the first screen", async (_lang, path) => {
    const { page, close } = await openPage(browser(), origin, PHONE);
    await page.goto(`${origin}${path}`);
    const top = await page
      .locator(".transcript p")
      .first()
      .evaluate((p) => p.getBoundingClientRect().top);
    expect(top).toBeLessThan(740);
    await close();
  });

  it("the forum page lists its talks before the agenda and the introduction", async () => {
    const { page, close } = await openPage(browser(), origin, PHONE);
    await page.goto(`${origin}/en/forum/waic-2024/`);
    const y = (id: string) => page.locator(`#${id}`).evaluate((h) => h.getBoundingClientRect().top);
    expect(await y("transcripts")).toBeLessThan(await y("introduction"));
    expect(await y("transcripts")).toBeLessThan(await y("agenda"));
    await close();
  });
});

describe("the front door and the header", () => {
  it("Charts is in the main navigation of every page", () => {
    const missing = allPagePaths(ROOT_BUILD.dir)
      .filter((p) => p !== "/")
      .filter((p) => {
        const html = readFileSync(pageFile(ROOT_BUILD.dir, p), "utf8");
        const nav = /<nav class="site-nav"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? "";
        return !/href="\/(zh|en)\/charts\/"/.test(nav);
      });
    expect(missing).toEqual([]);
  });

  it.each([
    ["zh", "/zh/"],
    ["en", "/en/"],
  ])("home (%s): the search box and the first document card are on a phone's first screen", async (_lang, path) => {
    const { page, close } = await openPage(browser(), origin, PHONE);
    await page.goto(`${origin}${path}`);
    const bottom = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((el) => el.getBoundingClientRect().bottom);
    expect(await bottom(".home__search input")).toBeLessThan(740);
    expect(await bottom(".doc-card .doc-card__title")).toBeLessThan(740);
    await expect(page.locator(".explore-tile").count()).resolves.toBe(4);
    await close();
  });
});

describe("the reading bar and the contents (issue 22)", () => {
  const bottomOf = (el: Element) => el.getBoundingClientRect().bottom;
  const topOf = (el: Element) => el.getBoundingClientRect().top;

  it("a talk opened at #p-8 on a phone: the bar shows without covering the paragraph, and its language switch keeps the place, also once the reader has scrolled", async () => {
    const { page, close } = await openPage(browser(), origin, PHONE);
    const talk = "/forum/waic-2024/zeng-yi-red-lines/";
    await page.goto(`${origin}/en${talk}#p-8`);
    const bar = page.getByRole("navigation", { name: "Reading bar" });
    await expect.poll(() => bar.isVisible()).toBe(true);
    expect(await page.locator("#p-8").evaluate(topOf)).toBeGreaterThanOrEqual(await bar.evaluate(bottomOf));

    await bar.getByRole("link", { name: "中文" }).click();
    await page.waitForURL(`${origin}/zh${talk}#p-8`);
    const zhBar = page.getByRole("navigation", { name: "阅读工具栏" });
    await expect.poll(() => zhBar.isVisible()).toBe(true);
    expect(await page.locator("#p-8").evaluate(topOf)).toBeGreaterThanOrEqual(await zhBar.evaluate(bottomOf));

    // Down the page the bar steps aside; a little way back up it returns, and now carries the paragraph on screen.
    await page.mouse.wheel(0, 2500);
    await expect.poll(() => zhBar.isVisible()).toBe(false);
    await page.mouse.wheel(0, -200);
    await expect.poll(() => zhBar.isVisible()).toBe(true);
    await zhBar.getByRole("link", { name: "English" }).click();
    await page.waitForURL(new RegExp(`/en${talk}#p-\\d+$`));
    const place = new URL(page.url()).hash;
    expect(place).not.toBe("#p-8");
    await expect.poll(() => bar.isVisible()).toBe(true);
    expect(await page.locator(place).evaluate(topOf)).toBeGreaterThanOrEqual(await bar.evaluate(bottomOf));
    await close();
  });

  it("a chapter on a phone: the contents mark the section the reader is in, and footnote references are 24 × 24 px targets that leave the lines where they were", async () => {
    const { page, close } = await openPage(browser(), origin, PHONE);
    await page.goto(`${origin}/en/reports/best-practices-2024/model-evaluations-red-teaming/#background`);
    const current = page.locator('.toc--fold a[aria-current="location"]');
    await expect.poll(() => current.getAttribute("href")).toBe("#background");
    await expect(page.locator(".toc--fold a[aria-current]").count()).resolves.toBe(1);

    const ref = page.locator("[data-footnote-ref]").first();
    const box = await ref.evaluate((a) => a.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    const heights = await ref.evaluate((a) => {
      const p = a.closest("p, li")!;
      const before = p.getBoundingClientRect().height;
      (a as HTMLElement).style.padding = "0";
      return { before, without: p.getBoundingClientRect().height };
    });
    expect(heights.before).toBe(heights.without);
    await close();
  });
});
