import { afterEach, describe, expect, it } from "vitest";
import chart from "../../../src/charts/risk-scope-severity/chart.ts";
import { drawRiskMap, lanes } from "../../../src/charts/risk-scope-severity/draw.ts";
import type { RiskMapModel } from "../../../src/charts/risk-scope-severity/model.ts";
import type { RiskMapData } from "../../../src/charts/risk-scope-severity/schema.ts";
import { filtered, formatFilters, parseFilters } from "../../../src/charts/risk-scope-severity/state.ts";
import { render } from "../../../src/charts/svg.ts";
import { readChartFiles } from "../../../src/charts/files.ts";
import { chartsCiting } from "../../../src/charts/citing.ts";
import { validateContent } from "../../../scripts/validate/index.ts";
import { chartProblems, contentCopy, marks, siteData } from "../../helpers/charts.ts";
import { edit, messages, removeFixtures } from "../../helpers/content-fixture.ts";

const FILE = "content/charts/risk-scope-severity.yaml";
const data = () => siteData(chart) as RiskMapData;

describe("risk scope/severity map: page", () => {
  it("has one row, record and mark per risk, numbered in the file's order", () => {
    const d = data();
    const { table, records, model } = chart.view(d, "en");
    expect(records).toHaveLength(d.marks.length);
    expect(table.rows).toHaveLength(d.marks.length);
    expect(marks(chart.draw(model, "t"))).toBe(d.marks.length);
    expect(model.marks.map((m) => m.n)).toEqual(d.marks.map((_, i) => i + 1));
  });

  it("says “not stated” where the documents give no words, and links each quotation to its passage", () => {
    const { table } = chart.view(data(), "en");
    const row = table.rows.find((r) => r.cells[0]!.text.includes("Loss of control"))!;
    expect(row.cells[2]).toEqual({ text: "Personal to Pan-generational: not stated" });
    expect(row.cells[3]!.text).toBe("Crushing: “potentially severe harm”");
    expect(row.cells[3]!.href).toMatch(
      /\/en\/reports\/international-ai-safety-report-2025\/part-2-risks\/#loss-of-control$/,
    );
    const zh = chart.view(data(), "zh").table.rows.find((r) => r.cells[0]!.text === "11. 失控")!;
    expect(zh.cells[2]!.text).toContain("未说明");
  });

  it("gives a probability only where a document gives a figure", () => {
    const { records } = chart.view(data(), "en");
    expect(records.filter((r) => r.probability_quote !== "").map((r) => r.id)).toEqual(["power-seeking-ai"]);
  });

  it("is listed on the risk-severity scheme's page, whose passage its source line cites", () => {
    expect(chartsCiting(["frontier-models-2023/risks#risk-severity-variables"]).map((c) => c.id)).toEqual([
      "risk-scope-severity",
    ]);
  });

  it("derives each mark's document from its passages", () => {
    const { model } = chart.view(data(), "en");
    const doc = (id: string) => model.marks.find((m) => m.id === id)!.docs;
    expect(doc("rogue-ai")).toEqual(["frontier-models-2023"]);
    expect(doc("bias")).toEqual(["international-ai-safety-report-2025"]);
    expect(doc("converging-intelligence")).toEqual(["waic-2024"]);
  });
});

describe("risk scope/severity map: drawing and state", () => {
  const model = (): RiskMapModel => chart.view(data(), "en").model;

  it("never puts two marks in the same lane of a cell", () => {
    const m = model();
    const byCol = lanes(m);
    for (const [c, col] of byCol)
      for (const a of m.marks)
        for (const b of m.marks) {
          if (a.id >= b.id || !col.has(a.id) || !col.has(b.id)) continue;
          const shareRows = a.scope[0] <= b.scope[1] && b.scope[0] <= a.scope[1];
          if (shareRows) expect(col.get(a.id), `${a.id} and ${b.id} in column ${c}`).not.toBe(col.get(b.id));
        }
  });

  it("draws a band for a placement that spans cells and a point otherwise", () => {
    const svg = render(drawRiskMap(model(), "t"));
    const markSvg = (id: string) => new RegExp(`<g[^>]*data-id="${id}"[^>]*>(.*?)</g>`).exec(svg)![1]!;
    expect(markSvg("power-seeking-ai")).not.toContain("rss-band");
    expect(markSvg("rogue-ai")).toContain("rss-band");
    // Severity not stated: a strip in each of the three columns.
    expect(markSvg("manipulation-of-public-opinion").match(/rss-band/g)).toHaveLength(3);
  });

  it("keeps only non-default filters in the URL and ignores invalid ones, saying which", () => {
    const m = model();
    expect(formatFilters({})).toBe("");
    expect(formatFilters({ doc: "waic-2024", family: "misuse" })).toBe("?doc=waic-2024&family=misuse");
    expect(parseFilters("?doc=waic-2024&family=nope&x=1", m)).toEqual({
      filters: { doc: "waic-2024" },
      invalid: ["family=nope", "x=1"],
    });
    expect(filtered(m, { doc: "waic-2024" }).visible).toEqual(["converging-intelligence"]);
    const systemic = filtered(m, { family: "systemic" });
    expect(systemic.visible).toEqual(["ai-race", "labour-market", "privacy"]);
    // A filter hides marks without moving the others.
    const at = (svg: string, id: string) => new RegExp(`data-id="${id}"[^>]*>(.*?)</g>`).exec(svg)![1];
    const all = render(drawRiskMap(m, "t"));
    const some = render(drawRiskMap(systemic, "t"));
    expect(marks(drawRiskMap(systemic, "t"))).toBe(3);
    expect(at(some, "privacy")).toBe(at(all, "privacy"));
  });

  it("matches the golden SVG", async () => {
    await expect(render(drawRiskMap(model(), "t"))).toMatchFileSnapshot("__snapshots__/risk-scope-severity.svg");
  });
});

afterEach(removeFixtures);

describe("risk scope/severity map: content check", () => {
  it("fails on a quotation that is not in its passage, naming the file and the mark", () => {
    const root = contentCopy((p) =>
      edit(p("charts/risk-scope-severity.yaml"), "en: discriminatory outcomes", "en: discriminatory results"),
    );
    expect(chartProblems(root)).toEqual([]);
    const found = chart.checkContent!(siteDataAt(root), root);
    expect(found).toEqual([
      {
        field: "marks.9 (bias).severity.quote.en",
        message:
          "“discriminatory results” does not occur in the en text of international-ai-safety-report-2025/part-2-risks#bias",
      },
    ]);
  });

  it("reports it through the content check with the file", async () => {
    const root = contentCopy((p) => edit(p("charts/risk-scope-severity.yaml"), "zh: 数据窃取", "zh: 数据盗窃"));
    expect(messages(await validateContent(root))).toContain(
      `${FILE}: marks.5 (cybercrime-tools).severity.quote.zh: “数据盗窃” does not occur in the zh text of frontier-models-2023/risks#misuse-cybercrime`,
    );
  });

  it("fails on a stated axis without a quotation, a value outside the grid, a reversed band and an unknown family", () => {
    const root = contentCopy((p) => {
      const f = p("charts/risk-scope-severity.yaml");
      edit(f, /(passage: frontier-models-2023\/risks#misuse-bio\n)      quote: \{ zh: 增加[^\n]+\n/, "$1");
      edit(
        f,
        "at: [endurable, endurable]\n      passage: frontier-models-2023/risks#misuse-cybercrime",
        "at: [endurable, awful]\n      passage: frontier-models-2023/risks#misuse-cybercrime",
      );
      edit(
        f,
        "at: [personal, personal]\n      passage: international-ai-safety-report-2025/part-2-risks#fake-content",
        "at: [local, personal]\n      passage: international-ai-safety-report-2025/part-2-risks#fake-content",
      );
      edit(f, "family: systemic\n    node: iasr-risks/privacy", "family: privacy-harm\n    node: iasr-risks/privacy");
    });
    const found = chartProblems(root);
    expect(found).toContain(`${FILE}: marks.4 (bio-misuse-2023).scope.quote: no quotation for the scope it states`);
    expect(found).toContain(
      `${FILE}: marks.5 (cybercrime-tools).severity.at: "awful" is not a severity in the grid (imperceptible, endurable, crushing, hellish)`,
    );
    expect(found).toContain(
      `${FILE}: marks.6 (fake-content).scope.at: the band is empty: "local" comes after "personal" on the scope axis`,
    );
    expect(found.some((m) => m.startsWith(`${FILE}: marks.12 (privacy).family: unknown family "privacy-harm"`))).toBe(
      true,
    );
  });

  it("fails on an unknown risk node or glossary term", () => {
    const root = contentCopy((p) => {
      const f = p("charts/risk-scope-severity.yaml");
      edit(f, "node: iasr-risks/bias", "node: iasr-risks/prejudice");
      edit(f, "term: existential-risk\n    scope:", "term: extinction\n    scope:");
    });
    const found = chart.checkContent!(siteDataAt(root), root).map((p) => `${p.field}: ${p.message}`);
    expect(found).toEqual([
      'marks.9 (bias).node: no risk node "iasr-risks/prejudice" in content/taxonomies/schemes/',
      'marks.13 (converging-intelligence).term: no glossary term "extinction" in content/glossary/terms/',
    ]);
  });
});

function siteDataAt(root: string): RiskMapData {
  return readChartFiles(root).data.get("risk-scope-severity") as RiskMapData;
}
