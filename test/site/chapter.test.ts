import { describe, expect, inject, it } from "vitest";
import { openPage, useBrowser } from "../helpers/browser.ts";
import { REPORT } from "../helpers/pages.ts";

const origin = inject("origin");
const browser = useBrowser();

describe("a chapter renders in both languages", () => {
  it("Chinese: title, source text, sections and navigation", async () => {
    const { page, log, close } = await openPage(browser(), origin);
    await page.goto(`${origin}/zh/reports/${REPORT}/part-2-risks/`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "第 2 部分 — 风险：通用型人工智能有哪些风险？",
    );
    await expect(page.locator("#malicious-use").textContent()).resolves.toBe("恶意使用的风险");
    await expect(page.locator("#cyber-offence").innerText()).resolves.toContain(
      "借助通用型人工智能，不同技能水平的恶意行为者可更轻松或更快地发动网络攻击",
    );
    await expect.poll(() => page.getByText("原文", { exact: true }).isVisible()).toBe(true);
    await expect(page.getByRole("link", { name: /第 1 部分：能力/ }).getAttribute("rel")).resolves.toBe("prev");
    await expect(page.getByRole("link", { name: /第 3 部分：风险管理/ }).getAttribute("rel")).resolves.toBe("next");
    expect(log.errors).toEqual([]);
    await close();
  });

  it("English: the translation, with the same section ids", async () => {
    const { page, log, close } = await openPage(browser(), origin, { locale: "en-GB" });
    await page.goto(`${origin}/en/reports/${REPORT}/part-2-risks/`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(/^Part 2 — Risks/);
    await expect(page.locator("#malicious-use").textContent()).resolves.toMatch(/malicious use/i);
    await expect(page.locator("#open-weight-models").textContent()).resolves.toBe("Open-weight models");
    await expect.poll(() => page.getByText("Translated from the Chinese original").isVisible()).toBe(true);
    // "Cite" opens the chapter's citation within its report, and its RIS file downloads.
    await page.getByText("Cite", { exact: true }).click();
    const bibtex = await page.locator("#cite-bibtex-text").innerText();
    expect(bibtex).toMatch(/^@incollection\{bengio2025iasrpart2risks,/);
    expect(bibtex).toContain("booktitle = {{International AI Safety Report}}");
    expect(bibtex).toMatch(new RegExp(`url = \\{https?://[^/]+/en/reports/${REPORT}/part-2-risks/\\}`));
    const ris = page.getByRole("link", { name: /^RIS/ });
    expect(await ris.getAttribute("download")).toBe("bengio2025iasrpart2risks.ris");
    const file = await page.request.get(new URL((await ris.getAttribute("href"))!, page.url()).href);
    expect(await file.text()).toMatch(/^TY {2}- CHAP\r\nAU {2}- Bengio, Yoshua\r\n/);
    expect(log.errors).toEqual([]);
    await close();
  });

  it("footnotes have back-links and preview on tap, and Escape closes the preview", async () => {
    const { page, close } = await openPage(browser(), origin, {
      hasTouch: true,
      isMobile: true,
      viewport: { width: 360, height: 740 },
    });
    await page.goto(`${origin}/zh/reports/${REPORT}/key-findings/`);
    const ref = page.locator("a[data-footnote-ref]").first();
    await expect(page.locator("[data-footnote-backref]").first().getAttribute("href")).resolves.toBe(
      await ref.getAttribute("id").then((id) => `#${id}`),
    );
    await ref.tap();
    const preview = page.getByRole("dialog", { name: "注释 1" });
    await preview.waitFor();
    await expect(preview.innerText()).resolves.toContain("请参阅主席在");
    expect(new URL(page.url()).hash).toBe(""); // the tap did not jump away
    await page.keyboard.press("Escape");
    await preview.waitFor({ state: "hidden" });
    await close();
  });

  it("the contributors page lists the panel with nominating countries", async () => {
    const { page, close } = await openPage(browser(), origin);
    await page.goto(`${origin}/en/reports/${REPORT}/contributors/`);
    const panel = page.locator(".contributors__list--panel > li");
    await expect(panel.count()).resolves.toBe(33);
    await expect.poll(() => page.getByText("Zeng Yi").first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText("Misspelt “Felton” in the source.").isVisible()).toBe(true);
    await close();
  });

  it("the report overview offers a citation to copy", async () => {
    const { page, close } = await openPage(browser(), origin, {
      locale: "en-GB",
      permissions: ["clipboard-read", "clipboard-write"],
    });
    await page.goto(`${origin}/en/reports/${REPORT}/`);
    await expect(page.locator("#cite-bibtex-text").innerText()).resolves.toContain("@techreport{bengio2025iasr,");
    // Reference managers read the same data from meta tags.
    await expect(
      page.locator('meta[name="citation_author"]').evaluateAll((ms) => ms.map((m) => m.getAttribute("content"))),
    ).resolves.toEqual(["Bengio, Yoshua", "Mindermann, Sören", "Privitera, Daniel"]);
    await page.getByRole("button", { name: "Copy" }).first().click();
    await page.getByRole("button", { name: "Copied" }).waitFor(); // the button confirms once the text is on the clipboard
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toMatch(
      /^Bengio, Y\., Mindermann, S\., Privitera, D\., et al\. \(2025\)\. International AI Safety Report/,
    );
    await close();
  });
});
