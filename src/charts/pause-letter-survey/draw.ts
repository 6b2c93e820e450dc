/**
 * The survey as labelled bars on one 0–100% scale, in the source's order, with
 * the share the source leaves undescribed drawn hatched and labelled as such.
 * Each label sits just above its own bar, with a wider gap above the label.
 */
import { scaleLinear } from "d3-scale";
import { chartSvg, h, type El } from "../svg.ts";
import { pct, unitsFor, wrap } from "../format.ts";
import { tapTarget } from "../hit.ts";
import type { PauseSurveyModel } from "./model.ts";

export const WIDTH = 340;
const LEFT = 8;
const RIGHT = 56;
const LINE = 15;
const BAR = 14;
/** From a bar's bottom to the next label's top. */
const GAP = 16;

export function drawPauseSurvey(model: PauseSurveyModel, titleId: string): El {
  const x = scaleLinear()
    .domain([0, 40])
    .range([LEFT, WIDTH - RIGHT]);
  const rows = [
    ...model.answers.map((a) => ({ ...a, rest: false })),
    { id: "remainder", ...model.remainder, rest: true },
  ];
  let y = 4;
  const bars = rows.map((r) => {
    const lines = wrap(r.label, unitsFor(WIDTH - LEFT - 4));
    const top = y;
    const by = top + 3 + lines.length * LINE;
    y = by + BAR + GAP;
    return h(
      "g",
      {},
      h(
        "text",
        { x: LEFT, y: top + 12, class: r.rest ? "chart-label chart-label--muted" : "chart-label" },
        ...lines.map((l, j) => h("tspan", { x: LEFT, dy: j ? LINE : 0 }, l)),
      ),
      tapTarget(
        { "data-mark": "", "data-tip": `${r.label}: ${pct(r.percent, 2)}` },
        { x: x(0), y: by, width: x(40) - x(0), height: BAR },
        h("rect", {
          x: x(0),
          y: by,
          width: x(r.percent) - x(0),
          height: BAR,
          class: r.rest ? "chart-rest" : "chart-bar",
          fill: r.rest ? `url(#${titleId}-hatch)` : undefined,
        }),
      ),
      h("text", { x: x(r.percent) + 4, y: by + 11, class: "chart-value" }, pct(r.percent, 2)),
    );
  });
  const plotBottom = y - GAP + 6;
  const height = plotBottom + 20;
  const ticks = x.ticks(4);
  return chartSvg(
    { width: WIDTH, height, titleId },
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
          h("line", { x1: x(t), x2: x(t), y1: 0, y2: plotBottom, class: "chart-gridline" }),
          h(
            "text",
            { x: x(t), y: height - 4, "text-anchor": t === 0 ? "start" : "middle", class: "chart-note" },
            `${t}%`,
          ),
        ),
      ),
    ),
    h("g", { class: "survey-bars" }, bars),
  );
}
