import { describe, expect, inject, it } from "vitest";
import { openPage, useBrowser } from "../helpers/browser.ts";
import { PAYLOADS, payloadRan } from "../helpers/xss.ts";
import { REPORT } from "../helpers/pages.ts";

const origin = inject("origin");
const browser = useBrowser();

describe("crafted ?q=, ?highlight= and #fragment payloads render as text and run nothing", () => {
  it.each(PAYLOADS)("search page ?q=%s", async (payload) => {
    const { page, log, close } = await openPage(browser(), origin, { locale: "en-GB" });
    const ran = await payloadRan(page, `${origin}/en/search/?q=${encodeURIComponent(payload)}`, async () => {
      await page.locator(".search-status").filter({ hasText: /\S/ }).waitFor();
      await page.waitForFunction(() => !/Loading/.test(document.querySelector(".search-status")?.textContent ?? ""));
    });
    expect(ran).toBeUndefined();
    // The query is shown exactly as typed, as text.
    await expect(page.getByRole("searchbox").inputValue()).resolves.toBe(payload);
    expect(log.failed).toEqual([]);
    await close();
  });

  it.each(PAYLOADS)("chapter ?highlight=%s", async (payload) => {
    const { page, log, close } = await openPage(browser(), origin);
    const ran = await payloadRan(
      page,
      `${origin}/zh/reports/${REPORT}/key-findings/?highlight=${encodeURIComponent(payload)}`,
    );
    expect(ran).toBeUndefined();
    expect(log.failed).toEqual([]);
    await close();
  });

  it.each(PAYLOADS)("chapter #%s, carried through the language switch", async (payload) => {
    const { page, log, close } = await openPage(browser(), origin);
    const ran = await payloadRan(
      page,
      `${origin}/zh/reports/${REPORT}/key-findings/#${encodeURIComponent(payload)}`,
      async () => {
        await page.getByRole("link", { name: "English" }).first().click();
        await page.waitForURL(/\/en\//);
      },
    );
    expect(ran).toBeUndefined();
    expect(log.failed).toEqual([]);
    await close();
  });
});
