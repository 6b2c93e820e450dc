import { afterEach, describe, expect, it } from "vitest";
import chart from "../../../src/charts/power-seeking-chain/chart.ts";
import { cumulative, formatProbabilities, parseProbabilities } from "../../../src/charts/power-seeking-chain/state.ts";
import { drawPowerSeeking } from "../../../src/charts/power-seeking-chain/draw.ts";
import type { PowerSeekingModel } from "../../../src/charts/power-seeking-chain/model.ts";
import type { PowerSeekingData } from "../../../src/charts/power-seeking-chain/schema.ts";
import { render } from "../../../src/charts/svg.ts";
import { chartProblems, contentCopy, marks, siteData } from "../../helpers/charts.ts";
import { edit, removeFixtures } from "../../helpers/content-fixture.ts";

const ps: PowerSeekingModel = {
  premises: [65, 80, 40, 65, 40, 95].map((percent, i) => ({ id: `p${i + 1}`, label: `Premise ${i + 1}`, percent })),
  stated: 5,
  update: 10,
  labels: {
    premise: "Premise",
    runningProduct: "running product {value}",
    product: "Product: {value}",
    stated: "Stated: about {value}",
    update: "Update: >{value}",
    axis: "0–20%",
  },
};
describe("power-seeking chain: drawing and state", () => {
  it("multiplies the source's probabilities to about 5.1%", () => {
    expect(cumulative([65, 80, 40, 65, 40, 95]).map((v) => Math.round(v * 1000) / 1000)).toEqual([
      65, 52, 20.8, 13.52, 5.408, 5.138,
    ]);
  });

  it("keeps only changed values in the URL and ignores invalid ones, saying which", () => {
    expect(formatProbabilities([65, 80, 60, 65, 40, 95], ps.premises)).toBe("?p3=60");
    expect(
      formatProbabilities(
        ps.premises.map((p) => p.percent),
        ps.premises,
      ),
    ).toBe("");
    expect(parseProbabilities("?p3=60&p1=150&p2=abc&zz=1", ps.premises)).toEqual({
      values: [65, 80, 60, 65, 40, 95],
      invalid: ["p1=150", "p2=abc", "zz=1"],
    });
  });

  it("draws one mark per plotted value: six premises, the stated product and the update", () => {
    const svg = drawPowerSeeking(ps, [65, 80, 40, 65, 40, 95], "t");
    expect(marks(svg)).toBe(8);
    expect(render(svg)).toContain("Product: 5.1%");
    expect(render(drawPowerSeeking(ps, [99, 99, 99, 99, 99, 99], "t"))).toContain("Product: 94.1%");
  });

  it("matches the golden SVG", async () => {
    await expect(render(drawPowerSeeking(ps, [65, 80, 40, 65, 40, 95], "t"))).toMatchFileSnapshot(
      "__snapshots__/power-seeking-chain.svg",
    );
  });
});

describe("power-seeking chain: page", () => {
  it("lists the premises with the running product, then the stated product and the update", () => {
    const d = siteData(chart) as PowerSeekingData;
    const { table, records, model } = chart.view(d, "en");
    expect(records.map((r) => r.item)).toEqual([
      ...d.premises.map((_, i) => `premise-${i + 1}`),
      "stated-product",
      "update",
    ]);
    expect(table.rows).toHaveLength(records.length);
    expect(marks(chart.draw(model, "t"))).toBe(records.length);
  });
});

afterEach(removeFixtures);

describe("power-seeking chain: content check", () => {
  it("fails on a value without a passage reference, naming the file and row", () => {
    const root = contentCopy((p) =>
      edit(p("charts/power-seeking-chain.yaml"), /(percent: 80\n)    source: [^\n]+\n/, "$1"),
    );
    expect(chartProblems(root)).toContain("content/charts/power-seeking-chain.yaml: premises.1.source: Required");
  });

  it("fails when the premises do not multiply to the stated product", () => {
    const root = contentCopy((p) => edit(p("charts/power-seeking-chain.yaml"), "percent: 95", "percent: 35"));
    expect(chartProblems(root)).toContain(
      "content/charts/power-seeking-chain.yaml: stated.percent: the premises multiply to 1.89%, which does not round to the stated 5%",
    );
  });
});
