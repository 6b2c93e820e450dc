import { describe, expect, inject, it } from "vitest";
import { openPage, useBrowser } from "../helpers/browser.ts";
import { REPORT } from "../helpers/pages.ts";

const origin = inject("origin");
const browser = useBrowser();

const background = (page: import("playwright-core").Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe("colour scheme", () => {
  it("follows the system, and the toggle overrides it on every page", async () => {
    const { page, close } = await openPage(browser(), origin, { colorScheme: "dark" });
    await page.goto(`${origin}/zh/reports/${REPORT}/`);
    const systemDark = await background(page);
    const toggle = page.getByRole("button", { name: "配色：跟随系统" });
    await toggle.click(); // system → light
    await expect.poll(() => page.getByRole("button", { name: "配色：浅色" }).isVisible()).toBe(true);
    const light = await background(page);
    expect(light).not.toBe(systemDark);
    await page.goto(`${origin}/zh/reports/${REPORT}/key-findings/`);
    expect(await background(page)).toBe(light); // remembered, applied before paint
    await page.getByRole("button", { name: "配色：浅色" }).click(); // light → dark
    expect(await background(page)).toBe(systemDark);
    await close();
  });
});

describe("print", () => {
  it("prints the text without the site's chrome, with external addresses spelled out", async () => {
    const { page, close } = await openPage(browser(), origin, { locale: "en-GB" });
    await page.goto(`${origin}/en/reports/${REPORT}/`);
    await page.emulateMedia({ media: "print" });
    await expect.poll(() => page.locator(".site-header").isVisible()).toBe(false);
    await expect.poll(() => page.locator(".breadcrumbs").isVisible()).toBe(false);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).isVisible()).toBe(true);
    const after = await page
      .locator('.prose a[href^="https://www.gov.uk"]')
      .evaluate((a) => getComputedStyle(a, "::after").content);
    expect(after).toContain("https://www.gov.uk/government/publications/international-ai-safety-report-2025");
    await close();
  });
});

describe("the search index holds the documents, not the page chrome", () => {
  it.each([
    [
      "zh",
      "人工智能",
      ["前沿人工智能安全文献库", "跳到正文", "主导航", "本站不使用任何第三方服务", "上一章", "下一章", "本页内容"],
    ],
    [
      "en",
      "AI",
      [
        "Frontier AI Safety Library",
        "Skip to content",
        "Main navigation",
        "uses no third-party services",
        "Previous",
        "On this page",
      ],
    ],
  ])("/%s/: every indexed page's text is free of header, footer and navigation", async (lang, query, chrome) => {
    const { page, close } = await openPage(browser(), origin);
    await page.goto(`${origin}/${lang}/`);
    // A string, so the test runner does not rewrite the dynamic import.
    const contents = (await page.evaluate(`(async () => {
      const pf = await import("/pagefind/pagefind.js");
      const search = await pf.search(${JSON.stringify(query)});
      return Promise.all(search.results.map(async (r) => { const d = await r.data(); return { url: d.url, content: d.content }; }));
    })()`)) as { url: string; content: string }[];
    expect(contents.length).toBeGreaterThan(10);
    for (const { url, content } of contents)
      for (const text of chrome) expect(content, `${url} contains "${text}"`).not.toContain(text);
    await close();
  });

  it("the page chrome is not indexed: the site name's “Library” finds no page that only has it in its header", async () => {
    const { page, close } = await openPage(browser(), origin, { locale: "en-GB" });
    await page.goto(`${origin}/en/search/?q=library`);
    await page.waitForFunction(() =>
      /No results|found/.test(document.querySelector("main .search-status")?.textContent ?? ""),
    );
    const results = await page
      .locator("main .search-result__title")
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    // Every page's header says "Frontier AI Safety Library"; these pages have no such word in their text.
    for (const path of ["/en/", `/en/reports/${REPORT}/key-findings/`, `/en/reports/${REPORT}/part-2-risks/`])
      expect(results).not.toContain(path);
    await close();
  });
});

describe("permalinks", () => {
  it("each section heading has a link to itself that copies the address", async () => {
    const { page, close } = await openPage(browser(), origin, {
      locale: "en-GB",
      permissions: ["clipboard-read", "clipboard-write"],
    });
    await page.goto(`${origin}/en/reports/${REPORT}/part-2-risks/`);
    const anchor = page.getByRole("link", { name: "Link to this section: Systemic risks" });
    await anchor.click();
    expect(page.url()).toBe(`${origin}/en/reports/${REPORT}/part-2-risks/#systemic-risks`);
    await page.getByRole("status").filter({ hasText: "Link copied" }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      `${origin}/en/reports/${REPORT}/part-2-risks/#systemic-risks`,
    );
    await close();
  });
});
