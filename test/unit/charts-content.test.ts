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

  it("fails on a value without a passage reference, naming the file and row", () => {
    const root = contentWith((p) =>
      edit(p("charts/power-seeking-chain.yaml"), /(percent: 80\n)    source: [^\n]+\n/, "$1"),
    );
    expect(problems(root)).toContain("content/charts/power-seeking-chain.yaml: premises.1.source: Required");
  });

  it("fails when the premises do not multiply to the stated product", () => {
    const root = contentWith((p) => edit(p("charts/power-seeking-chain.yaml"), "percent: 95", "percent: 35"));
    expect(problems(root)).toContain(
      "content/charts/power-seeking-chain.yaml: stated.percent: the premises multiply to 1.89%, which does not round to the stated 5%",
    );
  });

  it("fails when a score changes but the printed subtotal does not", () => {
    const root = contentWith((p) =>
      edit(
        p("data/cfi-scores.yaml"),
        "scores: { amazon: 2, anthropic: 2, deepmind: 2, meta: 1, microsoft: 2, openai: 2 }",
        "scores: { amazon: 1, anthropic: 2, deepmind: 2, meta: 1, microsoft: 2, openai: 2 }",
      ),
    );
    expect(problems(root)).toContain("content/data/cfi-scores.yaml: subtotals.amazon: the rows add up to 48, not 49");
  });

  it("fails on a score the schema does not allow in cfi-scores.yaml, naming the field", () => {
    const root = contentWith((p) =>
      edit(
        p("data/cfi-scores.yaml"),
        "scores: { amazon: 2, anthropic: 2, deepmind: 2, meta: 1, microsoft: 2, openai: 2 }",
        "scores: { amazon: 3, anthropic: 2, deepmind: 2, meta: 1, microsoft: 2, openai: 2 }",
      ),
    );
    expect(problems(root)).toContainEqual(
      expect.stringMatching(/^content\/data\/cfi-scores\.yaml: categories\.0\.practices\.0\.scores\.amazon: /),
    );
  });

  it("fails on an AGI forecast with both a year and a range, or a range ending before it starts", () => {
    const root = contentWith((p) => {
      edit(p("charts/agi-timelines.yaml"), "    year: 2031\n", "    year: 2031\n    from: 2030\n    to: 2035\n");
      edit(p("charts/agi-timelines.yaml"), "    from: 2026\n    to: 2029\n", "    from: 2026\n    to: 2024\n");
    });
    expect(problems(root)).toContain(
      'content/charts/agi-timelines.yaml: forecasts.1: "metaculus-agi-2023-10" needs either year or from (with to or openEnd), not both',
    );
    expect(problems(root)).toContain(
      'content/charts/agi-timelines.yaml: forecasts.11.to: "musk-2023": the range ends (2024) before it starts (2026)',
    );
  });

  it("fails on a governance date that is not written as a date", () => {
    const root = contentWith((p) =>
      edit(p("charts/governance-timeline.yaml"), 'date: "2023-03-22"', 'date: "2023/03/22"'),
    );
    expect(problems(root)).toContain(
      'content/charts/governance-timeline.yaml: events.5.date: must be a date "YYYY-MM-DD", or "YYYY-MM" when the document gives only the month',
    );
  });

  it("fails on a governance event in no lane, a day not in the calendar, or a dispute giving the same date", () => {
    const root = contentWith((p) => {
      const f = p("charts/governance-timeline.yaml");
      edit(f, '    lane: us\n    date: "2023-01"', '    lane: usa\n    date: "2023-01"');
      edit(f, 'date: "2023-04-28"', 'date: "2023-02-30"');
      edit(f, '    disputed:\n      date: "2023-06"', '    disputed:\n      date: "2023-05"');
    });
    const found = problems(root);
    expect(found).toContain('content/charts/governance-timeline.yaml: events.4.lane: no lane "usa" in lanes');
    expect(found).toContain(
      'content/charts/governance-timeline.yaml: events.6.date: "2023-02-30" is not a date in the calendar',
    );
    expect(found).toContain(
      'content/charts/governance-timeline.yaml: events.7.disputed.date: "cais-statement": the disputed date is the same as the date (2023-05); a dispute needs a different date',
    );
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
