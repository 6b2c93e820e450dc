import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { openPage, useBrowser } from "../helpers/browser.ts";
import { REPORT } from "../helpers/pages.ts";
import { forumPublished } from "../helpers/forum.ts";

const origin = inject("origin");
const browser = useBrowser();

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return {
      text: el?.innerText?.trim() ?? "",
      tag: el?.tagName ?? "",
      id: el?.id ?? "",
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : "",
    };
  });

describe("keyboard only", () => {
  it("the first Tab reaches a visible skip link, which moves focus to the main content", async () => {
    const { page, close } = await openPage(browser(), origin);
    await page.goto(`${origin}/zh/reports/${REPORT}/part-2-risks/`);
    await page.keyboard.press("Tab");
    const skip = await focused(page);
    expect(skip.text).toBe("跳到正文");
    const box = await page.locator(".skip-link").boundingBox();
    expect(box && box.y >= 0).toBe(true); // on screen when focused
    await page.keyboard.press("Enter");
    expect((await focused(page)).id).toBe("main");
    await close();
  });

  it("every focusable element in the header shows a visible focus indicator", async () => {
    const { page, close } = await openPage(browser(), origin, { locale: "en-GB" });
    await page.goto(`${origin}/en/`);
    const seen: string[] = [];
    // The menu: site name, documents, (forum), glossary, risks, search, language, theme, reachable in order.
    const menu = [
      "Frontier AI Safety Library",
      "Documents",
      ...(forumPublished() ? ["Forum"] : []),
      "Glossary",
      "Risks",
      "Charts",
      "Search",
      "中文",
    ];
    for (let i = 0; i < menu.length + 2; i++) {
      await page.keyboard.press("Tab");
      const f = await focused(page);
      expect(f.outline, `focus on ${f.tag} "${f.text}"`).toMatch(/^solid [1-9]/);
      seen.push(f.text);
    }
    expect(seen.slice(1, menu.length + 1)).toEqual(menu);
    await close();
  });

  it("search: open with Enter, type, reach a result with Tab, close with Escape", async () => {
    const { page, close } = await openPage(browser(), origin, { locale: "en-GB" });
    await page.goto(`${origin}/en/reports/${REPORT}/key-findings/`);
    await page.locator("[data-search-open]").focus();
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("type"))).resolves.toBe("search");
    await page.keyboard.type("loss of control");
    await page.getByRole("dialog").locator(".search-result").first().waitFor();
    await page.keyboard.press("Tab"); // the submit button
    await page.keyboard.press("Tab"); // the first result
    const f = await focused(page);
    expect(f.tag).toBe("A");
    expect(f.outline).toMatch(/^solid [1-9]/);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByRole("dialog").isVisible()).toBe(false);
    expect((await focused(page)).text).toBe("Search"); // focus returns to the trigger
    await close();
  });

  it("the slash key opens search from anywhere", async () => {
    const { page, close } = await openPage(browser(), origin);
    await page.goto(`${origin}/zh/reports/${REPORT}/`);
    await page.keyboard.press("/");
    await expect.poll(() => page.getByRole("dialog").isVisible()).toBe(true);
    await close();
  });

  it("footnote preview: Enter opens it with focus inside, Escape closes it and returns focus", async () => {
    const { page, close } = await openPage(browser(), origin);
    await page.goto(`${origin}/zh/reports/${REPORT}/part-1-capabilities/`);
    const ref = page.locator("a[data-footnote-ref]");
    await ref.focus();
    await page.keyboard.press("Enter");
    const preview = page.getByRole("dialog", { name: "注释 2" });
    await preview.waitFor();
    await expect(preview.evaluate((el) => el.contains(document.activeElement))).resolves.toBe(true);
    await page.keyboard.press("Tab");
    await expect(preview.evaluate((el) => el.contains(document.activeElement))).resolves.toBe(true);
    await page.keyboard.press("Escape");
    await preview.waitFor({ state: "hidden" });
    await expect(ref.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(new URL(page.url()).hash).toBe("");
    await close();
  });

  it("the contents disclosure opens with the keyboard on a phone", async () => {
    const { page, close } = await openPage(browser(), origin, { viewport: { width: 360, height: 740 } });
    await page.goto(`${origin}/zh/reports/${REPORT}/contributors/`);
    await page.locator(".toc summary").first().focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("link", { name: "撰稿团队" }).first().isVisible()).toBe(true);
    await close();
  });
});
