/**
 * Growth multipliers on one log scale (×1 to ×10,000), grouped as the model
 * lists them. Estimates and statements are solid bars; projections are
 * hatched and outlined, so they read apart in colour and in greyscale.
 */
import { scaleLog } from "d3-scale";
import { chartSvg, h, type El } from "../svg.ts";
import { unitsFor, wrap } from "../format.ts";
import { tapTarget } from "../hit.ts";
import type { ComputeGrowthModel } from "./model.ts";

export const WIDTH = 340;
const LEFT = 8;
const RIGHT = 58;
const LINE = 14;
const BAR = 12;
/** From a bar's bottom to the next label's top. */
const GAP = 14;
const GROUP = 26;
const TOP = 34;

/** "×10,000", "×2.5". */
export function times(n: number): string {
  return `×${n.toLocaleString("en-US")}`;
}

export function drawComputeGrowth(model: ComputeGrowthModel, titleId: string): El {
  const max = Math.max(10_000, ...model.groups.flatMap((g) => g.items.map((i) => i.factor)));
  const x = scaleLog()
    .domain([1, max])
    .range([LEFT, WIDTH - RIGHT]);
  const ticks = [1, 10, 100, 1000, 10000].filter((t) => t <= max);
  let y = TOP;
  const hatch = `${titleId}-projection`;
  const groups = model.groups.map((g) => {
    const gy = y;
    y += GROUP;
    const rows = g.items.map((item) => {
      const ry = y;
      const lines = wrap(item.label, unitsFor(WIDTH - LEFT - 4));
      const by = ry + 3 + lines.length * LINE;
      y = by + BAR + GAP;
      const projection = item.kind === "projection";
      return h(
        "g",
        { class: `growth-row growth-${item.kind}` },
        h(
          "text",
          { x: LEFT, y: ry + 10, class: "chart-label" },
          ...lines.map((l, j) => h("tspan", { x: LEFT, dy: j ? 14 : 0 }, l)),
        ),
        tapTarget(
          { "data-mark": "", "data-tip": `${item.label}: ${times(item.factor)} (${model.kinds[item.kind]})` },
          { x: x(1), y: by, width: x(max) - x(1), height: BAR },
          h("rect", {
            x: x(1),
            y: by,
            width: x(item.factor) - x(1),
            height: BAR,
            class: projection ? "growth-bar-projection" : "chart-bar",
            fill: projection ? `url(#${hatch})` : undefined,
          }),
        ),
        h("text", { x: x(item.factor) + 4, y: by + 10, class: "chart-value" }, times(item.factor)),
      );
    });
    return h(
      "g",
      { class: "growth-group" },
      h("text", { x: LEFT, y: gy + 16, class: "chart-label chart-label--strong" }, g.label),
      rows,
    );
  });
  const height = y + 8;
  return chartSvg(
    { width: WIDTH, height, titleId },
    h(
      "defs",
      {},
      h(
        "pattern",
        { id: hatch, width: 5, height: 5, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
        h("rect", { width: 5, height: 5, class: "chart-bar-soft" }),
        h("line", { x1: 0, y1: 0, x2: 0, y2: 5, class: "growth-hatch" }),
      ),
    ),
    h(
      "g",
      { class: "chart-grid", "aria-hidden": "true" },
      ticks.map((t) =>
        h(
          "g",
          {},
          h("line", { x1: x(t), x2: x(t), y1: TOP - 6, y2: height - 4, class: "chart-gridline" }),
          h(
            "text",
            { x: x(t), y: TOP - 10, "text-anchor": t === 1 ? "start" : "middle", class: "chart-note" },
            times(t),
          ),
        ),
      ),
    ),
    h(
      "g",
      { class: "growth-key" },
      h("rect", { x: LEFT, y: 2, width: 14, height: 9, class: "chart-bar" }),
      h("text", { x: LEFT + 18, y: 10, class: "chart-note" }, `${model.kinds.estimate} / ${model.kinds.statement}`),
      h("rect", { x: 190, y: 2, width: 14, height: 9, class: "growth-bar-projection", fill: `url(#${hatch})` }),
      h("text", { x: 208, y: 10, class: "chart-note" }, model.kinds.projection),
    ),
    groups,
  );
}
