import { describe, expect, inject, it } from "vitest";
import { openPage, useBrowser } from "../helpers/browser.ts";
import { REPORT } from "../helpers/pages.ts";

const origin = inject("origin");
const browser = useBrowser();

describe("switching language keeps the reader's place", () => {
  it("zh → en on #malfunctions lands on the same section", async () => {
    const { page, close } = await openPage(browser(), origin, { viewport: { width: 360, height: 740 } });
    await page.goto(`${origin}/zh/reports/${REPORT}/part-2-risks/#malfunctions`);
    await page.getByRole("link", { name: "English" }).first().click();
    await page.waitForURL(`${origin}/en/reports/${REPORT}/part-2-risks/#malfunctions`);
    const heading = page.locator("#malfunctions");
    await expect(heading.textContent()).resolves.toMatch(/malfunctions/i);
    await expect(
      heading.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.top < innerHeight;
      }),
    ).resolves.toBe(true);
    await close();
  });

  it("en → zh keeps a passage link (#cyber-offence)", async () => {
    const { page, close } = await openPage(browser(), origin, { locale: "en-GB" });
    await page.goto(`${origin}/en/reports/${REPORT}/part-2-risks/#cyber-offence`);
    await page.getByRole("link", { name: "中文" }).first().click();
    await page.waitForURL(`${origin}/zh/reports/${REPORT}/part-2-risks/#cyber-offence`);
    await expect(page.locator("#cyber-offence").innerText()).resolves.toContain("网络攻击");
    await close();
  });

  it("without JavaScript the link still reaches the same page", async () => {
    const { page, close } = await openPage(browser(), origin, { javaScriptEnabled: false });
    await page.goto(`${origin}/zh/reports/${REPORT}/part-2-risks/#malfunctions`);
    await page.getByRole("link", { name: "English" }).first().click();
    await page.waitForURL(`${origin}/en/reports/${REPORT}/part-2-risks/`);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await expect(page.locator("#malfunctions").count()).resolves.toBe(1);
    await close();
  });
});
