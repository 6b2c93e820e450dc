import { afterEach, describe, expect, it } from "vitest";
import chart from "../../../src/charts/pause-letter-survey/chart.ts";
import { drawPauseSurvey } from "../../../src/charts/pause-letter-survey/draw.ts";
import type { PauseSurveyModel } from "../../../src/charts/pause-letter-survey/model.ts";
import type { PauseSurveyData } from "../../../src/charts/pause-letter-survey/schema.ts";
import { render } from "../../../src/charts/svg.ts";
import { edit, removeFixtures } from "../../helpers/content-fixture.ts";
import { chartProblems, contentCopy, marks, siteData } from "../../helpers/charts.ts";

const survey: PauseSurveyModel = {
  answers: [
    { id: "a", label: "Yes", percent: 27.39 },
    { id: "b", label: "No", percent: 30.57 },
  ],
  remainder: { label: "Not described", percent: 42.04 },
};

describe("pause-letter survey: drawing", () => {
  it("draws one bar per answer plus the remainder, and matches the golden SVG", async () => {
    const svg = drawPauseSurvey(survey, "t");
    expect(marks(svg)).toBe(3);
    await expect(render(svg)).toMatchFileSnapshot("__snapshots__/pause-letter-survey.svg");
  });
});

describe("pause-letter survey: page", () => {
  it("lists each answer and the remainder, which cites the chart's first source", () => {
    const d = siteData(chart) as PauseSurveyData;
    const { table, records, model } = chart.view(d, "en");
    expect(records).toHaveLength(d.answers.length + 1);
    expect(records.at(-1)).toMatchObject({ id: "remainder", passage: d.sources[0] });
    expect(table.rows).toHaveLength(records.length);
    expect(marks(chart.draw(model, "t"))).toBe(records.length);
  });
});

afterEach(removeFixtures);

describe("pause-letter survey: content check", () => {
  const file = "charts/pause-letter-survey.yaml";

  it("fails on a reference that is not in the site's passage format", () => {
    const root = contentCopy((p) =>
      edit(
        p(file),
        "percent: 5.65\n    source: frontier-models-2023/governance#chinese-survey",
        "percent: 5.65\n    source: governance#chinese-survey",
      ),
    );
    expect(chartProblems(root)).toContain(
      'content/charts/pause-letter-survey.yaml: answers.2.source: must be a passage reference: "<report>/<chapter>#<id>" or "forum/<event>/<talk>#p-<n>"',
    );
  });

  it("fails on a percentage out of range", () => {
    const root = contentCopy((p) => edit(p(file), "percent: 30.57", "percent: 130.57"));
    expect(chartProblems(root)).toContain(
      "content/charts/pause-letter-survey.yaml: answers.1.percent: a percentage cannot exceed 100",
    );
  });

  it("fails when the answers and the stated remainder do not make 100%", () => {
    const root = contentCopy((p) => edit(p(file), "percent: 29.51", "percent: 25.51"));
    expect(chartProblems(root)).toContain(
      "content/charts/pause-letter-survey.yaml: remainder.percent: the answers add up to 89.12%, so the remainder is 10.88%, not 6.88%",
    );
  });
});
