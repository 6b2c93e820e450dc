/**
 * Carlsmith's chain as marks: one row per premise with its probability (bar)
 * and the running product so far (thin bar below it), then the product beside
 * the document's stated value and the author's later update. Pure: data and
 * values in, element tree out.
 */
import { scaleLinear } from "d3-scale";
import { h, type El } from "../svg.ts";
import { pct, wrap } from "../format.ts";
import { cumulative } from "./state.ts";
import { fillTemplate } from "../../i18n/fill.ts";
import type { PowerSeekingModel } from "./model.ts";

export const WIDTH = 340;
const LEFT = 8;
const RIGHT = 56;
const ROW = 58;
const TOP = 8;

export function drawPowerSeeking(model: PowerSeekingModel, values: readonly number[], titleId: string): El {
  const x = scaleLinear()
    .domain([0, 100])
    .range([LEFT, WIDTH - RIGHT]);
  const running = cumulative(values);
  const product = running[running.length - 1]!;
  const rows = model.premises.map((p, i) => {
    const y = TOP + i * ROW;
    const lines = wrap(`${i + 1}. ${p.label}`, 52).slice(0, 2);
    const by = y + 6 + lines.length * 15;
    const tip = `${i + 1}. ${p.label}: ${pct(values[i]!)} · ${fillTemplate(model.labels.runningProduct, { value: pct(running[i]!) })}`;
    return h(
      "g",
      { class: "ps-row" },
      h(
        "text",
        { x: LEFT, y: y + 12, class: "chart-label" },
        ...lines.map((l, j) => h("tspan", { x: LEFT, dy: j ? 15 : 0 }, l)),
      ),
      h("rect", { x: x(0), y: by, width: x(100) - x(0), height: 12, class: "chart-track", "aria-hidden": "true" }),
      h("rect", {
        x: x(0),
        y: by,
        width: x(values[i]!) - x(0),
        height: 12,
        class: "chart-bar",
        "data-mark": "",
        "data-tip": tip,
      }),
      h("text", { x: x(values[i]!) + 4, y: by + 10, class: "chart-value" }, pct(values[i]!)),
      h("rect", {
        x: x(0),
        y: by + 15,
        width: Math.max(1, x(running[i]!) - x(0)),
        height: 5,
        class: "chart-bar-soft",
        "aria-hidden": "true",
      }),
      h("text", { x: WIDTH - 2, y: by + 21, class: "chart-note", "text-anchor": "end" }, `∏ ${pct(running[i]!)}`),
    );
  });
  const y0 = TOP + model.premises.length * ROW + 6;
  const zoom = scaleLinear()
    .domain([0, 20])
    .range([LEFT, WIDTH - RIGHT]);
  const end = Math.min(product, 20);
  const stateTip = fillTemplate(model.labels.stated, { value: pct(model.stated, 0) });
  const updateTip = fillTemplate(model.labels.update, { value: pct(model.update, 0) });
  const height = y0 + 104;
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
    h("g", { class: "ps-premises" }, rows),
    h(
      "g",
      { class: "ps-product" },
      h(
        "text",
        { x: LEFT, y: y0 + 12, class: "chart-label chart-label--strong" },
        fillTemplate(model.labels.product, { value: pct(product) }),
      ),
      h("text", { x: LEFT, y: y0 + 28, class: "chart-note" }, model.labels.axis),
      h("rect", {
        x: zoom(0),
        y: y0 + 38,
        width: zoom(20) - zoom(0),
        height: 16,
        class: "chart-track",
        "aria-hidden": "true",
      }),
      h("rect", { x: zoom(0), y: y0 + 38, width: Math.max(1, zoom(end) - zoom(0)), height: 16, class: "chart-bar" }),
      h("text", { x: zoom(end) + 4, y: y0 + 51, class: "chart-value" }, `${product > 20 ? "> " : ""}${pct(product)}`),
      h("line", {
        x1: zoom(model.stated),
        x2: zoom(model.stated),
        y1: y0 + 34,
        y2: y0 + 66,
        class: "chart-rule",
        "data-mark": "",
        "data-tip": stateTip,
      }),
      h("text", { x: LEFT, y: y0 + 78, class: "chart-note" }, stateTip),
      h("line", {
        x1: zoom(model.update),
        x2: zoom(model.update),
        y1: y0 + 34,
        y2: y0 + 90,
        class: "chart-accent",
        "data-mark": "",
        "data-tip": updateTip,
      }),
      h(
        "text",
        {
          x: Math.min(zoom(model.update) + 4, WIDTH - 2),
          y: y0 + 98,
          class: "chart-note chart-note--accent",
          "text-anchor": zoom(model.update) + 4 > WIDTH - 120 ? "end" : "start",
        },
        updateTip,
      ),
    ),
  );
}
