import { afterEach, describe, expect, it } from "vitest";
import chart from "../../../src/charts/agi-timelines/chart.ts";
import { drawAgiTimelines } from "../../../src/charts/agi-timelines/draw.ts";
import { predicted } from "../../../src/charts/agi-timelines/describe.ts";
import type { AgiTimelinesModel } from "../../../src/charts/agi-timelines/model.ts";
import type { AgiTimelinesData } from "../../../src/charts/agi-timelines/schema.ts";
import { render } from "../../../src/charts/svg.ts";
import { chartProblems, contentCopy, marks, siteData } from "../../helpers/charts.ts";
import { edit, removeFixtures } from "../../helpers/content-fixture.ts";

describe("AGI timelines: drawing", () => {
  const model: AgiTimelinesModel = {
    chatgpt: { date: 2022.91, label: "ChatGPT" },
    series: [{ id: "s", label: "Series" }],
    forecasts: [
      { id: "a", series: "s", who: "A", made: 2022.83, madeLabel: "2022-11", year: 2040 },
      { id: "b", series: "s", who: "A", made: 2023.75, madeLabel: "2023-10", year: 2031 },
      { id: "c", who: "C", made: 2023.4, madeLabel: "2023", from: 2023, to: 2033, note: "within ten years" },
      { id: "d", who: "D", made: 2021.5, madeLabel: "2021", from: 2050, openEnd: true },
    ],
    labels: { made: "Made", predicted: "Predicted", unassigned: "?" },
  };
  it("describes points, ranges and open ranges", () => {
    expect(model.forecasts.map(predicted)).toEqual(["2040", "2031", "2023–2033", "2050+"]);
  });
  it("draws one mark per forecast, a line through each series, and matches the golden SVG", async () => {
    const svg = drawAgiTimelines(model, "t");
    expect(marks(svg)).toBe(4);
    expect(render(svg)).toMatch(/<path d="M[\d.]+,[\d.]+L[\d.]+,[\d.]+" class="agi-line"/);
    await expect(render(svg)).toMatchFileSnapshot("__snapshots__/agi-timelines.svg");
  });
});

describe("AGI timelines: page", () => {
  it("records the plotted forecasts only, series first; the table adds ChatGPT and the statements not plotted", () => {
    const d = siteData(chart) as AgiTimelinesData;
    const { table, records, model } = chart.view(d, "en");
    expect(records).toHaveLength(d.forecasts.length);
    expect(records.findIndex((r) => r.series === "")).toBe(d.forecasts.filter((f) => f.series).length);
    expect(table.rows).toHaveLength(d.forecasts.length + 2 + d.notPlotted.length);
    expect(marks(chart.draw(model, "t"))).toBe(records.length);
  });
});

afterEach(removeFixtures);

describe("AGI timelines: content check", () => {
  it("fails on an AGI forecast with both a year and a range, or a range ending before it starts", () => {
    const root = contentCopy((p) => {
      edit(p("charts/agi-timelines.yaml"), "    year: 2031\n", "    year: 2031\n    from: 2030\n    to: 2035\n");
      edit(p("charts/agi-timelines.yaml"), "    from: 2026\n    to: 2029\n", "    from: 2026\n    to: 2024\n");
    });
    expect(chartProblems(root)).toContain(
      'content/charts/agi-timelines.yaml: forecasts.1: "metaculus-agi-2023-10" needs either year or from (with to or openEnd), not both',
    );
    expect(chartProblems(root)).toContain(
      'content/charts/agi-timelines.yaml: forecasts.11.to: "musk-2023": the range ends (2024) before it starts (2026)',
    );
  });
});
