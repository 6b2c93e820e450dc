import { describe, expect, it } from "vitest";
import { existsSync, readdirSync } from "node:fs";
import { CHARTS, CHART_IDS, chartDefinition } from "../../src/charts/registry.ts";
import { readChartFiles } from "../../src/charts/files.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import { marks } from "../helpers/charts.ts";

describe("the chart registry (src/charts/registry.ts)", () => {
  it("lists each chart once, each the chart.ts of the folder named by its id", async () => {
    expect(new Set(CHART_IDS).size).toBe(CHARTS.length);
    const folders = readdirSync("src/charts", { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(`src/charts/${d.name}/chart.ts`))
      .map((d) => d.name);
    expect([...folders].sort()).toEqual([...CHART_IDS].sort());
    for (const id of CHART_IDS) {
      const mod = (await import(`../../src/charts/${id}/chart.ts`)) as { default: unknown };
      expect(mod.default, id).toBe(chartDefinition(id));
    }
  });

  it("has, for every chart, its data file and its own tests with a golden SVG", () => {
    for (const id of CHART_IDS) {
      expect(existsSync(`content/charts/${id}.yaml`), id).toBe(true);
      expect(existsSync(`test/unit/charts/${id}.test.ts`), id).toBe(true);
      expect(existsSync(`test/unit/charts/__snapshots__/${id}.svg`), id).toBe(true);
    }
  });

  it("loads a chart's browser behaviour (client.ts) with its own Enhance.astro, and has neither without the other", () => {
    for (const id of CHART_IDS)
      expect(existsSync(`src/charts/${id}/Enhance.astro`), id).toBe(existsSync(`src/charts/${id}/client.ts`));
  });

  it("draws one mark per record of every chart, in every language", () => {
    const files = readChartFiles("content");
    expect(files.problems).toEqual([]);
    for (const chart of CHARTS)
      for (const lang of LOCALES) {
        const { records, model } = chart.view(files.data.get(chart.id), lang);
        expect(marks(chart.draw(model, "t")), `${chart.id} ${lang}`).toBe(records.length);
      }
  });
});
