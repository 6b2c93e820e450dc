/**
 * Carlsmith's chain as marks: one row per premise with its probability (bar)
 * and the running product so far (thin bar below it, labelled at its end),
 * then the product beside the document's stated value and the author's later
 * update, each line keyed by a label under the scale so no line crosses a
 * label. Pure: data and values in, element tree out.
 */
import { scaleLinear } from "d3-scale";
import { chartSvg, h, type El } from "../svg.ts";
import { pct, unitsFor, wrap } from "../format.ts";
import { tapTarget } from "../hit.ts";
import { cumulative } from "./state.ts";
import { fillTemplate } from "../../i18n/fill.ts";
import type { PowerSeekingModel } from "./model.ts";

export const WIDTH = 340;
const LEFT = 8;
const RIGHT = 48;
const TOP = 8;
const LINE = 15;
/** Space between one row's running product and the next row's label. */
const ROW_GAP = 16;

export function drawPowerSeeking(model: PowerSeekingModel, values: readonly number[], titleId: string): El {
  const x = scaleLinear()
    .domain([0, 100])
    .range([LEFT, WIDTH - RIGHT]);
  const running = cumulative(values);
  const product = running[running.length - 1]!;
  let y = TOP;
  const rows = model.premises.map((p, i) => {
    const lines = wrap(`${i + 1}. ${p.label}`, unitsFor(WIDTH - LEFT - 4));
    const top = y;
    const by = top + 4 + lines.length * LINE;
    y = by + 24 + ROW_GAP;
    const tip = `${i + 1}. ${p.label}: ${pct(values[i]!)} · ${fillTemplate(model.labels.runningProduct, { value: pct(running[i]!) })}`;
    return h(
      "g",
      { class: "ps-row" },
      h(
        "text",
        { x: LEFT, y: top + 12, class: "chart-label" },
        ...lines.map((l, j) => h("tspan", { x: LEFT, dy: j ? LINE : 0 }, l)),
      ),
      h("rect", { x: x(0), y: by, width: x(100) - x(0), height: 12, class: "chart-track", "aria-hidden": "true" }),
      tapTarget(
        { class: "ps-mark", "data-mark": "", "data-tip": tip },
        { x: x(0), y: by, width: x(100) - x(0), height: 12 },
        h("rect", { x: x(0), y: by, width: x(values[i]!) - x(0), height: 12, class: "chart-bar" }),
      ),
      h("text", { x: x(values[i]!) + 4, y: by + 10, class: "chart-value" }, pct(values[i]!)),
      h("rect", {
        x: x(0),
        y: by + 15,
        width: Math.max(1, x(running[i]!) - x(0)),
        height: 5,
        class: "chart-bar-soft",
        "aria-hidden": "true",
      }),
      h("text", { x: x(running[i]!) + 4, y: by + 24, class: "chart-note" }, `∏ ${pct(running[i]!)}`),
    );
  });
  const y0 = y;
  const zoom = scaleLinear()
    .domain([0, 20])
    .range([LEFT, WIDTH - RIGHT]);
  const end = Math.min(product, 20);
  const stateTip = fillTemplate(model.labels.stated, { value: pct(model.stated, 0) });
  const updateTip = fillTemplate(model.labels.update, { value: pct(model.update, 0) });
  // The two reference lines stop above their labels; a short sample of each line keys its label.
  const barTop = y0 + 40;
  const lineEnd = barTop + 26;
  const key = (cls: string, ky: number, text: string, textClass: string) => [
    h("line", { x1: LEFT + 3, x2: LEFT + 3, y1: ky - 11, y2: ky + 2, class: cls, "aria-hidden": "true" }),
    h("text", { x: LEFT + 12, y: ky, class: textClass }, text),
  ];
  const rule = (at: number, cls: string, tip: string) =>
    tapTarget(
      { class: "ps-mark", "data-mark": "", "data-tip": tip },
      { x: zoom(at) - 2, y: barTop - 4, width: 4, height: lineEnd - barTop + 4 },
      h("line", { x1: zoom(at), x2: zoom(at), y1: barTop - 4, y2: lineEnd, class: cls }),
    );
  const height = lineEnd + 44;
  return chartSvg(
    { width: WIDTH, height, titleId },
    h("g", { class: "ps-premises" }, rows),
    h(
      "g",
      { class: "ps-product" },
      h(
        "text",
        { x: LEFT, y: y0 + 12, class: "chart-label chart-label--strong" },
        fillTemplate(model.labels.product, { value: pct(product) }),
      ),
      h("text", { x: LEFT, y: y0 + 30, class: "chart-note" }, model.labels.axis),
      h("rect", {
        x: zoom(0),
        y: barTop,
        width: zoom(20) - zoom(0),
        height: 16,
        class: "chart-track",
        "aria-hidden": "true",
      }),
      h("rect", { x: zoom(0), y: barTop, width: Math.max(1, zoom(end) - zoom(0)), height: 16, class: "chart-bar" }),
      rule(model.stated, "chart-rule", stateTip),
      rule(model.update, "chart-accent", updateTip),
      h(
        "text",
        { x: zoom(end) + 4, y: barTop + 13, class: "chart-value chart-label--strong" },
        `${product > 20 ? "> " : ""}${pct(product)}`,
      ),
      key("chart-rule", lineEnd + 16, stateTip, "chart-note"),
      key("chart-accent", lineEnd + 34, updateTip, "chart-note chart-note--accent"),
    ),
  );
}
