import { describe, expect, inject, it } from "vitest";
import { openPage, useBrowser } from "../helpers/browser.ts";
import { REPORT } from "../helpers/pages.ts";

const origin = inject("origin");
const browser = useBrowser();

describe("with JavaScript disabled", () => {
  it("a chapter shows its text, contents, footnotes and navigation", async () => {
    const { page, close } = await openPage(browser(), origin, {
      javaScriptEnabled: false,
      viewport: { width: 360, height: 740 },
    });
    await page.goto(`${origin}/en/reports/${REPORT}/part-2-risks/`);
    await expect(page.locator("#privacy").innerText()).resolves.toMatch(/privacy/i);
    await page.locator("summary", { hasText: "On this page" }).click(); // the folded contents open without script
    await expect.poll(() => page.getByRole("link", { name: "Systemic risks" }).first().isVisible()).toBe(true);
    await expect.poll(() => page.getByRole("link", { name: /Part 3: Risk management/ }).isVisible()).toBe(true);
    await expect(page.getByRole("navigation", { name: "Breadcrumbs" }).getByRole("link").count()).resolves.toBe(3);
    await close();
  });

  it("footnote references jump to the note and back", async () => {
    const { page, close } = await openPage(browser(), origin, { javaScriptEnabled: false });
    await page.goto(`${origin}/zh/reports/${REPORT}/part-1-capabilities/`);
    await page.locator("a[data-footnote-ref]").click();
    expect(new URL(page.url()).hash).toBe("#user-content-fn-2");
    await expect(page.locator("#user-content-fn-2").innerText()).resolves.toContain("请参阅主席在");
    await close();
  });

  it("the header search is a link to the search page, and the search form submits there", async () => {
    const { page, close } = await openPage(browser(), origin, { javaScriptEnabled: false });
    await page.goto(`${origin}/zh/`);
    await expect(page.locator("[data-search-open]").getAttribute("href")).resolves.toBe("/zh/search/");
    await page.locator("main").getByRole("searchbox").fill("证据困境");
    await page.locator("main").getByRole("searchbox").press("Enter");
    await page.waitForURL(`${origin}/zh/search/?q=${encodeURIComponent("证据困境")}`);
    await expect.poll(() => page.getByText("全文搜索需要启用 JavaScript。").isVisible()).toBe(true);
    await close();
  });
});
