import { afterEach, describe, expect, it } from "vitest";
import { rmSync, writeFileSync } from "node:fs";
import { validateContent } from "../../scripts/validate/index.ts";
import { readChartFiles } from "../../src/charts/files.ts";
import { contentWith as fixture, edit, messages, removeFixtures } from "../helpers/content-fixture.ts";

const contentWith = (fault: Parameters<typeof fixture>[1]) => fixture("content", fault, "");
const problems = (root: string) => readChartFiles(root).problems.map((p) => `${p.file}: ${p.message}`);

afterEach(removeFixtures);

describe("the content check on chart data (content/charts/)", () => {
  it("accepts the site's chart files", () => {
    expect(problems("content")).toEqual([]);
  });

  it("fails on a missing chart file and on a file for no chart", () => {
    const root = contentWith((p) => {
      rmSync(p("charts/pause-letter-survey.yaml"));
      writeFileSync(p("charts/pause-survey.yaml"), "title: { zh: 调查, en: Survey }\n");
    });
    expect(problems(root)).toContain(
      "content/charts/pause-letter-survey.yaml: missing: every published chart needs its data file",
    );
    expect(problems(root).some((m) => m.startsWith('content/charts/pause-survey.yaml: no chart "pause-survey"'))).toBe(
      true,
    );
  });

  it("fails on a passage or chapter section that does not exist, and on <Chart> naming no chart", async () => {
    const root = contentWith((p) => {
      edit(
        p("charts/power-seeking-chain.yaml"),
        "  percent: 5\n  source: frontier-models-2023/risks#carlsmith-estimate",
        "  percent: 5\n  source: frontier-models-2023/risks#carlsmith-estimat",
      );
      edit(p("charts/safety-practice-scores.yaml"), "chapterSection: practices", "chapterSection: practice");
      edit(
        p("reports/frontier-models-2023/en/governance.mdx"),
        '<Chart id="pause-letter-survey" />',
        '<Chart id="pause-survey" />',
      );
    });
    const m = messages(await validateContent(root));
    expect(m).toContain(
      'content/charts/power-seeking-chain.yaml: stated.source: "frontier-models-2023/risks#carlsmith-estimat": no passage "#carlsmith-estimat" in content/reports/frontier-models-2023/zh/risks.mdx',
    );
    expect(m).toContain(
      'content/charts/safety-practice-scores.yaml: chapterSection (category security-controls-model-weights): "best-practices-2024/security-controls-model-weights#practice": no passage "#practice" in content/reports/best-practices-2024/zh/security-controls-model-weights.mdx',
    );
    expect(
      m.some((x) =>
        /^content\/reports\/frontier-models-2023\/en\/governance\.mdx:\d+: <Chart id="pause-survey">: no such chart/.test(
          x,
        ),
      ),
    ).toBe(true);
    expect(m.some((x) => x.includes("components differ") && x.includes("Chart:pause-survey"))).toBe(true);
  }, 60_000);
});
