import { describe, expect, it } from "vitest";
import { dirname, join } from "node:path";
import { existsSync, readFileSync, readdirSync } from "node:fs";
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

  it("gives a chart controls when it has Controls.astro and its definition says where they go, never one without the other", () => {
    for (const chart of CHARTS)
      expect(existsSync(`src/charts/${chart.id}/Controls.astro`), chart.id).toBe(chart.page?.controls !== undefined);
  });

  it("is the one shared module that names the charts: shared code works from it alone", () => {
    const inDir = (dir: string, keep: (name: string) => boolean = () => true) =>
      readdirSync(dir)
        .filter(keep)
        .map((name) => `${dir}/${name}`);
    const shared = [
      ...inDir("src/charts", (name) => name.endsWith(".ts") && name !== "registry.ts"),
      ...inDir("src/components/charts"),
      ...inDir("src/pages/[lang]/charts", (name) => name.includes(".")),
      ...inDir("src/pages/[lang]/charts/[chart]"),
      "src/client/chart-view.ts",
      "scripts/validate/charts.ts",
    ];
    for (const file of shared) {
      const text = readFileSync(file, "utf8");
      for (const id of CHART_IDS) expect(text.includes(id), `${file} names the chart "${id}"`).toBe(false);
    }
  });

  it("keeps a chart's browser code (client.ts and all it imports) free of build-time modules", () => {
    const values = (file: string) =>
      [...readFileSync(file, "utf8").matchAll(/^import\s+(?!type\b)(?:[^;]*?\sfrom\s+)?"([^"]+)"/gm)].map((m) => m[1]!);
    for (const id of CHART_IDS.filter((id) => existsSync(`src/charts/${id}/client.ts`))) {
      const seen = new Set<string>();
      const bare = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const spec of values(file))
          if (spec.startsWith(".")) visit(join(dirname(file), spec));
          else bare.add(spec);
      };
      visit(`src/charts/${id}/client.ts`);
      const buildTime = [...seen].filter((f) => /\/(chart|view|schema|registry|files)\.ts$/.test(f));
      expect(buildTime, id).toEqual([]);
      expect(
        [...bare].filter((b) => b.startsWith("node:") || b.startsWith("astro")),
        id,
      ).toEqual([]);
    }
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
