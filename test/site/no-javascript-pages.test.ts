import { describe, expect, inject, it } from "vitest";
import { openPage, useBrowser } from "../helpers/browser.ts";
import { PAGE_TYPES } from "../helpers/pages.ts";

const origin = inject("origin");
const browser = useBrowser();

describe("every page type works without JavaScript", () => {
  const types = Object.entries(PAGE_TYPES).filter(([t]) => t !== "root" && t !== "notFound");
  it.each(types)("%s: text, navigation and language link are there", async (_type, path) => {
    const { page, close } = await openPage(browser(), origin, {
      javaScriptEnabled: false,
      viewport: { width: 360, height: 740 },
    });
    await page.goto(origin + path);
    const main = (await page.locator("main").innerText()).trim();
    expect(main.length).toBeGreaterThan(20);
    await expect(page.getByRole("navigation").first().getByRole("link").count()).resolves.toBeGreaterThan(1);
    await expect.poll(() => page.locator("a[data-lang-switch]").first().isVisible()).toBe(true);
    // Nothing essential waits for script: no visible "loading" placeholders.
    expect(main).not.toMatch(/Loading|正在加载/);
    await close();
  });
});
