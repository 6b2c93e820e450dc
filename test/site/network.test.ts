import { describe, expect, inject, it } from "vitest";
import { openPage, useBrowser } from "../helpers/browser.ts";
import { PAGE_TYPES } from "../helpers/pages.ts";

const origin = inject("origin");
const browser = useBrowser();

const SEARCH_ON = new Set([PAGE_TYPES.home, PAGE_TYPES.chapterEn]);

describe("no request leaves the site, and none fails", () => {
  const pages = Object.entries(PAGE_TYPES).filter(([type]) => type !== "notFound");
  it.each(pages)("%s page", async (_type, path) => {
    const { page, log, close } = await openPage(browser(), origin);
    await page.goto(origin + path);
    // Search loads the same files on every page: it is exercised on two page types, one per language.
    if (SEARCH_ON.has(path)) {
      await page.locator("[data-search-open]").click();
      await page.getByRole("dialog").getByRole("searchbox").fill("AI");
      await page.getByRole("dialog").locator(".search-result").first().waitFor();
    }
    // Everything the page and its search fetch, including what loads late.
    await page.waitForLoadState("networkidle");
    expect(log.thirdParty).toEqual([]);
    expect(log.failed).toEqual([]);
    expect(log.errors).toEqual([]);
    await close();
  });

  it("a missing page answers 404 with the bilingual not-found page, and its assets load", async () => {
    const { page, log, close } = await openPage(browser(), origin);
    const response = await page.goto(origin + PAGE_TYPES.notFound, { waitUntil: "networkidle" });
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.getByRole("heading", { name: "找不到页面" }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole("heading", { name: "Page not found" }).isVisible()).toBe(true);
    expect(log.thirdParty).toEqual([]);
    expect(log.failed.filter((f) => !f.startsWith(origin + PAGE_TYPES.notFound))).toEqual([]);
    await close();
  });
});

describe("addresses browsers and crawlers ask for on their own", () => {
  it.each(["/favicon.ico", "/favicon.svg", "/apple-touch-icon.png", "/robots.txt", "/sitemap.xml"])(
    "%s answers 200",
    async (path) => {
      const response = await fetch(origin + path);
      expect(response.status).toBe(200);
    },
  );
});
