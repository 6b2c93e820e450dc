/**
 * Sharing as a reader meets it, in Chromium: the share control (Web Share,
 * or copy with a confirmation), the QR code on screen in dark mode, and the
 * share view for a venue screen or a printed handout.
 */
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { openPage, useBrowser } from "../helpers/browser.ts";
import { axeViolations } from "../helpers/axe.ts";
import { decodeQrPng } from "../helpers/qr.ts";
import { REPORT } from "../helpers/pages.ts";

const origin = inject("origin");
const browser = useBrowser();
const SITE = "http://localhost:4321";
const CHAPTER = `/en/reports/${REPORT}/part-2-risks/`;
const TALK = "/en/forum/waic-2024/dawn-song-ai-safety-challenges/";

/** Tap (or click) a passage on its own text, not on a link or term inside it. */
async function tapText(page: Page, selector: string, how: "tap" | "click") {
  const passage = page.locator(selector);
  await passage.scrollIntoViewIfNeeded();
  const point = await passage.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (n.parentElement?.closest("a, button, b, strong") || (n.textContent ?? "").trim().length < 3) continue;
      const range = document.createRange();
      range.setStart(n, 0);
      range.setEnd(n, 2);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    throw new Error("no plain text in the passage");
  });
  if (how === "tap") await page.touchscreen.tap(point.x, point.y);
  else await page.mouse.click(point.x, point.y);
}

/** Replace navigator.share with a recorder, or remove it, before any page script runs. */
const withShare = `Object.defineProperty(Navigator.prototype, "share", { configurable: true, value: async (data) => { window.__shared = data; } });`;
const withoutShare = `Object.defineProperty(Navigator.prototype, "share", { configurable: true, value: undefined });`;

describe("the share control", () => {
  it("hands the page and the paragraph last tapped to the Web Share API", async () => {
    const { page, log, close } = await openPage(browser(), origin, { locale: "en-GB", hasTouch: true });
    await page.addInitScript(withShare);
    await page.goto(origin + CHAPTER);
    await tapText(page, "#bias", "tap");
    await page.getByRole("main").getByRole("button", { name: "Share" }).click();
    await expect(page.evaluate(() => (window as unknown as { __shared: ShareData }).__shared)).resolves.toEqual({
      title: "Part 2: Risks | International AI Safety Report 2025",
      url: `${origin}${CHAPTER}#bias`, // the address it is served at, not the one the build named
    });
    expect(log.errors).toEqual([]);
    await close();
  });

  it("without Web Share, copies the link with the current #section and says so", async () => {
    const { page, close } = await openPage(browser(), origin, {
      locale: "en-GB",
      permissions: ["clipboard-read", "clipboard-write"],
    });
    await page.addInitScript(withoutShare);
    await page.goto(`${origin}${CHAPTER}#systemic-risks`);
    await page.getByRole("main").getByRole("button", { name: "Share" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Link copied" }).isVisible()).toBe(true);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      `${origin}${CHAPTER}#systemic-risks`,
    );
    await close();
  });

  it("on a talk, shares the transcript paragraph the reader tapped", async () => {
    const { page, close } = await openPage(browser(), origin, {
      locale: "en-GB",
      permissions: ["clipboard-read", "clipboard-write"],
    });
    await page.addInitScript(withoutShare);
    await page.goto(origin + TALK);
    await tapText(page, "#p-3", "click");
    await page.getByRole("main").getByRole("button", { name: "Share" }).click();
    await page.getByRole("status").filter({ hasText: "Link copied" }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${origin}${TALK}#p-3`);
    await close();
  });

  it("without JavaScript, the page shows its address as a plain link and no dead button", async () => {
    const { page, close } = await openPage(browser(), origin, { javaScriptEnabled: false, locale: "en-GB" });
    await page.goto(origin + CHAPTER);
    const link = page.locator("a[data-share-plain]");
    await expect.poll(() => link.isVisible()).toBe(true);
    await expect(link.getAttribute("href")).resolves.toBe(SITE + CHAPTER);
    await expect(page.getByRole("button", { name: "Share" }).count()).resolves.toBe(0);
    await close();
  });
});

describe("QR codes on screen", () => {
  it("on a 360 px phone the talk starts below its header and share button, without the code in between", async () => {
    const { page, close } = await openPage(browser(), origin, {
      locale: "en-GB",
      viewport: { width: 360, height: 740 },
    });
    await page.goto(origin + TALK);
    await expect.poll(() => page.getByRole("img", { name: /^QR code: / }).isVisible()).toBe(false);
    await expect.poll(() => page.getByRole("main").getByRole("button", { name: "Share" }).isVisible()).toBe(true);
    await expect
      .poll(() =>
        page
          .getByRole("link", { name: /QR code/ })
          .first()
          .isVisible(),
      )
      .toBe(true);
    await close();
  });

  it("the talk page's code, as Chromium draws it in dark mode, reads as the talk's address", async () => {
    const { page, close } = await openPage(browser(), origin, { colorScheme: "dark", locale: "en-GB" });
    await page.goto(origin + TALK);
    const code = page.getByRole("img", { name: /^QR code: / });
    const box = (await code.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(150);
    expect(decodeQrPng(await code.screenshot())).toBe(SITE + TALK);
    await close();
  });
});

describe("the share view", () => {
  const VIEW = "/en/share/forum/waic-2024/dawn-song-ai-safety-challenges/";

  it("holds the title, speaker, a large QR code and the short address, and passes axe", async () => {
    const { page, log, close } = await openPage(browser(), origin, {
      locale: "en-GB",
      viewport: { width: 1280, height: 800 },
    });
    await page.goto(origin + VIEW);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Challenges and Future Directions in AI Safety",
    );
    await expect(page.locator(".share-view__people").innerText()).resolves.toContain("Dawn Song");
    await expect
      .poll(() =>
        page
          .getByRole("link", { name: "localhost:4321/en/forum/waic-2024/dawn-song-ai-safety-challenges" })
          .isVisible(),
      )
      .toBe(true);
    const code = page.getByRole("img", { name: /^QR code: / });
    expect((await code.boundingBox())!.height).toBeGreaterThanOrEqual(400); // big enough to scan from the back of a room
    expect(decodeQrPng(await code.screenshot())).toBe(SITE + TALK.replace("/share", ""));
    expect(await axeViolations(page)).toEqual([]);
    expect(log.thirdParty).toEqual([]);
    expect(log.errors).toEqual([]);
    await close();
  });

  it("prints on one page, with large type", async () => {
    const { page, close } = await openPage(browser(), origin, { locale: "en-GB" });
    await page.goto(origin + VIEW);
    await page.emulateMedia({ media: "print" });
    await expect.poll(() => page.locator(".site-header").isVisible()).toBe(false);
    const size = await page
      .getByRole("heading", { level: 1 })
      .evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
    expect(size).toBeGreaterThanOrEqual(36);
    const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    await close();
  });
});
