import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./browser.ts";
import {
  loadQueries,
  runQueries,
  summarize,
  type LabelledQuery,
  type Lang,
  type QueryRun,
} from "../../scripts/search/eval.ts";

/** The kinds of issue 12: glossary-shaped queries, whose recall@5 ≥ 0.95 is asserted. */
const ISSUE_12 = new Set(["zh", "en", "mixed", "traditional", "abbreviation", "typo"]);
/** Of each other kind, how many queries per language `npm test` types (the rest are the benchmark's). */
const SAMPLE_PER_KIND = 3;

/**
 * The labelled queries (test/search/queries.json) of one language, typed into
 * that language's search page. The target of issue 12 is recall@5 ≥ 0.95 on the
 * glossary-shaped queries (terms, abbreviations, Traditional, typos): every one
 * of them runs and the figure is asserted. Issue 20's target, recall@5 ≥ 0.95 on
 * the held-out half of the whole set (questions, phrases, names, reader words…),
 * is not met (docs/search.md), so it is not asserted: `npm run bench:search`
 * runs every query and reports it. Here the other kinds are sampled (the first
 * few of each kind, in file order) for what is asserted of every query: results
 * in the page's language only. The labels are what a reader expects, not what
 * the engine returns. The queries run in batches (each a test of its own, well
 * inside the time limit); the last test scores them. One file per language, so
 * they run side by side.
 */
export function sampledQueries(lang: Lang, all = loadQueries()): LabelledQuery[] {
  const seen = new Map<string, number>();
  return all.filter((q) => {
    if (!q.langs.includes(lang)) return false;
    if (ISSUE_12.has(q.kind)) return true;
    const n = (seen.get(q.kind) ?? 0) + 1;
    seen.set(q.kind, n);
    return n <= SAMPLE_PER_KIND;
  });
}

export function describeRecall(lang: Lang): void {
  const origin = inject("origin");
  const browser = useBrowser();
  const mine = sampledQueries(lang);
  const BATCH = 25;
  const runs: QueryRun[] = [];
  describe(`labelled search queries on /${lang}/`, () => {
    for (let start = 0; start < mine.length; start += BATCH) {
      it(`queries ${start + 1}–${Math.min(start + BATCH, mine.length)} of ${mine.length} return results in that language only`, async () => {
        const batch = await runQueries(browser(), origin, lang, mine.slice(start, start + BATCH));
        runs.push(...batch);
        const foreign = batch.flatMap((r) =>
          r.top.filter((t) => !t.page.startsWith(`/${lang}/`)).map((t) => `${r.query.q}: ${t.page}`),
        );
        expect(foreign).toEqual([]);
      });
    }
    it("recall@5 on the glossary-shaped queries of issue 12 is at least 0.95", () => {
      expect(runs.length).toBe(mine.length);
      const issue12 = runs.filter((r) => ISSUE_12.has(r.query.kind));
      const { recallAt5 } = summarize(lang, issue12);
      const misses = issue12
        .filter((r) => r.missing.length)
        .map((r) => `“${r.query.q}” misses ${r.missing.join(", ")}; top 5: ${r.top.map((t) => t.page).join(" ")}`);
      expect(recallAt5, misses.join("\n")).toBeGreaterThanOrEqual(0.95);
    });
  });
}
