/**
 * The Leverhulme CFI heatmap: practices (rows, grouped under their nine
 * categories) × companies (columns), each cell shaded by score and printing the
 * score, so it reads in greyscale. Totals and percentages close the columns.
 * Row labels are the practice names as the data gives them, up to three lines
 * (a longer name ends in "…"; the full name is in the tooltip and the table).
 * A row is at least a tap target high and each cell a tap target wide.
 */
import { scaleBand, scaleOrdinal } from "d3-scale";
import { chartSvg, h, type El } from "../svg.ts";
import { clip, unitsFor, wrap } from "../format.ts";
import { MIN_TARGET, tapTarget } from "../hit.ts";
import { fillTemplate } from "../../i18n/fill.ts";
import type { PracticeScoresModel } from "./model.ts";

export const WIDTH = 360;
/** Room on the right for the slanted company names. */
const RIGHT = 16;
/** The row labels' column. */
const LABEL = 176;
const HEAD = 64;
/** Row label size and line height; a row is at least MIN_TARGET high. */
const SIZE = 10.5;
const LINE = 12;
const LINES = 3;
const GROUP_H = 24;

/** Score → the class that shades it (colours come from the palette's --chart-score-N). */
export const scoreClass = scaleOrdinal<number, string>().domain([0, 1, 2]).range(["score-0", "score-1", "score-2"]);

export function drawPracticeScores(model: PracticeScoresModel, titleId: string): El {
  const x = scaleBand<string>()
    .domain(model.companies.map((c) => c.id))
    .range([LABEL, WIDTH - RIGHT])
    .paddingInner(0.06);
  const bw = x.bandwidth();
  let y = HEAD;
  const groups = model.categories.map((cat, ci) => {
    const top = y;
    const headingUnits = unitsFor(WIDTH - 6, 13); // bold: about 1 px wider a character
    const heading = clip(wrap(`${ci + 1} ${cat.name}`, headingUnits), 1, headingUnits)[0]!;
    y += GROUP_H;
    const rows = cat.practices.map((p, pi) => {
      const ry = y;
      const units = unitsFor(LABEL - 14, SIZE);
      const lines = clip(wrap(p.name, units), LINES, units);
      const rh = Math.max(MIN_TARGET + 2, lines.length * LINE + 6);
      y += rh;
      const mid = ry + rh / 2;
      return h(
        "g",
        { class: "heat-row", "data-practice": p.id },
        h(
          "text",
          { x: 2, y: mid - ((lines.length - 1) * LINE) / 2 + 4, class: "heat-label" },
          ...lines.map((l, j) => h("tspan", { x: 2, dy: j ? LINE : 0 }, l)),
        ),
        model.companies.map((c) => {
          const s = p.scores[c.id] ?? 0;
          const cx = x(c.id)!;
          return tapTarget(
            {
              class: `heat-cell ${scoreClass(s)}`,
              "data-mark": "",
              "data-tip": fillTemplate(model.labels.tip, {
                practice: `${ci + 1}.${pi + 1} ${p.name}`,
                company: c.name,
                score: `${s} · ${model.scoreNames[s]}`,
              }),
            },
            { x: cx - (x.step() - bw) / 2, y: ry, width: x.step(), height: rh },
            h("rect", { x: cx, y: ry + 1, width: bw, height: rh - 2, class: "heat-fill" }),
            h("text", { x: cx + bw / 2, y: mid + 4, "text-anchor": "middle" }, String(s)),
          );
        }),
      );
    });
    return h(
      "g",
      { class: "heat-group", "data-category": cat.id },
      h("text", { x: 2, y: top + 14, class: "chart-label chart-label--strong" }, heading),
      rows,
    );
  });
  const totals = y + 8;
  const height = totals + 44;
  return chartSvg(
    { width: WIDTH, height, titleId, modifier: "heat" },
    h(
      "g",
      { class: "heat-head" },
      model.companies.map((c) =>
        h(
          "text",
          {
            x: x(c.id)! + bw / 2,
            y: HEAD - 8,
            transform: `rotate(-55 ${x(c.id)! + bw / 2} ${HEAD - 8})`,
            class: "chart-label",
          },
          c.name,
        ),
      ),
    ),
    groups,
    h(
      "g",
      { class: "heat-totals" },
      h("text", { x: 2, y: totals + 14, class: "chart-note" }, model.labels.total),
      h("text", { x: 2, y: totals + 34, class: "chart-note" }, model.labels.percent),
      model.companies.map((c) =>
        h(
          "g",
          {},
          h(
            "text",
            { x: x(c.id)! + bw / 2, y: totals + 14, "text-anchor": "middle", class: "chart-value" },
            String(c.total),
          ),
          h(
            "text",
            { x: x(c.id)! + bw / 2, y: totals + 34, "text-anchor": "middle", class: "chart-value" },
            `${c.percent}%`,
          ),
        ),
      ),
    ),
  );
}
