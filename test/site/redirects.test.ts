import { describe, expect, inject, it } from "vitest";
import { openPage, useBrowser } from "../helpers/browser.ts";

const origin = inject("origin");
const browser = useBrowser();

describe("old and short addresses keep working", () => {
  it("forwards to the same section of the current address", async () => {
    const { page, log, close } = await openPage(browser(), origin);
    await page.goto(`${origin}/en/reports/iasr-2025/part-2-risks/#bias`);
    await page.waitForURL(`${origin}/en/reports/international-ai-safety-report-2025/part-2-risks/#bias`);
    expect(log.errors).toEqual([]);
    await close();
  });

  it("forwards without JavaScript too", async () => {
    const { page, close } = await openPage(browser(), origin, { javaScriptEnabled: false });
    await page.goto(`${origin}/zh/reports/iasr-2025/`);
    await page.waitForURL(`${origin}/zh/reports/international-ai-safety-report-2025/`);
    await expect(page.locator("h1").innerText()).resolves.toContain("国际人工智能安全报告");
    await close();
  });
});
