import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "../helpers/browser.ts";
import { loadQueries, runQueries, summarize, type Lang } from "../../scripts/search/eval.ts";

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
  // by npm run bench:search and in docs/benchmarks.md).
  it.each(["zh", "en"] as Lang[])("recall@5 is at least 0.95 on /%s/, and every result is in that language", async (lang) => {
    const runs = await runQueries(browser(), origin, lang, queries);
    const { recallAt5 } = summarize(lang, runs);
    const misses = runs.filter((r) => r.missing.length).map((r) => `“${r.query.q}” misses ${r.missing.join(", ")}; top 5: ${r.top.map((t) => t.page).join(" ")}`);
    expect(recallAt5, misses.join("\n")).toBeGreaterThanOrEqual(0.95);
    const foreign = runs.flatMap((r) => r.top.filter((t) => !t.page.startsWith(`/${lang}/`)).map((t) => `${r.query.q}: ${t.page}`));
    expect(foreign).toEqual([]);
  }, 240_000);
});
