import { afterEach, describe, expect, it } from "vitest";
import chart from "../../../src/charts/governance-timeline/chart.ts";
import { drawGovernanceTimeline, timeScale } from "../../../src/charts/governance-timeline/draw.ts";
import { placeLabel } from "../../../src/charts/governance-timeline/layout.ts";
import { dateLabel, yearEnd, yearStart } from "../../../src/charts/governance-timeline/dates.ts";
import type { GovernanceTimelineModel } from "../../../src/charts/governance-timeline/model.ts";
import type { GovernanceTimelineData } from "../../../src/charts/governance-timeline/schema.ts";
import { render } from "../../../src/charts/svg.ts";
import { chartProblems, contentCopy, marks, siteData } from "../../helpers/charts.ts";
import { edit, removeFixtures } from "../../helpers/content-fixture.ts";

describe("governance timeline: drawing", () => {
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
  it("labels each event beside its marks, on the side with more room, wrapped to that room", () => {
    const early = placeLabel("Governance Principles for New-Generation AI", 15, 25, 10, 330, 11);
    expect(early).toMatchObject({ anchor: "start", x: 33, lines: ["Governance Principles for New-Generation AI"] });
    const late = placeLabel("International AI Safety Report writing period ends", 300, 310, 10, 330, 11);
    expect(late.anchor).toBe("end");
    expect(late.x).toBe(292);
    const middle = placeLabel("Interim Measures for generative AI services published", 180, 190, 10, 330, 11);
    expect(middle.lines.length).toBeGreaterThan(1);
    // No line is longer than its room holds (0.56 em a character at 11 px).
    for (const p of [early, late, middle])
      for (const l of p.lines) expect(l.length * 11 * 0.56).toBeLessThanOrEqual(p.room);
  });
  it("draws every event with its own label and a row at least a tap target high", () => {
    const out = render(drawGovernanceTimeline(model, "t"));
    for (const e of model.events) expect(out).toContain(`>${e.label}</tspan>`);
    const heights = [...out.matchAll(/<rect [^>]*class="chart-hit"/g)].map((m) =>
      Number(/height="([\d.]+)"/.exec(m[0])![1]),
    );
    expect(heights.length).toBe(4);
    for (const hgt of heights) expect(hgt).toBeGreaterThanOrEqual(26);
  });
  it("draws a disputed event at both dates with the note, one mark per date, and matches the golden SVG", async () => {
    const svg = drawGovernanceTimeline(model, "t");
    expect(marks(svg)).toBe(4);
    const out = render(svg);
    expect(out).toMatch(
      /<g data-mark="" data-tip="June 2023: Statement — The transcript says June"><rect [^>]*class="chart-hit"[^>]*\/><rect [^>]*class="gov-other-date"/,
    );
    expect(out).toContain('class="gov-link"');
    expect(out).toMatch(/class="gov-note"><tspan[^>]*>! The transcript says/);
    await expect(out).toMatchFileSnapshot("__snapshots__/governance-timeline.svg");
  });
});

describe("governance timeline: page", () => {
  it("records each event once, and a disputed one again at its other date", () => {
    const d = siteData(chart) as GovernanceTimelineData;
    const { records, model } = chart.view(d, "en");
    expect(records).toHaveLength(d.events.length + d.events.filter((e) => e.disputed).length);
    expect(records.filter((r) => r.date_kind === "disputed")).toHaveLength(d.events.filter((e) => e.disputed).length);
    expect(marks(chart.draw(model, "t"))).toBe(records.length);
  });
});

afterEach(removeFixtures);

describe("governance timeline: content check", () => {
  it("fails on a governance date that is not written as a date", () => {
    const root = contentCopy((p) =>
      edit(p("charts/governance-timeline.yaml"), 'date: "2023-03-22"', 'date: "2023/03/22"'),
    );
    expect(chartProblems(root)).toContain(
      'content/charts/governance-timeline.yaml: events.5.date: must be a date "YYYY-MM-DD", or "YYYY-MM" when the document gives only the month',
    );
  });

  it("fails on a governance event in no lane, a day not in the calendar, or a dispute giving the same date", () => {
    const root = contentCopy((p) => {
      const f = p("charts/governance-timeline.yaml");
      edit(f, '    lane: us\n    date: "2023-01"', '    lane: usa\n    date: "2023-01"');
      edit(f, 'date: "2023-04-28"', 'date: "2023-02-30"');
      edit(f, '    disputed:\n      date: "2023-06"', '    disputed:\n      date: "2023-05"');
    });
    const found = chartProblems(root);
    expect(found).toContain('content/charts/governance-timeline.yaml: events.4.lane: no lane "usa" in lanes');
    expect(found).toContain(
      'content/charts/governance-timeline.yaml: events.6.date: "2023-02-30" is not a date in the calendar',
    );
    expect(found).toContain(
      'content/charts/governance-timeline.yaml: events.7.disputed.date: "cais-statement": the disputed date is the same as the date (2023-05); a dispute needs a different date',
    );
  });
});
