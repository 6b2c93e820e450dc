import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { cfiScoresSchema, recomputeTotals } from "../../src/schemas/cfi-scores.ts";

const data = cfiScoresSchema.parse(parse(readFileSync("content/data/cfi-scores.yaml", "utf8")));

describe("Appendix B scores (content/data/cfi-scores.yaml)", () => {
  it("has 42 practices in 9 categories, each scored for all six companies", () => {
    expect(data.companies).toHaveLength(6);
    expect(data.categories).toHaveLength(9);
    const practices = data.categories.flatMap((c) => c.practices);
    expect(practices).toHaveLength(42);
    for (const p of practices)
      expect(Object.keys(p.scores).sort(), p.id).toEqual(data.companies.map((c) => c.id).sort());
  });

  it("the printed subtotals and percentages equal those recomputed from the rows", () => {
    const computed = recomputeTotals(data);
    expect(computed.subtotals).toEqual(data.subtotals);
    expect(computed.percentages).toEqual(data.percentages);
  });

  it("matches the figures the report prints (49/69/63/40/63/62; 58/82/75/48/75/74%)", () => {
    const ids = data.companies.map((c) => c.id);
    expect(ids.map((id) => data.subtotals[id])).toEqual([49, 69, 63, 40, 63, 62]);
    expect(ids.map((id) => data.percentages[id])).toEqual([58, 82, 75, 48, 75, 74]);
  });

  it("recomputing catches a changed score", () => {
    const broken = structuredClone(data);
    const first = broken.categories[0]!.practices[0]!;
    const company = data.companies[0]!.id;
    first.scores[company] = first.scores[company] === 2 ? 1 : 2;
    expect(recomputeTotals(broken).subtotals).not.toEqual(data.subtotals);
  });
});

describe("Appendix B page", () => {
  /** The table rows of a chapter's MDX: cells without the pipes, header and rule skipped. */
  const rows = (lang: "zh" | "en") =>
    readFileSync(`content/reports/best-practices-2024/${lang}/appendix-b-cfi-scores.mdx`, "utf8")
      .split("\n")
      .filter((l) => l.startsWith("| ") && !/^\|\s*-/.test(l))
      .slice(1)
      .map((l) =>
        l
          .slice(1, -1)
          .split("|")
          .map((c) => c.trim()),
      );

  for (const lang of ["zh", "en"] as const) {
    it(`the ${lang} table shows exactly the data: every practice, score, subtotal and percentage`, () => {
      const expected = [
        ...data.categories.flatMap((c) =>
          c.practices.map((p) => [c[lang], p[lang], ...data.companies.map((co) => String(p.scores[co.id]))]),
        ),
        [lang === "zh" ? "小计" : "Subtotal", "", ...data.companies.map((co) => String(data.subtotals[co.id]))],
        [lang === "zh" ? "占比" : "Percentage", "", ...data.companies.map((co) => `${data.percentages[co.id]}%`)],
      ];
      expect(rows(lang)).toEqual(expected);
    });
  }
});
