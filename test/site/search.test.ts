import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { openPage, useBrowser } from "../helpers/browser.ts";
import { REPORT } from "../helpers/pages.ts";

const origin = inject("origin");
const browser = useBrowser();

async function searchFromHeader(page: Page, query: string) {
  await page.locator("[data-search-open]").click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("searchbox").fill(query);
  await dialog.locator(".search-result").first().waitFor();
  return dialog;
}

function sectionLinks(page: Page, scope = "") {
  return page
    .locator(`${scope} .search-result__sections a`)
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
}

describe("search", () => {
  it("loads Pagefind only when the reader opens search", async () => {
    const { page, close } = await openPage(browser(), origin);
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(`${origin}/zh/reports/${REPORT}/part-1-capabilities/`, { waitUntil: "networkidle" });
    expect(requests.filter((u) => u.includes("/pagefind/"))).toEqual([]);
    await searchFromHeader(page, "扩展");
    expect(requests.some((u) => u.endsWith("/pagefind/pagefind.js"))).toBe(true);
    await close();
  });

  it("证据困境 on /zh/ finds this report with a link to the passage, in a phone sheet that scrolls once", async () => {
    const { page, log, close } = await openPage(browser(), origin);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${origin}/zh/`);
    await searchFromHeader(page, "证据困境");
    const links = await sectionLinks(page, "dialog");
    expect(links.some((h) => h.includes(`/zh/reports/${REPORT}/`) && h.endsWith("#evidence-dilemma"))).toBe(true);
    // One scrolling surface: of the sheet and everything in it, only the results scroll,
    // and "全部结果与筛选" sits whole inside the screen.
    const sheet = await page.locator("dialog[open]").evaluate((dialog) => {
      const scrolls = (e: Element) =>
        e.scrollHeight > e.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(e).overflowY);
      const box = (e: Element | null) => {
        const r = e!.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      };
      return {
        scrollers: [dialog, ...dialog.querySelectorAll("*")].filter(scrolls).map((e) => e.className),
        dialog: box(dialog),
        more: box(dialog.querySelector("[data-search-more]")),
      };
    });
    expect(sheet.scrollers).toEqual(["search-results"]);
    expect(sheet.dialog).toMatchObject({ top: 0, left: 0, right: 360, bottom: 740 });
    expect(sheet.more.top).toBeGreaterThanOrEqual(0);
    expect(sheet.more.bottom).toBeLessThanOrEqual(740);
    expect(sheet.more.right).toBeLessThanOrEqual(360);
    await expect(page.locator("dialog[open] [data-search-more]").innerText()).resolves.toBe("全部结果与筛选");
    // Excerpts read as text: no footnote arrows or risk-family shapes, and a term's page shows its definition.
    await page.locator("dialog[open]").getByRole("searchbox").fill("模型评测");
    await page.locator('dialog[open] [data-search][data-query="模型评测"][data-state="done"]').waitFor();
    const excerpts = await page.locator("dialog[open] .search-result__excerpt").allInnerTexts();
    expect(excerpts.join("\n")).not.toMatch(/[↩▬✚◆■▲●]/);
    expect(excerpts.join("\n")).not.toMatch(/别称/);
    // Closing returns the reader to where they were.
    await page.locator("dialog[open] [data-search-close]").click();
    await expect(page.evaluate(() => document.activeElement?.hasAttribute("data-search-open"))).resolves.toBe(true);
    expect(log.errors).toEqual([]);
    await close();
  });

  it("evidence dilemma on /en/ finds this report with a link to the passage", async () => {
    const { page, close } = await openPage(browser(), origin, { locale: "en-GB" });
    await page.goto(`${origin}/en/`);
    await searchFromHeader(page, "evidence dilemma");
    const links = await sectionLinks(page, "dialog");
    expect(links.some((h) => h.includes(`/en/reports/${REPORT}/`) && h.endsWith("#evidence-dilemma"))).toBe(true);
    // Each language searches its own index.
    expect(links.every((h) => h.includes("/en/"))).toBe(true);
    await close();
  });

  it("/{lang}/search/?q= keeps the query in the URL and the result page highlights it", async () => {
    const { page, close } = await openPage(browser(), origin, { locale: "en-GB" });
    await page.goto(`${origin}/en/search/?q=open-weight`);
    await page.locator(".search-result").first().waitFor();
    await expect(page.getByRole("searchbox").inputValue()).resolves.toBe("open-weight");
    await page.getByRole("searchbox").fill("marginal risk");
    await page.waitForURL(/\?q=marginal\+risk$/);
    await page
      .locator("main .search-result mark", { hasText: /marginal/i })
      .first()
      .waitFor(); // the new results are in
    // The passage that contains the rarer word comes first.
    await expect(page.locator("main .search-result__sections a").first().getAttribute("href")).resolves.toMatch(
      /#open-weight-models$/,
    );
    const first = page.locator(".search-result__sections a, .search-result__title").first();
    await first.click();
    await page.waitForURL(/highlight=/);
    await page.locator("mark.search-hit").first().waitFor();
    const marks = await page.locator("mark.search-hit").allInnerTexts();
    expect(marks.map((m) => m.toLowerCase())).toContain("marginal");
    await close();
  });

  it("the home page search box works too", async () => {
    const { page, close } = await openPage(browser(), origin);
    await page.goto(`${origin}/zh/`);
    await page.locator("main").getByRole("searchbox").fill("开放权重");
    await page.locator("main .search-result").first().waitFor();
    await expect(page.locator("main .search-result").first().innerText()).resolves.toContain("开放权重");
    await close();
  });
});
