import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "../helpers/browser.ts";
import { loadQueries, searchOnPage, splitOf } from "../../scripts/search/eval.ts";

const origin = inject("origin");
const browser = useBrowser();
const queries = loadQueries();

// Recall on the labelled queries: search-recall-zh.test.ts and search-recall-en.test.ts.

describe("labelled search queries (test/search/queries.json)", () => {
  it("has at least 200 queries covering all four documents and every kind", () => {
    expect(queries.length).toBeGreaterThanOrEqual(200);
    const targets = queries.flatMap((q) => q.expect).join(" ");
    for (const doc of [
      "international-ai-safety-report-2025",
      "frontier-models-2023",
      "best-practices-2024",
      "forum/waic-2024",
    ])
      expect(targets).toContain(doc);
    expect(new Set(queries.map((q) => q.kind))).toEqual(
      new Set([
        "zh",
        "en",
        "mixed",
        "traditional",
        "abbreviation",
        "typo",
        "question",
        "phrase",
        "name",
        "synonym",
        "regional",
        "other-language",
      ]),
    );
    // At least half are written as readers type: questions, phrases, titled names,
    // their own words, regional words and the other language's words.
    const natural = queries.filter((q) =>
      ["question", "phrase", "name", "synonym", "regional", "other-language"].includes(q.kind),
    );
    expect(natural.length * 2).toBeGreaterThanOrEqual(queries.length);
    expect(queries.some((q) => q.langs.includes("en") && /\p{Script=Han}/u.test(q.q))).toBe(true); // cross-language both ways
    expect(queries.some((q) => q.langs.includes("zh") && q.kind === "en")).toBe(true);
  });

  it("splits the queries into a tuning half and a held-out half by their text alone", () => {
    const wrong = queries.filter((q) => q.split !== splitOf(q.q)).map((q) => `${q.q}: ${q.split}`);
    expect(wrong).toEqual([]);
    const heldout = queries.filter((q) => q.split === "heldout").length;
    expect(heldout).toBeGreaterThan(queries.length * 0.4);
    expect(heldout).toBeLessThan(queries.length * 0.6);
  });
});

describe("results page", () => {
  it("keeps the filters in the URL and applies them: ?type=glossary lists glossary terms only", async () => {
    const context = await browser().newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await page.goto(`${origin}/en/search/?q=alignment&type=glossary`);
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>(".search-page [data-search]")?.dataset.state === "done",
    );
    await expect(page.getByLabel("Type").inputValue()).resolves.toBe("glossary");
    const pages = await page
      .locator(".search-page .search-result__title")
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((p) => p.startsWith("/en/glossary/"))).toBe(true);
    await page.getByLabel("Document").selectOption("waic-2024");
    await page.waitForURL(/doc=waic-2024/);
    expect(new URL(page.url()).searchParams.get("type")).toBe("glossary");
    await context.close();
  });

  it("a query naming a term opens with its definition card, linking to the term in the reader's language", async () => {
    const context = await browser().newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(`${origin}/zh/search/?q=RSP`);
    const card = page.locator(".search-page .search-result").first();
    await card.locator(".search-card__definition").waitFor();
    await expect(card.locator("a").getAttribute("href")).resolves.toMatch(/^\/zh\/glossary\/rsp\//);
    await expect(card.textContent()).resolves.toContain("负责任扩展策略");
    // The arrow keys move from the box into the results.
    await page.getByRole("searchbox").first().focus();
    await page.keyboard.press("ArrowDown");
    await expect(page.evaluate(() => document.activeElement?.closest(".search-result") !== null)).resolves.toBe(true);
    await context.close();
  });

  it("understands a question, a name with a title and the other language's words (one page, three queries)", async () => {
    const context = await browser().newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await page.goto(`${origin}/en/search/`);
    const results = page.locator(".search-page .search-result");
    const status = page.locator(".search-page .search-status");

    // A question: its question words are not searched, the term it names opens with its card.
    await searchOnPage(page, "what is a responsible scaling policy");
    await expect(results.first().locator(".search-card__label").textContent()).resolves.toBe("Glossary");
    await expect(results.first().locator("a").first().getAttribute("href")).resolves.toMatch(/^\/en\/glossary\/rsp\//);

    // A name with a title: the title is never printed beside the name, the talk is found.
    const { top } = await searchOnPage(page, "Prof. Yoshua Bengio");
    expect(top.slice(0, 3).map((r) => r.page)).toContain("/en/forum/waic-2024/bengio-advanced-ai-safety/");

    // Chinese words that no glossary entry names, and that the English text cannot match:
    // the pages whose Chinese text matches, as their English counterparts, labelled.
    await searchOnPage(page, "网络犯罪工具");
    await expect(status.textContent()).resolves.toContain("Chinese text");
    await expect(results.first().locator(".search-result__found-in").textContent()).resolves.toBe(
      "Found in the Chinese text",
    );
    const hrefs = await results
      .locator(".search-result__title")
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.every((h) => h.startsWith("/en/"))).toBe(true);
    expect(hrefs).toContain("/en/reports/frontier-models-2023/risks/");
    await context.close();
  });
});
