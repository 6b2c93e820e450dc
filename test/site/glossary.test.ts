import { describe, expect, inject, it } from "vitest";
import { openPage, useBrowser } from "../helpers/browser.ts";
import { axeViolations } from "../helpers/axe.ts";
import { REPORT } from "../helpers/pages.ts";

const origin = inject("origin");
const browser = useBrowser();
const PHONE = { hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } };
const CHAPTER = `/zh/reports/${REPORT}/part-2-risks/`;

describe("glossary terms in the text", () => {
  it("tapping a term at 360 px opens its definition in a popover that fits the screen", async () => {
    const { page, log, close } = await openPage(browser(), origin, PHONE);
    await page.goto(origin + CHAPTER);
    const term = page.locator("#loss-of-control a.term", { hasText: "失控" });
    await term.tap();
    const pop = page.getByRole("dialog", { name: "失控" });
    await pop.waitFor();
    await expect(pop.innerText()).resolves.toContain("脱离任何人的控制");
    const box = (await pop.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await expect(pop.getByRole("link", { name: "在术语表中查看“失控”" }).getAttribute("href")).resolves.toBe(
      "/zh/glossary/loss-of-control/",
    );
    expect(new URL(page.url()).pathname).toBe(CHAPTER); // the tap did not navigate
    await pop.getByRole("button", { name: "关闭" }).tap();
    await pop.waitFor({ state: "hidden" });
    expect(log.errors).toEqual([]);
    await close();
  });

  it("the keyboard opens the popover with Enter, moves focus into it, and Escape closes it and returns focus", async () => {
    const { page, close } = await openPage(browser(), origin, { locale: "en-GB" });
    await page.goto(`${origin}/en/reports/${REPORT}/part-2-risks/`);
    const term = page.locator("#loss-of-control a.term").first();
    await term.focus();
    await expect(term.getAttribute("aria-expanded")).resolves.toBe("false");
    await page.keyboard.press("Enter");
    const pop = page.getByRole("dialog", { name: "Loss of control" });
    await pop.waitFor();
    await expect(term.getAttribute("aria-expanded")).resolves.toBe("true");
    expect(await page.evaluate(() => document.activeElement?.closest("[popover]") !== null)).toBe(true);
    await page.keyboard.press("Escape");
    await pop.waitFor({ state: "hidden" });
    expect(await term.evaluate((el) => el === document.activeElement)).toBe(true);
    await close();
  });

  it("hovering a term with a mouse previews it", async () => {
    const { page, close } = await openPage(browser(), origin, { locale: "en-GB" });
    await page.goto(`${origin}/en/reports/${REPORT}/part-2-risks/`);
    const term = page.locator("#bias a.term").first();
    await expect(term.getAttribute("aria-expanded")).resolves.toBe("false");
    await term.hover();
    const pop = page.getByRole("dialog", { name: "Bias" });
    await expect.poll(() => pop.isVisible()).toBe(true);
    // The preview is the term's own: its definition and a link to its glossary page.
    await expect(pop.locator('a[href$="/en/glossary/bias/"]').count()).resolves.toBeGreaterThan(0);
    await close();
  });

  it.each(["light", "dark"] as const)("axe stays clean with a term popover open (%s)", async (scheme) => {
    const { page, close } = await openPage(browser(), origin, { ...PHONE, colorScheme: scheme });
    await page.goto(origin + CHAPTER);
    await page.locator("a.term").first().tap();
    await page.getByRole("dialog").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it("without JavaScript a term is a plain link to its glossary page", async () => {
    const { page, close } = await openPage(browser(), origin, { javaScriptEnabled: false });
    await page.goto(origin + CHAPTER);
    await page.locator("#loss-of-control a.term").first().click();
    await page.waitForURL(`${origin}/zh/glossary/loss-of-control/`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("失控");
    await close();
  });

  it("a cited section lists the glossary and taxonomy pages that discuss it", async () => {
    const { page, close } = await openPage(browser(), origin, { locale: "en-GB" });
    await page.goto(`${origin}/en/reports/${REPORT}/part-2-risks/`);
    const list = page.locator("#loss-of-control .discussed-in");
    await expect(list.getByRole("link", { name: "Glossary: Loss of control" }).getAttribute("href")).resolves.toBe(
      "/en/glossary/loss-of-control/",
    );
    // At 1280 px a passage's related entries sit in a margin column beside it, level with it.
    const pair = page.locator(".reading > .prose .with-related").first();
    const [passage, related] = await Promise.all([
      pair.locator("> :first-child").boundingBox(),
      pair.locator("> .discussed-in").boundingBox(),
    ]);
    expect(related!.x).toBeGreaterThanOrEqual(passage!.x + passage!.width);
    expect(related!.x + related!.width).toBeLessThanOrEqual(1280);
    expect(Math.abs(related!.y - passage!.y)).toBeLessThan(passage!.height);
    await expect(pair.locator("> .discussed-in a").first().isVisible()).resolves.toBe(true);
    await expect(pair.locator("summary").isVisible()).resolves.toBe(false); // the list itself, no chip
    // On a phone the same entries are a "⋯ N related" chip after the passage that opens the list.
    await page.setViewportSize({ width: 360, height: 740 });
    const chip = pair.locator("summary");
    await expect(chip.innerText()).resolves.toMatch(/^⋯ \d+ related$/);
    await expect(chip.isVisible()).resolves.toBe(true);
    await expect(pair.locator("> .discussed-in a").first().isVisible()).resolves.toBe(false);
    const [p360, chip360] = await Promise.all([pair.locator("> :first-child").boundingBox(), chip.boundingBox()]);
    expect(chip360!.y).toBeGreaterThanOrEqual(p360!.y + p360!.height - 1);
    expect(chip360!.height).toBeGreaterThanOrEqual(24);
    await chip.click();
    await expect(pair.locator("> .discussed-in a").first().isVisible()).resolves.toBe(true);
    await page.setViewportSize({ width: 1280, height: 720 });
    await list.getByRole("link", { name: /risk categories: Loss of control/ }).click();
    await page.waitForURL(`${origin}/en/risks/iasr-risks/loss-of-control/`);
    await close();
  });
});

describe("the glossary pages", () => {
  it("the index is grouped by pinyin initial and filters by name, alias or pinyin", async () => {
    const { page, close } = await openPage(browser(), origin);
    await page.goto(`${origin}/zh/glossary/`);
    await expect(
      page
        .locator("section", { has: page.locator("#initial-S") })
        .locator("li a")
        .first()
        .textContent(),
    ).resolves.toBe("设计安全");
    await page.getByLabel("筛选术语").fill("shikong");
    await expect(page.locator("[data-filter-text]:visible a.term-index__name").allTextContents()).resolves.toEqual([
      "失控",
    ]);
    await expect.poll(() => page.getByText(/显示 1 \/ \d+ 个术语/).isVisible()).toBe(true);
    await page.getByLabel("筛选术语").fill("RLHF");
    await expect(page.locator("[data-filter-text]:visible a.term-index__name").allTextContents()).resolves.toEqual([
      "基于人类反馈的强化学习",
    ]);
    await close();
  });

  it("a term page gives both names, the definition, where a document defines it, and links on to the taxonomies", async () => {
    const { page, close } = await openPage(browser(), origin, { locale: "en-GB" });
    await page.goto(`${origin}/en/glossary/red-teaming/`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Red teaming");
    await expect(page.locator(".subtitle").textContent()).resolves.toBe("红队测试");
    const defined = page.locator("section", { has: page.getByRole("heading", { name: "Defined in the documents" }) });
    await expect(defined.getByRole("link").first().getAttribute("href")).resolves.toBe(
      "/en/reports/best-practices-2024/model-evaluations-red-teaming/#summary",
    );
    await page
      .locator(".node-links")
      .getByRole("link", { name: "Model evaluations and red teaming", exact: true })
      .click();
    await page.waitForURL(`${origin}/en/risks/best-practices/model-evaluations-red-teaming/`);
    await close();
  });
});

describe("the risk taxonomies", () => {
  it("a node page shows its counterparts from both ends of the crosswalk, its parent and its passages", async () => {
    const { page, close } = await openPage(browser(), origin, { locale: "en-GB" });
    await page.goto(`${origin}/en/risks/cais-four-sources/rogue-ai/`);
    const counterparts = page.locator(".counterparts");
    await expect(
      counterparts.locator(".counterparts__group--equivalent").getByRole("link").allTextContents(),
    ).resolves.toContain("Loss of control");
    await page.goto(`${origin}/en/risks/iasr-risks/loss-of-control/`);
    await expect(
      page.locator(".counterparts__group--equivalent").getByRole("link").allTextContents(),
    ).resolves.toContain("Rogue AI risk");
    await expect(page.locator(".node-family").getByRole("link").allTextContents()).resolves.toEqual([
      "Risks from malfunctions",
    ]);
    await expect(page.locator(".passages a").first().getAttribute("href")).resolves.toBe(
      `/en/reports/${REPORT}/part-2-risks/#loss-of-control`,
    );
    await close();
  });

  it("the explorer filters by scheme and by document, and keeps the choice in the address", async () => {
    const { page, close } = await openPage(browser(), origin);
    await page.goto(`${origin}/zh/risks/`);
    const visibleSchemes = () => page.locator("[data-scheme]:visible").count();
    const all = await visibleSchemes();
    expect(all).toBeGreaterThanOrEqual(10);
    await page.getByLabel("文献").selectOption("forum/waic-2024");
    expect(new URL(page.url()).searchParams.get("doc")).toBe("forum/waic-2024");
    const forum = await visibleSchemes();
    expect(forum).toBeGreaterThan(0);
    expect(forum).toBeLessThan(all);
    await expect.poll(() => page.locator("[data-scheme=forum-red-lines]").isVisible()).toBe(true);
    await expect.poll(() => page.locator("[data-scheme=deepmind-threat-models]").isVisible()).toBe(false);
    await page.goto(`${origin}/zh/risks/?scheme=eu-ai-act`);
    await expect(visibleSchemes()).resolves.toBe(1);
    await page.goto(`${origin}/zh/risks/?scheme=%3Cscript%3E`);
    await expect(visibleSchemes()).resolves.toBe(all); // an unknown value is ignored
    await close();
  });
});
