import { afterEach, describe, expect, it } from "vitest";
import chart from "../../../src/charts/safety-practice-scores/chart.ts";
import { drawPracticeScores, scoreClass } from "../../../src/charts/safety-practice-scores/draw.ts";
import { formatSort, parseSort, sorted } from "../../../src/charts/safety-practice-scores/state.ts";
import type { PracticeScoresModel } from "../../../src/charts/safety-practice-scores/model.ts";
import type { PracticeScoresData } from "../../../src/charts/safety-practice-scores/schema.ts";
import type { CfiScores } from "../../../src/schemas/cfi-scores.ts";
import { render } from "../../../src/charts/svg.ts";
import { chartProblems, contentCopy, marks, siteData } from "../../helpers/charts.ts";
import { edit, removeFixtures } from "../../helpers/content-fixture.ts";

const heat: PracticeScoresModel = {
  companies: [
    { id: "x", name: "X", total: 3, percent: 75 },
    { id: "y", name: "Y", total: 2, percent: 50 },
  ],
  categories: [
    {
      id: "c",
      name: "Cat",
      href: "/en/c/",
      practices: [
        { id: "p1", name: "One", scores: { x: 1, y: 2 } },
        { id: "p2", name: "Two", scores: { x: 2, y: 0 } },
      ],
    },
  ],
  scoreNames: ["no", "maybe", "yes"],
  labels: { total: "Total", percent: "Share", tip: "{practice} — {company}: {score}" },
};
describe("practice heatmap: drawing and state", () => {
  it("maps scores 0, 1, 2 to the palette's sequential classes", () => {
    expect([0, 1, 2].map((s) => scoreClass(s))).toEqual(["score-0", "score-1", "score-2"]);
  });

  it("draws one cell per practice and company, printing the score in it", () => {
    const svg = drawPracticeScores(heat, "t");
    expect(marks(svg)).toBe(4);
    expect(render(svg)).toMatch(
      /class="heat-cell score-2"[^>]*><rect[^>]*class="chart-hit"[^>]*\/><rect[^>]*\/><text[^>]*>2<\/text>/,
    );
  });

  it("sorts the practices by one company's scores and moves its column first", () => {
    const s = sorted(heat, "y");
    expect(s.companies.map((c) => c.id)).toEqual(["y", "x"]);
    expect(s.categories[0]!.practices.map((p) => p.id)).toEqual(["p1", "p2"]);
    expect(sorted(heat, "x").categories[0]!.practices.map((p) => p.id)).toEqual(["p2", "p1"]);
    expect(heat.categories[0]!.practices.map((p) => p.id)).toEqual(["p1", "p2"]);
  });

  it("reads and writes the sort in the URL, ignoring an unknown company", () => {
    expect(parseSort("?sort=y", ["x", "y"])).toEqual({ sort: "y", invalid: [] });
    expect(parseSort("?sort=z", ["x", "y"])).toEqual({ invalid: ["sort=z"] });
    expect(formatSort(undefined)).toBe("");
    expect(formatSort("y")).toBe("?sort=y");
  });

  it("matches the golden SVG", async () => {
    await expect(render(drawPracticeScores(heat, "t"))).toMatchFileSnapshot("__snapshots__/safety-practice-scores.svg");
  });
});

describe("practice heatmap: page", () => {
  it("reads the scores from cfi-scores.yaml: one record per practice and company, rows linked to their chapters", () => {
    const d = siteData(chart) as PracticeScoresData & { cfi: CfiScores };
    const { table, records, model } = chart.view(d, "en");
    const practices = d.cfi.categories.flatMap((c) => c.practices).length;
    expect(records).toHaveLength(practices * d.cfi.companies.length);
    expect(table.rows.filter((r) => r.group).map((r) => r.cells[0]!.href)).toContain(
      `/en/reports/best-practices-2024/${d.cfi.categories[0]!.id}/#${d.chapterSection}`,
    );
    expect(marks(chart.draw(model, "t"))).toBe(records.length);
  });
});

afterEach(removeFixtures);

describe("practice heatmap: content check", () => {
  it("fails when a score changes but the printed subtotal does not", () => {
    const root = contentCopy((p) =>
      edit(
        p("data/cfi-scores.yaml"),
        "scores: { amazon: 2, anthropic: 2, deepmind: 2, meta: 1, microsoft: 2, openai: 2 }",
        "scores: { amazon: 1, anthropic: 2, deepmind: 2, meta: 1, microsoft: 2, openai: 2 }",
      ),
    );
    expect(chartProblems(root)).toContain(
      "content/data/cfi-scores.yaml: subtotals.amazon: the rows add up to 48, not 49",
    );
  });

  it("fails on a score the schema does not allow in cfi-scores.yaml, naming the field", () => {
    const root = contentCopy((p) =>
      edit(
        p("data/cfi-scores.yaml"),
        "scores: { amazon: 2, anthropic: 2, deepmind: 2, meta: 1, microsoft: 2, openai: 2 }",
        "scores: { amazon: 3, anthropic: 2, deepmind: 2, meta: 1, microsoft: 2, openai: 2 }",
      ),
    );
    expect(chartProblems(root)).toContainEqual(
      expect.stringMatching(/^content\/data\/cfi-scores\.yaml: categories\.0\.practices\.0\.scores\.amazon: /),
    );
  });
});
