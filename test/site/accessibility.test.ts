/**
 * Axe on states a page reaches only by interaction. Every page template is
 * checked as loaded by accessibility-pages-*.test.ts.
 */
import { describe, expect, inject, it } from "vitest";
import { openPage, useBrowser } from "../helpers/browser.ts";
import { axeViolations } from "../helpers/axe.ts";
import { REPORT } from "../helpers/pages.ts";

const origin = inject("origin");
const browser = useBrowser();

describe("axe on interactive states", () => {
  it("the root language chooser, as a reader without JavaScript sees it", async () => {
    const { page, close } = await openPage(browser(), origin);
    // Serve the real page minus its forwarding script, so it stays on screen for axe.
    await page.route(`${origin}/`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<script type="module"[^>]*><\/script>/g, "");
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${origin}/`);
    await page.getByRole("link", { name: /English/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it.each(["light", "dark"] as const)("the search dialog with results (%s)", async (scheme) => {
    const { page, close } = await openPage(browser(), origin, { colorScheme: scheme });
    await page.goto(`${origin}/zh/`);
    await page.locator("[data-search-open]").click();
    await page.getByRole("dialog").getByRole("searchbox").fill("风险");
    await page.getByRole("dialog").locator(".search-result").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it.each(["light", "dark"] as const)("an open footnote preview (%s)", async (scheme) => {
    const { page, close } = await openPage(browser(), origin, { colorScheme: scheme });
    await page.goto(`${origin}/en/reports/${REPORT}/part-3-risk-management/`);
    await page.locator("a[data-footnote-ref]").click();
    await page.getByRole("dialog", { name: "Note 3" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it.each(["light", "dark"] as const)("an open glossary term popover at 360 px (%s)", async (scheme) => {
    const { page, close } = await openPage(browser(), origin, {
      colorScheme: scheme,
      viewport: { width: 360, height: 740 },
      hasTouch: true,
    });
    await page.goto(`${origin}/zh/reports/${REPORT}/part-2-risks/`);
    await page.locator("#loss-of-control a.term", { hasText: "失控" }).tap();
    await page.getByRole("dialog", { name: "失控" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it("a highlighted search hit and a linked passage", async () => {
    const { page, close } = await openPage(browser(), origin, { colorScheme: "dark" });
    await page.goto(`${origin}/en/reports/${REPORT}/part-2-risks/?highlight=bias#bias`);
    await page.locator("mark.search-hit").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});
