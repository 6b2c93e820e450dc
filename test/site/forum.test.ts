import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { openPage, useBrowser } from "../helpers/browser.ts";
import { FORUM_EVENT, forumPublished, forumTalks, talkWithParagraph } from "../helpers/forum.ts";

const origin = inject("origin");
const browser = useBrowser();
const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const linked = talkWithParagraph(12);
const talkUrl = (lang: string, talk: string) => `${origin}/${lang}/forum/${FORUM_EVENT}/${talk}/`;
/** The text of an element as it shows on screen, without its screen-reader-only parts. */
const shownText = (el: Element) =>
  [...el.childNodes]
    .filter((n) => !(n instanceof Element && n.classList.contains("sr-only")))
    .map((n) => n.textContent)
    .join("");

/** Where paragraph p-n is on screen (below a sticky header, if there is one), and its background beside its neighbours'. */
const paragraphState = (page: Page, n: number) =>
  page.evaluate((n) => {
    const bg = (id: string) => getComputedStyle(document.getElementById(id)!).backgroundColor;
    const header = document.querySelector(".site-header")!;
    const covered = getComputedStyle(header).position === "static" ? 0 : header.getBoundingClientRect().bottom;
    const top = document.getElementById(`p-${n}`)!.getBoundingClientRect().top;
    return {
      top,
      visible: top >= covered && top < innerHeight / 2,
      own: bg(`p-${n}`),
      prev: bg(`p-${n - 1}`),
      next: bg(`p-${n + 1}`),
    };
  }, n);

describe.skipIf(!forumPublished())("forum transcripts", () => {
  it.skipIf(!linked)(
    "a #p-12 link on a phone lands on paragraph 12, highlighted; the language switch keeps it",
    async () => {
      const { page, log, close } = await openPage(browser(), origin, PHONE);
      await page.goto(`${talkUrl("zh", linked!.talk)}#p-12`);
      const zh = await paragraphState(page, 12);
      expect(zh.visible, `p-12 top at ${zh.top}px`).toBe(true);
      expect(zh.own).not.toBe("rgba(0, 0, 0, 0)");
      expect(zh.own).not.toBe(zh.prev);
      expect(zh.own).not.toBe(zh.next);

      await page.getByRole("link", { name: "English" }).first().click();
      await page.waitForURL(`${talkUrl("en", linked!.talk)}#p-12`);
      const en = await paragraphState(page, 12);
      expect(en.visible, `p-12 top at ${en.top}px`).toBe(true);
      expect(en.own).not.toBe(en.next);
      expect(en.own).toBe(zh.own);
      expect(log.errors).toEqual([]);
      await close();
    },
  );

  it.skipIf(!linked)(
    "every paragraph has a visible permalink, reachable by keyboard, that copies its address",
    async () => {
      const { page, close } = await openPage(browser(), origin, {
        ...PHONE,
        locale: "en-GB",
        permissions: ["clipboard-read", "clipboard-write"],
      });
      await page.goto(talkUrl("en", linked!.talk));
      const link = page.getByRole("link", { name: "Link to paragraph 12", exact: true });
      await link.scrollIntoViewIfNeeded();
      const box = await link.boundingBox();
      expect(box && box.width >= 24 && box.height >= 24).toBe(true); // visible without hovering, and big enough to tap
      await link.focus();
      await page.keyboard.press("Enter");
      expect(page.url()).toBe(`${talkUrl("en", linked!.talk)}#p-12`);
      await page.getByRole("status").filter({ hasText: "Link copied" }).waitFor();
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
        `${talkUrl("en", linked!.talk)}#p-12`,
      );
      await close();
    },
  );

  it.skipIf(!linked?.corrections.length)(
    "tapping a corrected word shows the transcript's original wording, on screen",
    async () => {
      const { page, close } = await openPage(browser(), origin, PHONE);
      await page.goto(talkUrl("zh", linked!.talk));
      const fix = page.locator(".transcript .asr-fix").first();
      const original = fix.locator(".asr-fix__orig");
      await fix.scrollIntoViewIfNeeded();
      const hidden = await original.boundingBox();
      expect(hidden!.width).toBeLessThanOrEqual(1); // out of sight until asked for
      await fix.tap();
      const shown = await original.evaluate(shownText);
      expect(shown).toMatch(/^识别原文：\S+/);
      const box = (await original.boundingBox())!;
      expect(box.width).toBeGreaterThan(40);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      const wordings = linked!.corrections.map((c) => c.wrong);
      expect(
        shown
          .replace(/^识别原文：/, "")
          .split(" / ")
          .every((w) => wordings.includes(w)),
      ).toBe(true);
      await close();
    },
  );

  it.skipIf(!linked?.corrections.length)(
    "English: a marked name shows the Chinese transcript's wording on keyboard focus",
    async () => {
      const { page, close } = await openPage(browser(), origin, { locale: "en-GB" });
      await page.goto(talkUrl("en", linked!.talk));
      const fix = page.locator(".transcript .asr-fix").first();
      await fix.focus();
      const original = fix.locator(".asr-fix__orig");
      await expect(original.evaluate(shownText)).resolves.toMatch(/^Transcript: \S/);
      const box = (await original.boundingBox())!;
      expect(box.width).toBeGreaterThan(40); // shown, not just present
      await expect(original.locator("[lang='zh-CN']").count()).resolves.toBe(1);
      await close();
    },
  );

  it("the talk page: title, speakers, editor's summary, the statement about the text, previous and next", async () => {
    const talks = forumTalks();
    const second = talks[1]!;
    const { page, log, close } = await openPage(browser(), origin, { locale: "en-GB" });
    await page.goto(talkUrl("en", second));
    await expect.poll(() => page.getByRole("heading", { level: 1 }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole("heading", { name: "Editor’s summary" }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText("machine speech-recognition transcript").isVisible()).toBe(true);
    await expect(page.locator(".talk-meta a[href*='/en/speakers/']").count()).resolves.toBeGreaterThan(0);
    await expect(page.locator("a[rel=prev]").getAttribute("href")).resolves.toBe(
      `/en/forum/${FORUM_EVENT}/${talks[0]}/`,
    );
    await expect(page.locator("a[rel=next]").getAttribute("href")).resolves.toBe(
      `/en/forum/${FORUM_EVENT}/${talks[2]}/`,
    );
    expect(log.errors).toEqual([]);
    await close();
  });

  it("the event page: the agenda as published, linking its talks or saying what was not transcribed", async () => {
    const { page, close } = await openPage(browser(), origin);
    await page.goto(`${origin}/zh/forum/${FORUM_EVENT}/`);
    const rows = page.locator("table.agenda tbody tr");
    await expect(rows.count()).resolves.toBe(11);
    await expect(rows.nth(0).innerText()).resolves.toMatch(/09:00–09:05\s+领导致辞\s*未转录/);
    await expect(rows.filter({ hasText: "未转录" }).count()).resolves.toBe(2);
    await expect(rows.locator("a[href^='/zh/forum/']").count()).resolves.toBe(9);
    await expect.poll(() => page.getByRole("heading", { name: "上午场" }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole("heading", { name: "下午场" }).isVisible()).toBe(true);
    await expect(page.locator("ol.programme > li").count()).resolves.toBe(forumTalks().length);
    await expect.poll(() => page.getByText("推断", { exact: true }).first().isVisible()).toBe(true);
    await close();
  });

  it("speakers: grouped as the sources allow, each person's page lists their talks", async () => {
    const { page, close } = await openPage(browser(), origin, { locale: "en-GB" });
    await page.goto(`${origin}/en/speakers/`);
    for (const group of ["Guests listed in the programme", "Others in the transcript", "Unidentified speakers"]) {
      await expect.poll(() => page.getByRole("heading", { level: 2, name: group }).isVisible()).toBe(true);
    }
    await page.getByRole("link", { name: "Zhang Yaqin", exact: true }).click();
    await page.waitForURL(`${origin}/en/speakers/zhang-yaqin/`);
    await expect
      .poll(() => page.getByText("Dean, Institute for AI Industry Research (AIR), Tsinghua University").isVisible())
      .toBe(true);
    await expect(page.locator(".appearances li").count()).resolves.toBeGreaterThan(0);
    await close();
  });

  it("search indexes the corrected wording, not the recognition error", async () => {
    const c = linked?.corrections[0];
    if (!c) return;
    const { page, close } = await openPage(browser(), origin);
    await page.goto(`${origin}/zh/`);
    const contents = (await page.evaluate(`(async () => {
      const pf = await import("/pagefind/pagefind.js");
      const search = await pf.search(${JSON.stringify(c.right)});
      return Promise.all(search.results.map(async (r) => { const d = await r.data(); return { url: d.url, content: d.content }; }));
    })()`)) as { url: string; content: string }[];
    const page0 = contents.find((r) => r.url.includes(`/${linked!.talk}/`));
    expect(page0, `a result for ${c.right} on ${linked!.talk}`).toBeDefined();
    expect(page0!.content).toContain(c.right);
    expect(page0!.content).not.toContain("识别原文");
    if (!c.right.includes(c.wrong)) expect(page0!.content).not.toContain(c.wrong);
    await close();
  });
});
