import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "../helpers/browser.ts";
import { loadQueries, runQueries, summarize, type Lang, type QueryRun } from "../../scripts/search/eval.ts";

const origin = inject("origin");
const browser = useBrowser();
const queries = loadQueries();

describe("labelled search queries (test/search/queries.json)", () => {
  it("has at least 80 queries covering all four documents and every kind", () => {
    expect(queries.length).toBeGreaterThanOrEqual(80);
    const targets = queries.flatMap((q) => q.expect).join(" ");
    for (const doc of ["international-ai-safety-report-2025", "frontier-models-2023", "best-practices-2024", "forum/waic-2024"]) expect(targets).toContain(doc);
    expect(new Set(queries.map((q) => q.kind))).toEqual(new Set(["zh", "en", "mixed", "traditional", "abbreviation", "typo"]));
    expect(queries.some((q) => q.langs.includes("en") && /\p{Script=Han}/u.test(q.q))).toBe(true); // cross-language both ways
    expect(queries.some((q) => q.langs.includes("zh") && q.kind === "en")).toBe(true);
  });

  // The target of issue 12 is recall@5 ≥ 0.95: the labels are what a reader
  // expects, not what the engine returns, so a few honest misses remain (listed
  // by npm run bench:search and in docs/benchmarks.md). The queries run in
  // batches (each a test of its own, well inside the time limit); the last test
  // of each language scores them all.
  for (const lang of ["zh", "en"] as Lang[]) {
    const mine = queries.filter((q) => q.langs.includes(lang));
    const BATCH = 25;
    const runs: QueryRun[] = [];
    for (let start = 0; start < mine.length; start += BATCH) {
      it(`/${lang}/: queries ${start + 1}–${Math.min(start + BATCH, mine.length)} of ${mine.length} return results in that language only`, async () => {
        const batch = await runQueries(browser(), origin, lang, mine.slice(start, start + BATCH));
        runs.push(...batch);
        const foreign = batch.flatMap((r) => r.top.filter((t) => !t.page.startsWith(`/${lang}/`)).map((t) => `${r.query.q}: ${t.page}`));
        expect(foreign).toEqual([]);
      });
    }
    it(`recall@5 is at least 0.95 on /${lang}/`, () => {
      expect(runs.length).toBe(mine.length);
      const { recallAt5 } = summarize(lang, runs);
      const misses = runs.filter((r) => r.missing.length).map((r) => `“${r.query.q}” misses ${r.missing.join(", ")}; top 5: ${r.top.map((t) => t.page).join(" ")}`);
      expect(recallAt5, misses.join("\n")).toBeGreaterThanOrEqual(0.95);
    });
  }
});

describe("results page", () => {
  it("keeps the filters in the URL and applies them: ?type=glossary lists glossary terms only", async () => {
    const context = await browser().newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await page.goto(`${origin}/en/search/?q=alignment&type=glossary`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>(".search-page [data-search]")?.dataset.state === "done");
    await expect(page.getByLabel("Type").inputValue()).resolves.toBe("glossary");
    const pages = await page.locator(".search-page .search-result__title").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
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
});
