/**
 * AGI forecasts: when each was made (x) against the year it names (y).
 * Metaculus's two series are lines through their medians; other forecasts are
 * points or ranges (a vertical bar; an arrow when open-ended), numbered and
 * explained in a key below. ChatGPT's release is a dashed rule.
 */
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { chartSvg, h, type El } from "../svg.ts";
import { unitsFor, wrap } from "../format.ts";
import { tapTarget } from "../hit.ts";
import { predicted } from "./describe.ts";
import type { AgiForecast, AgiTimelinesModel } from "./model.ts";

export const WIDTH = 340;
const LEFT = 34;
const RIGHT = 40;
const TOP = 28;
const PLOT_H = 300;
const DODGE = 9;

/** Series classes: the first series is the bar colour with circles, the second the accent with squares. */
const SERIES_CLASS = ["agi-series-0", "agi-series-1"];

export function tip(f: AgiForecast): string {
  return `${f.who} (${f.madeLabel}): ${predicted(f)}${f.note ? ` — ${f.note}` : ""}`;
}

export function drawAgiTimelines(model: AgiTimelinesModel, titleId: string): El {
  const x = scaleLinear()
    .domain([2021, 2025])
    .range([LEFT, WIDTH - RIGHT]);
  const y = scaleLinear()
    .domain([2020, 2065])
    .range([TOP + PLOT_H, TOP]);
  const seriesIndex = new Map(model.series.map((s, i) => [s.id, i]));
  const others = model.forecasts.filter((f) => !f.series || !seriesIndex.has(f.series));
  // Forecasts made at the same time sit side by side.
  const offset = new Map<string, number>();
  const byMade = new Map<number, AgiForecast[]>();
  for (const f of others) byMade.set(f.made, [...(byMade.get(f.made) ?? []), f]);
  for (const group of byMade.values()) group.forEach((f, k) => offset.set(f.id, (k - (group.length - 1) / 2) * DODGE));

  const series = model.series.map((s, i) => {
    const points = model.forecasts
      .filter((f) => f.series === s.id && f.year !== undefined)
      .sort((a, b) => a.made - b.made);
    const path =
      line<AgiForecast>()
        .x((f) => x(f.made))
        .y((f) => y(f.year!))(points) ?? "";
    const last = points[points.length - 1];
    return h(
      "g",
      { class: SERIES_CLASS[i] ?? SERIES_CLASS[0] },
      h("path", { d: path, class: "agi-line" }),
      points.map((f) =>
        tapTarget(
          { "data-mark": "", "data-tip": tip(f) },
          { x: x(f.made) - 4.5, y: y(f.year!) - 4.5, width: 9, height: 9 },
          i === 0
            ? h("circle", { cx: x(f.made), cy: y(f.year!), r: 4.5 })
            : h("rect", { x: x(f.made) - 4, y: y(f.year!) - 4, width: 8, height: 8 }),
        ),
      ),
      // Values: left of earlier points, right of the last one; the series are named in the key.
      points.map((f) =>
        f === last
          ? h("text", { x: x(f.made) + 8, y: y(f.year!) + 4, class: "chart-value" }, String(f.year))
          : h(
              "text",
              { x: x(f.made) - 7, y: y(f.year!) + 4, "text-anchor": "end", class: "chart-value" },
              String(f.year),
            ),
      ),
    );
  });

  const numbered = others.map((f, n) => {
    const cx = x(f.made) + (offset.get(f.id) ?? 0);
    const label = String(n + 1);
    if (f.year !== undefined) {
      const unassigned = !f.series;
      return h(
        "g",
        { class: "agi-other" },
        tapTarget(
          { "data-mark": "", "data-tip": tip(f) },
          { x: cx - 4, y: y(f.year) - 4, width: 8, height: 8 },
          h("circle", {
            cx,
            cy: y(f.year),
            r: 4,
            class: unassigned && f.id.startsWith("metaculus") ? "agi-unassigned" : "agi-point",
          }),
        ),
        h("text", { x: cx, y: y(f.year) - 7, "text-anchor": "middle", class: "chart-note" }, label),
      );
    }
    const top = f.openEnd ? y(2065) + 6 : y(f.to!);
    return h(
      "g",
      { class: "agi-other" },
      tapTarget(
        { "data-mark": "", "data-tip": tip(f) },
        { x: cx - 2, y: top, width: 4, height: y(f.from!) - top },
        h("line", { x1: cx, x2: cx, y1: y(f.from!), y2: top, class: "agi-range" }),
      ),
      h("line", { x1: cx - 3, x2: cx + 3, y1: y(f.from!), y2: y(f.from!), class: "agi-range-cap" }),
      f.openEnd
        ? h("path", { d: `M${cx - 4},${top + 2}L${cx},${top - 5}L${cx + 4},${top + 2}Z`, class: "agi-arrow" })
        : h("line", { x1: cx - 3, x2: cx + 3, y1: top, y2: top, class: "agi-range-cap" }),
      h("text", { x: cx, y: top - (f.openEnd ? 8 : 4), "text-anchor": "middle", class: "chart-note" }, label),
    );
  });

  const keyTop = TOP + PLOT_H + 40;
  let ky = keyTop;
  const legend = model.series.map((s, i) => {
    const g = h(
      "g",
      { class: SERIES_CLASS[i] ?? SERIES_CLASS[0] },
      h("line", { x1: 0, x2: 18, y1: ky - 4, y2: ky - 4, class: "agi-line" }),
      i === 0 ? h("circle", { cx: 9, cy: ky - 4, r: 4 }) : h("rect", { x: 5, y: ky - 8, width: 8, height: 8 }),
      h("text", { x: 24, y: ky, class: "chart-note" }, s.label),
    );
    ky += 17;
    return g;
  });
  const key = others.map((f, n) => {
    const lines = wrap(
      `${n + 1}. ${f.who} (${f.madeLabel}): ${predicted(f)}${f.note ? ` — ${f.note}` : ""}`,
      unitsFor(WIDTH - 4, 11),
    );
    const g = h(
      "text",
      { x: 0, y: ky, class: "chart-note" },
      ...lines.map((l, j) => h("tspan", { x: j ? 12 : 0, dy: j ? 14 : 0 }, l)),
    );
    ky += lines.length * 14 + 3;
    return g;
  });
  const height = ky + 4;
  const cg = x(model.chatgpt.date);
  return chartSvg(
    { width: WIDTH, height, titleId },
    h(
      "g",
      { class: "chart-grid", "aria-hidden": "true" },
      y
        .ticks(5)
        .map((t) =>
          h(
            "g",
            {},
            h("line", { x1: LEFT, x2: WIDTH - RIGHT, y1: y(t), y2: y(t), class: "chart-gridline" }),
            h("text", { x: LEFT - 4, y: y(t) + 4, "text-anchor": "end", class: "chart-note" }, String(t)),
          ),
        ),
      [2021, 2022, 2023, 2024, 2025].map((t) =>
        h(
          "text",
          { x: x(t), y: TOP + PLOT_H + 16, "text-anchor": t === 2021 ? "start" : "middle", class: "chart-note" },
          String(t),
        ),
      ),
      h("text", { x: 2, y: 12, class: "chart-note" }, model.labels.predicted),
      h(
        "text",
        { x: WIDTH - RIGHT, y: TOP + PLOT_H + 32, "text-anchor": "end", class: "chart-note" },
        model.labels.made,
      ),
    ),
    h(
      "g",
      { class: "agi-chatgpt" },
      h("line", { x1: cg, x2: cg, y1: TOP - 6, y2: TOP + PLOT_H, class: "chart-rule" }),
      h(
        "text",
        { x: cg + 4, y: TOP + 8, class: "chart-note" },
        ...wrap(model.chatgpt.label, 26).map((l, j) => h("tspan", { x: cg + 4, dy: j ? 13 : 0 }, l)),
      ),
    ),
    h("g", { class: "agi-series" }, series),
    h("g", { class: "agi-others" }, numbered),
    h("g", { class: "agi-key" }, legend, key),
  );
}
