import { describe, expect, inject, it } from "vitest";
import { openPage, useBrowser } from "../helpers/browser.ts";

const origin = inject("origin");
const browser = useBrowser();

describe("the root page", () => {
  it.each([
    ["en-GB", "/en/", "en"],
    ["zh-CN", "/zh/", "zh-CN"],
  ])("forwards a browser set to %s to %s", async (locale, path, lang) => {
    const { page, close } = await openPage(browser(), origin, { locale });
    await page.goto(`${origin}/`);
    await page.waitForURL(`${origin}${path}`);
    expect(await page.getAttribute("html", "lang")).toBe(lang);
    await close();
  });

  it("offers both languages as links when JavaScript is off", async () => {
    const { page, close } = await openPage(browser(), origin, { javaScriptEnabled: false });
    await page.goto(`${origin}/`);
    expect(page.url()).toBe(`${origin}/`);
    await expect(page.getByRole("link", { name: /中文/ }).getAttribute("href")).resolves.toBe("/zh/");
    await expect(page.getByRole("link", { name: /English/ }).getAttribute("href")).resolves.toBe("/en/");
    await close();
  });
});

describe("every page declares its language and its counterpart", () => {
  it.each([
    [
      "/zh/reports/international-ai-safety-report-2025/part-1-capabilities/",
      "zh-CN",
      "/en/reports/international-ai-safety-report-2025/part-1-capabilities/",
    ],
    [
      "/en/reports/international-ai-safety-report-2025/part-1-capabilities/",
      "en",
      "/zh/reports/international-ai-safety-report-2025/part-1-capabilities/",
    ],
  ])("%s", async (path, lang, other) => {
    const { page, close } = await openPage(browser(), origin, { javaScriptEnabled: false });
    await page.goto(origin + path);
    expect(await page.getAttribute("html", "lang")).toBe(lang);
    expect(await page.getAttribute('link[rel="canonical"]', "href")).toBe(`http://localhost:4321${path}`);
    expect(await page.getAttribute('link[rel="alternate"][hreflang="zh-CN"]', "href")).toContain("/zh/reports/");
    expect(await page.getAttribute('link[rel="alternate"][hreflang="en"]', "href")).toContain("/en/reports/");
    expect(await page.getAttribute("a[data-lang-switch][hreflang]", "href")).toBe(other);
    await close();
  });
});
