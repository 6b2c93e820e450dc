import { describe, expect, it } from "vitest";
import { count, h, num, render } from "../../src/charts/svg.ts";
import { pct, wrap } from "../../src/charts/format.ts";
import { toCsv } from "../../src/charts/csv.ts";
import { cumulative, formatProbabilities, parseProbabilities } from "../../src/charts/power-seeking/state.ts";
import { drawPowerSeeking } from "../../src/charts/power-seeking/draw.ts";
import { drawPracticeScores, scoreClass } from "../../src/charts/practice-scores/draw.ts";
import { formatSort, parseSort, sorted } from "../../src/charts/practice-scores/state.ts";
import { svgStyles } from "../../src/charts/standalone.ts";
import { drawAgiTimelines } from "../../src/charts/agi-timelines/draw.ts";
import { predicted } from "../../src/charts/agi-timelines/describe.ts";
import type { AgiTimelinesModel } from "../../src/charts/agi-timelines/model.ts";
import { drawComputeGrowth, times } from "../../src/charts/compute-growth/draw.ts";
import type { ComputeGrowthModel } from "../../src/charts/compute-growth/model.ts";
import { drawGovernanceTimeline, stack, timeScale } from "../../src/charts/governance-timeline/draw.ts";
import { dateLabel, yearEnd, yearStart } from "../../src/charts/governance-timeline/dates.ts";
import type { GovernanceTimelineModel } from "../../src/charts/governance-timeline/model.ts";
import type { PowerSeekingModel } from "../../src/charts/power-seeking/model.ts";
import type { PracticeScoresModel } from "../../src/charts/practice-scores/model.ts";

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
const marks = (el: ReturnType<typeof h>) => count(el, (e) => "data-mark" in e.attrs);

describe("chart markup", () => {
  it("rounds numbers to two decimals and escapes text", () => {
    expect(num(1 / 3)).toBe("0.33");
    expect(num(-0.001)).toBe("0");
    expect(render(h("text", { x: 1.005, "data-tip": 'a "b"' }, "<&>"))).toBe(
      '<text x="1" data-tip="a &quot;b&quot;">&lt;&amp;&gt;</text>',
    );
  });

  it("formats percentages and wraps labels by width, a Chinese character counting double", () => {
    expect(pct(5.1376)).toBe("5.1%");
    expect(pct(40)).toBe("40%");
    expect(wrap("one two three four", 9)).toEqual(["one two", "three", "four"]);
    expect(wrap("一二三四五", 4)).toEqual(["一二", "三四", "五"]);
    expect(wrap("概率大于10%", 9)).toEqual(["概率大于", "10%"]);
  });

  it("writes CSV that quotes commas and quotes", () => {
    expect(toCsv([{ a: "x,y", b: 'say "hi"' }])).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n');
  });
});

describe("power-seeking chain", () => {
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

describe("practice heatmap", () => {
  it("maps scores 0, 1, 2 to the palette's sequential classes", () => {
    expect([0, 1, 2].map((s) => scoreClass(s))).toEqual(["score-0", "score-1", "score-2"]);
  });

  it("draws one cell per practice and company, printing the score in it", () => {
    const svg = drawPracticeScores(heat, "t");
    expect(marks(svg)).toBe(4);
    expect(render(svg)).toMatch(/class="heat-cell score-2"[^>]*><rect[^>]*\/><text[^>]*>2<\/text>/);
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

describe("AGI timelines", () => {
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

describe("compute growth", () => {
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
    expect(render(svg)).toMatch(/class="growth-bar-projection" fill="url\(#t-projection\)" data-mark=""/);
    expect(times(10000)).toBe("×10,000");
    await expect(render(svg)).toMatchFileSnapshot("__snapshots__/compute-growth.svg");
  });
});

describe("governance timeline", () => {
  const model: GovernanceTimelineModel = {
    lanes: [
      { id: "cn", label: "China" },
      { id: "intl", label: "International" },
    ],
    events: [
      { id: "a", lane: "cn", date: "2023-07-10", dateLabel: "10 July 2023", label: "Interim Measures" },
      { id: "b", lane: "cn", date: "2023-07-11", dateLabel: "11 July 2023", label: "Next day" },
      {
        id: "c",
        lane: "intl",
        date: "2023-05",
        dateLabel: "May 2023",
        label: "Statement",
        disputed: { date: "2023-06", dateLabel: "June 2023", note: "The transcript says June" },
      },
    ],
    labels: { disputed: "Two documents disagree", day: "Day", month: "Month", scale: "2023 is drawn wider" },
  };
  it("writes dates in each language, to the day or the month", () => {
    expect(dateLabel("2023-07-10", "zh")).toBe("2023年7月10日");
    expect(dateLabel("2023-07-10", "en")).toBe("10 July 2023");
    expect(dateLabel("2023-05", "zh")).toBe("2023年5月");
    expect(dateLabel("2023-05", "en")).toBe("May 2023");
  });
  it("places a month as the whole month, and draws 2023 wider than 2022", () => {
    expect(yearStart("2023-05")).toBeCloseTo(2023 + 120 / 365, 5);
    expect(yearEnd("2023-05")).toBeCloseTo(2023 + 151 / 365, 5);
    const x = timeScale();
    expect(x(2024) - x(2023)).toBeGreaterThan(3 * (x(2023) - x(2022)));
  });
  it("stacks events that would overlap, and keeps apart ones that do not", () => {
    const x = timeScale();
    expect([...stack(model.events.slice(0, 2), x).values()]).toEqual([0, 1]);
    expect([...stack([model.events[0]!, { ...model.events[1]!, date: "2023-10-01" }], x).values()]).toEqual([0, 0]);
  });
  it("draws a disputed event at both dates with the note, one mark per date, and matches the golden SVG", async () => {
    const svg = drawGovernanceTimeline(model, "t");
    expect(marks(svg)).toBe(4);
    const out = render(svg);
    expect(out).toMatch(
      /<rect [^>]*class="gov-other-date" data-mark="" data-tip="June 2023: Statement — The transcript says June"/,
    );
    expect(out).toContain('class="gov-link"');
    expect(out).toContain("! The transcript says June");
    await expect(out).toMatchFileSnapshot("__snapshots__/governance-timeline.svg");
  });
});

describe("the downloadable SVG's styles", () => {
  it("writes the light palette in place of the custom properties", () => {
    const css = svgStyles("/* svg:start x */ .a { fill: var(--chart-bar); color: var(--text); } /* svg:end */");
    expect(css).toBe(".a { fill: #2f6f9f; color: #1c1d1f; }");
  });
});
