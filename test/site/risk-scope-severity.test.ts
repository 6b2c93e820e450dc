/**
 * The risk scope/severity map in the browser: the filters in the address across
 * a reload, a tap (and Enter) listing a mark's quotations, the chapter's static
 * copy with its note, and axe with the filters and a selection. The page with
 * JavaScript off is checked with every chart in charts.test.ts.
 */
import { describe, expect, inject, it } from "vitest";
import { openPage, useBrowser } from "../helpers/browser.ts";
import { useAxePage } from "../helpers/axe.ts";

const origin = inject("origin");
const browser = useBrowser();
const axe = useAxePage(origin);
const PATH = "/en/charts/risk-scope-severity/";

describe("the risk scope/severity map", () => {
  it("keeps the document and family filters in the address, and after a reload", async () => {
    const { page, log, close } = await openPage(browser(), origin, { locale: "en-GB" });
    await page.goto(origin + PATH);
    const marks = page.locator("figure.chart svg [data-mark]");
    await expect(marks.count()).resolves.toBe(14);
    // The data table links each mark to its risk node (or glossary term) and each quotation to its passage.
    await expect(page.locator(".chart-data th[scope=row] a").first().getAttribute("href")).resolves.toBe(
      "/en/risks/cais-four-sources/power-seeking/",
    );
    await page.locator(`select[data-filter="doc"]`).selectOption("international-ai-safety-report-2025");
    await page.locator(`select[data-filter="family"]`).selectOption("misuse");
    expect(new URL(page.url()).search).toBe("?doc=international-ai-safety-report-2025&family=misuse");
    await expect(marks.count()).resolves.toBe(3);
    await page.reload();
    await expect(marks.count()).resolves.toBe(3);
    await expect(page.locator(`select[data-filter="doc"]`).inputValue()).resolves.toBe(
      "international-ai-safety-report-2025",
    );
    await expect(page.locator("[data-shown]").innerText()).resolves.toBe("3 of 14 marks shown");
    await page.locator(`select[data-filter="doc"]`).selectOption("");
    await page.locator(`select[data-filter="family"]`).selectOption("");
    expect(new URL(page.url()).search).toBe("");
    await page.goto(`${origin}${PATH}?family=dragons`);
    await expect(page.locator("[data-invalid]").innerText()).resolves.toContain("family=dragons");
    await expect(marks.count()).resolves.toBe(14);
    expect(log.errors).toEqual([]);
    await close();
  });

  it("a tap on a mark at 360 px lists its quotations with links to the passages; Enter does the same", async () => {
    const { page, log, close } = await openPage(browser(), origin, {
      hasTouch: true,
      isMobile: true,
      viewport: { width: 360, height: 740 },
    });
    await page.goto(`${origin}/zh/charts/risk-scope-severity/`);
    await page.locator('svg [data-id="power-seeking-ai"] .rss-shape').first().tap();
    const quotes = page.locator("[data-quotes] li");
    await expect(quotes.count()).resolves.toBe(3);
    await expect(quotes.first().innerText()).resolves.toContain("产生生存灾难");
    await expect(quotes.first().locator("a").getAttribute("href")).resolves.toBe(
      "/zh/reports/frontier-models-2023/risks/#carlsmith-estimate",
    );
    await expect(page.locator("[data-node] a").getAttribute("href")).resolves.toBe(
      "/zh/risks/cais-four-sources/power-seeking/",
    );
    await expect(page.locator("[data-tip-box]").innerText()).resolves.toContain("寻求权力");
    // The keyboard: focus the plot (first mark), arrow on, Enter selects.
    await page.locator("[data-plot]").focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect(page.locator("[data-selected-title]").innerText()).resolves.toContain("2. 失控AI");
    // The marks are narrower than a fingertip: the "Mark" list selects any of them too, and follows a tap.
    const pick = page.locator("select[data-pick]");
    await expect(pick.inputValue()).resolves.toBe("rogue-ai");
    await pick.selectOption({ index: 3 });
    await expect(page.locator("[data-selected-title]").innerText()).resolves.toMatch(/^3\. /);
    expect(log.errors).toEqual([]);
    await close();
  });

  it("shows in the 2023 risks chapter as a static chart with its note", async () => {
    const { page, close } = await openPage(browser(), origin);
    await page.goto(`${origin}/en/reports/frontier-models-2023/risks/`);
    const chart = page.locator("#risk-scope-severity");
    await expect(chart.locator("svg[role=img] [data-mark]").count()).resolves.toBe(14);
    await expect(chart.locator(".chart__note").innerText()).resolves.toContain("Bostrom (2013)");
    await close();
  });

  it("axe is clean, light and dark, with filters set and a mark selected", async () => {
    const result = await axe().check(`${origin}${PATH}?family=loss-of-control`, async (page) => {
      await page.locator('svg [data-id="rogue-ai"] .rss-shape').first().click();
      await page.locator("[data-quotes] li").first().waitFor();
      await page.locator("[data-plot]").focus();
    });
    expect(result).toEqual({ light: [], dark: [] });
  });
});
