/**
 * The survey as labelled bars on one 0–100% scale, in the source's order, with
 * the share the source leaves undescribed drawn hatched and labelled as such.
 */
import { scaleLinear } from "d3-scale";
import { h, type El } from "../svg.ts";
import { pct, wrap } from "../format.ts";
import type { PauseSurveyModel } from "./model.ts";

export const WIDTH = 340;
const LEFT = 8;
const RIGHT = 56;
const ROW = 50;

export function drawPauseSurvey(model: PauseSurveyModel, titleId: string): El {
  const x = scaleLinear()
    .domain([0, 40])
    .range([LEFT, WIDTH - RIGHT]);
  const rows = [
    ...model.answers.map((a) => ({ ...a, rest: false })),
    { id: "remainder", ...model.remainder, rest: true },
  ];
  const height = rows.length * ROW + 26;
  const ticks = x.ticks(4);
  return h(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${WIDTH} ${height}`,
      width: WIDTH,
      height,
      role: "img",
      "aria-labelledby": titleId,
      class: "chart-svg",
    },
    h(
      "defs",
      {},
      h(
        "pattern",
        { id: `${titleId}-hatch`, width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
        h("rect", { width: 6, height: 6, class: "chart-track" }),
        h("line", { x1: 0, y1: 0, x2: 0, y2: 6, class: "chart-hatch" }),
      ),
    ),
    h(
      "g",
      { class: "chart-grid", "aria-hidden": "true" },
      ticks.map((t) =>
        h(
          "g",
          {},
          h("line", { x1: x(t), x2: x(t), y1: 0, y2: height - 20, class: "chart-gridline" }),
          h("text", { x: x(t), y: height - 6, "text-anchor": "middle", class: "chart-note" }, `${t}%`),
        ),
      ),
    ),
    h(
      "g",
      { class: "survey-bars" },
      rows.map((r, i) => {
        const y = i * ROW;
        const lines = wrap(r.label, 52).slice(0, 2);
        const by = y + 6 + lines.length * 15;
        return h(
          "g",
          {},
          h(
            "text",
            { x: LEFT, y: y + 12, class: r.rest ? "chart-label chart-label--muted" : "chart-label" },
            ...lines.map((l, j) => h("tspan", { x: LEFT, dy: j ? 15 : 0 }, l)),
          ),
          h("rect", {
            x: x(0),
            y: by,
            width: x(r.percent) - x(0),
            height: 14,
            class: r.rest ? "chart-rest" : "chart-bar",
            fill: r.rest ? `url(#${titleId}-hatch)` : undefined,
            "data-mark": "",
            "data-tip": `${r.label}: ${pct(r.percent, 2)}`,
          }),
          h("text", { x: x(r.percent) + 4, y: by + 11, class: "chart-value" }, pct(r.percent, 2)),
        );
      }),
    ),
  );
}
