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
