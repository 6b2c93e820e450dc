import { afterEach, describe, expect, it } from "vitest";
import chart from "../../../src/charts/compute-growth/chart.ts";
import { drawComputeGrowth, times } from "../../../src/charts/compute-growth/draw.ts";
import type { ComputeGrowthModel } from "../../../src/charts/compute-growth/model.ts";
import type { ComputeGrowthData } from "../../../src/charts/compute-growth/schema.ts";
import { render } from "../../../src/charts/svg.ts";
import { chartProblems, contentCopy, marks, siteData } from "../../helpers/charts.ts";
import { edit, removeFixtures } from "../../helpers/content-fixture.ts";

describe("compute growth: drawing", () => {
  const model: ComputeGrowthModel = {
    groups: [
      {
        id: "g",
        label: "Group",
        items: [
          { id: "a", label: "Per year", factor: 4, kind: "estimate" },
          { id: "b", label: "By 2030", factor: 10000, kind: "projection" },
        ],
      },
    ],
    kinds: { estimate: "estimate", statement: "statement", projection: "projection" },
  };
  it("puts the multipliers on a log scale: ×10,000 is four times as far as ×10", () => {
    const svg = render(drawComputeGrowth(model, "t"));
    const widths = [...svg.matchAll(/<rect x="8" y="[\d.]+" width="([\d.]+)" height="12"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[1]! / widths[0]!).toBeCloseTo(4 / Math.log10(4), 1);
  });
  it("draws projections hatched and apart from estimates, one mark each, and matches the golden SVG", async () => {
    const svg = drawComputeGrowth(model, "t");
    expect(marks(svg)).toBe(2);
    expect(render(svg)).toMatch(
      /data-mark="" data-tip="[^"]*"><rect [^>]*class="chart-hit"[^>]*\/><rect [^>]*class="growth-bar-projection" fill="url\(#t-projection\)"/,
    );
    expect(times(10000)).toBe("×10,000");
    await expect(render(svg)).toMatchFileSnapshot("__snapshots__/compute-growth.svg");
  });
});

describe("compute growth: page", () => {
  it("lists the multipliers under their groups, one record each", () => {
    const d = siteData(chart) as ComputeGrowthData;
    const { table, records, model } = chart.view(d, "en");
    expect(records).toHaveLength(d.items.length);
    expect(table.rows.filter((r) => r.group)).toHaveLength(d.groups.length);
    expect(marks(chart.draw(model, "t"))).toBe(records.length);
  });
});

afterEach(removeFixtures);

describe("compute growth: content check", () => {
  it("fails on an item in no group", () => {
    const root = contentCopy((p) => edit(p("charts/compute-growth.yaml"), /group: [a-z-]+/, "group: nowhere"));
    expect(chartProblems(root)).toContain(
      'content/charts/compute-growth.yaml: items.0.group: no group "nowhere" in groups',
    );
  });
});
