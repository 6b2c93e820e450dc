/**
 * The scope/severity map: scope rows (personal at the bottom, pan-generational
 * at the top, faded "cosmic" above), severity columns (imperceptible → crushing,
 * faded "hellish"), the two shaded regions, and one numbered mark per risk in
 * its family's colour and shape. A mark on one cell is a point; a band is a
 * translucent rounded strip over the cells it spans, one strip per column.
 * Marks sharing a cell sit side by side: in each column, each mark takes the
 * first lane no earlier mark (in the file's order) uses on any of its rows, so
 * the layout is the same on every run. A numbered key closes the drawing.
 */
import type { Family } from "../../palette/colours.ts";
import { chartSvg, h, type El } from "../svg.ts";
import { wrap } from "../format.ts";
import type { RiskMapModel, RiskMark } from "./model.ts";
import { visibleMarks } from "./state.ts";

export const WIDTH = 360;
const PAD = 6;
/** Room for the row (scope) names. */
const LEFT = 78;
const TOP = 54;
const ROW = 38;
const FADED_ROW = 24;
const LANE = 15;
const MIN_COL = 52;
const FADED_COL = 36;
const KEY_LINE = 15;

/** Each mark's lane in each column it covers: columns × mark id → lane. */
export function lanes(model: RiskMapModel): Map<number, Map<string, number>> {
  const out = new Map<number, Map<string, number>>();
  model.severity.forEach((_, c) => {
    const inCol = model.marks.filter((m) => m.severity[0] <= c && c <= m.severity[1]);
    const taken: { lane: number; rows: [number, number] }[] = [];
    const col = new Map<string, number>();
    for (const m of inCol) {
      let lane = 0;
      while (taken.some((t) => t.lane === lane && t.rows[0] <= m.scope[1] && m.scope[0] <= t.rows[1])) lane++;
      taken.push({ lane, rows: m.scope });
      col.set(m.id, lane);
    }
    out.set(c, col);
  });
  return out;
}

/** A family's shape, centred on (x, y), about 2r across. */
export function shapePath(family: Family, x: number, y: number, r: number): string {
  const p = (n: number) => Math.round(n * 10) / 10;
  switch (family) {
    case "misuse":
      return `M${p(x)},${p(y - r)} L${p(x + r)},${p(y + r * 0.8)} L${p(x - r)},${p(y + r * 0.8)} Z`;
    case "loss-of-control":
      return `M${p(x)},${p(y - r)} L${p(x + r)},${p(y)} L${p(x)},${p(y + r)} L${p(x - r)},${p(y)} Z`;
    case "systemic": {
      const s = r * 0.8;
      return `M${p(x - s)},${p(y - s)} H${p(x + s)} V${p(y + s)} H${p(x - s)} Z`;
    }
    case "mitigation": {
      const a = r * 0.35;
      return `M${p(x - a)},${p(y - r)} H${p(x + a)} V${p(y - a)} H${p(x + r)} V${p(y + a)} H${p(x + a)} V${p(y + r)} H${p(x - a)} V${p(y + a)} H${p(x - r)} V${p(y - a)} H${p(x - a)} Z`;
    }
    case "governance":
      return `M${p(x - r)},${p(y - r * 0.4)} H${p(x + r)} V${p(y + r * 0.4)} H${p(x - r)} Z`;
    default: // malfunction: a circle
      return `M${p(x - r)},${p(y)} A${p(r)},${p(r)} 0 1 0 ${p(x + r)},${p(y)} A${p(r)},${p(r)} 0 1 0 ${p(x - r)},${p(y)} Z`;
  }
}

export function drawRiskMap(model: RiskMapModel, titleId: string): El {
  // Lanes and widths come from every mark, so filtering hides marks without moving the others.
  const laneOf = lanes(model);
  const shown = visibleMarks(model);
  // Column widths: room for each column's lanes; faded columns are narrow when empty.
  const widths = model.severity.map((s, c) => {
    const n = Math.max(0, ...[...laneOf.get(c)!.values()].map((l) => l + 1));
    return Math.max(s.faded && n === 0 ? FADED_COL : MIN_COL, n * LANE + 8);
  });
  // What is left of the width goes to the plain columns, evenly, so the names above them have room.
  const plain = model.severity.filter((s) => !s.faded).length;
  const spare = Math.max(0, WIDTH - PAD - LEFT - widths.reduce((a, b) => a + b, 0));
  model.severity.forEach((s, c) => {
    if (!s.faded) widths[c]! += Math.floor(spare / plain);
  });
  const colX = widths.map((_, c) => LEFT + widths.slice(0, c).reduce((a, b) => a + b, 0));
  // Rows from the top: the last scope (cosmic) first.
  const heights = model.scope.map((s) => (s.faded ? FADED_ROW : ROW));
  const rowY = model.scope.map((_, r) => TOP + heights.slice(r + 1).reduce((a, b) => a + b, 0));
  const gridBottom = TOP + heights.reduce((a, b) => a + b, 0);
  const span = (rows: [number, number]) => ({ y: rowY[rows[1]]!, bottom: rowY[rows[0]]! + heights[rows[0]]! });
  const cols = (c: [number, number]) => ({ x: colX[c[0]]!, right: colX[c[1]]! + widths[c[1]]! });

  const rowLabels = model.scope.map((s, r) => {
    // "Trans-generational" breaks after its hyphen.
    const lines = s.name.length > 11 && s.name.includes("-") ? s.name.replace("-", "-\n").split("\n") : [s.name];
    const mid = rowY[r]! + heights[r]! / 2;
    return h(
      "text",
      {
        x: LEFT - 5,
        y: mid + 4 - ((lines.length - 1) * 13) / 2,
        "text-anchor": "end",
        class: `rss-row ${s.faded ? "chart-label--muted" : "chart-label"}`,
      },
      lines.map((l, j) => h("tspan", { x: LEFT - 5, dy: j ? 13 : 0 }, l)),
    );
  });
  const colLabels = model.severity.map((s, c) =>
    h(
      "text",
      {
        x: colX[c]! + widths[c]! / 2,
        // Alternate heights, so long names ("Imperceptible") never run into their neighbours.
        y: TOP - (c % 2 ? 7 : 21),
        "text-anchor": "middle",
        class: `rss-col ${s.faded ? "chart-label--muted" : "chart-label"}`,
      },
      s.name,
    ),
  );
  const cells = model.scope.flatMap((s, r) =>
    model.severity.map((v, c) =>
      h("rect", {
        x: colX[c]!,
        y: rowY[r]!,
        width: widths[c]!,
        height: heights[r]!,
        class: s.faded || v.faded ? "rss-cell rss-cell--faded" : "rss-cell",
      }),
    ),
  );
  const regions = model.regions.map((reg, i) => {
    const { x, right: r } = cols(reg.severity);
    const { y, bottom } = span(reg.scope);
    return h("rect", {
      x: x + 1,
      y: y + 1,
      width: r - x - 2,
      height: bottom - y - 2,
      class: `rss-region rss-region-${i}`,
      "data-region": reg.id,
    });
  });

  const markEl = (m: RiskMark) => {
    const point = m.scope[0] === m.scope[1] && m.severity[0] === m.severity[1];
    const { y, bottom } = span(m.scope);
    const strips: El[] = [];
    for (let c = m.severity[0]; c <= m.severity[1]; c++) {
      const x = colX[c]! + 4 + laneOf.get(c)!.get(m.id)! * LANE;
      const cx = x + (LANE - 2) / 2;
      if (!point)
        strips.push(h("rect", { x, y: y + 3, width: LANE - 2, height: bottom - y - 6, rx: 5, class: "rss-band" }));
      strips.push(
        // The lane's whole height taps the mark (a lane is narrower than a fingertip: the controls list every mark too).
        h("rect", { x: x - 1, y, width: LANE, height: bottom - y, class: "chart-hit", "aria-hidden": "true" }),
        h("path", { d: shapePath(m.family, cx, y + 12, 5), class: "rss-shape" }),
        h("text", { x: cx, y: y + 29, "text-anchor": "middle", class: "rss-n" }, String(m.n)),
      );
    }
    return h(
      "g",
      { class: `rss-mark family-${m.family}`, "data-mark": "", "data-id": m.id, "data-tip": m.tip },
      strips,
    );
  };

  // Legend of the regions, then the key of the marks.
  let y = gridBottom + 22;
  const legend = model.regions.map((reg, i) => {
    const ly = y;
    y += 18;
    return h(
      "g",
      {},
      h("rect", { x: PAD, y: ly - 10, width: 22, height: 12, class: `rss-region rss-region-${i}` }),
      h("text", { x: PAD + 30, y: ly, class: "chart-label" }, reg.name),
    );
  });
  y += 8;
  const keyTitle = h("text", { x: PAD, y, class: "chart-label chart-label--strong" }, model.labels.key);
  y += 6;
  const key = shown.map((m) => {
    const lines = wrap(`${m.n}. ${m.label}`, 50);
    const top = y + KEY_LINE - 4;
    y += lines.length * KEY_LINE;
    return h(
      "g",
      { class: `rss-key family-${m.family}` },
      h("path", { d: shapePath(m.family, PAD + 6, top - 4, 5), class: "rss-shape" }),
      h(
        "text",
        { x: PAD + 18, y: top, class: "chart-label" },
        lines.map((l, j) => h("tspan", { x: PAD + 18, dy: j ? KEY_LINE : 0 }, l)),
      ),
    );
  });
  const height = Math.round(y + 10);

  return chartSvg(
    { width: WIDTH, height, titleId, modifier: "rss" },
    h("text", { x: LEFT, y: 12, class: "chart-note" }, `${model.labels.severity} →`),
    h("text", { x: PAD, y: 12, class: "chart-note" }, `${model.labels.scope} ↑`),
    colLabels,
    h("g", { class: "rss-regions" }, regions),
    h("g", { class: "rss-grid" }, cells),
    rowLabels,
    h("g", { class: "rss-marks" }, shown.map(markEl)),
    h("g", { class: "rss-legend" }, legend, keyTitle, key),
  );
}
