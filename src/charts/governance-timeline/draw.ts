/**
 * Governance events on one time axis, a lane per actor and a row per event,
 * each labelled directly beside its mark (on the side with more room). A day
 * is a dot, a month (the document gives no day) a bar as wide as the month. An
 * event two documents date differently is drawn at both dates, joined by a
 * dashed line and flagged "!", with the note saying which document says what
 * under its label. 2023, where most events fall, is drawn wider than the other
 * years (the axis says so). Each row is the tap target of its event.
 */
import { scaleLinear } from "d3-scale";
import { chartSvg, h, type El } from "../svg.ts";
import { unitsFor, wrap } from "../format.ts";
import { MIN_TARGET, tapTarget } from "../hit.ts";
import { monthOnly, yearEnd, yearStart } from "./dates.ts";
import { placeLabel } from "./layout.ts";
import type { GovEvent, GovernanceTimelineModel } from "./model.ts";

export const WIDTH = 340;
const LEFT = 10;
const RIGHT = 10;
/** Label size and line height. */
const SIZE = 11;
const LINE = 13;
const LANE_HEAD = 26;
const AXIS = 18;

/** Years at the axis's ends and where its wide stretch (2023) begins and ends, as shares of the width. */
const DOMAIN = [2019, 2023, 2024, 2025.1];
const SHARES = [0, 0.3, 0.78, 1];
const LABELLED = [2019, 2021, 2023, 2024, 2025];

export function timeScale() {
  const w = WIDTH - LEFT - RIGHT;
  return scaleLinear()
    .domain(DOMAIN)
    .range(SHARES.map((s) => LEFT + s * w));
}

export function tip(e: GovEvent, disputedMark = false): string {
  if (disputedMark && e.disputed) return `${e.disputed.dateLabel}: ${e.label} — ${e.disputed.note}`;
  return `${e.dateLabel}: ${e.label}${e.disputed ? ` — ${e.disputed.note}` : ""}`;
}

/** The horizontal extent of a mark: a day's dot, or the month's bar. */
function extent(date: string, x: (n: number) => number): [number, number] {
  const a = x(yearStart(date));
  const b = x(yearEnd(date));
  if (monthOnly(date)) return b - a < 8 ? [(a + b) / 2 - 4, (a + b) / 2 + 4] : [a, b];
  const c = (a + b) / 2;
  return [c - 5, c + 5];
}

function mark(date: string, cy: number, x: (n: number) => number, cls: string): El {
  const [a, b] = extent(date, x);
  return monthOnly(date)
    ? h("rect", { x: a, y: cy - 5, width: b - a, height: 10, rx: 2, class: cls })
    : h("circle", { cx: (a + b) / 2, cy, r: 5, class: cls });
}

/** One event's row from `top`: its marks, its label and, if disputed, the note. Returns the row and its height. */
function eventRow(e: GovEvent, top: number, x: (n: number) => number): { row: El; height: number } {
  const spans = [extent(e.date, x), ...(e.disputed ? [extent(e.disputed.date, x)] : [])];
  const from = Math.min(...spans.map((s) => s[0]));
  const to = Math.max(...spans.map((s) => s[1])) + (e.disputed ? 8 : 0);
  const place = placeLabel(e.label, from, to, LEFT, WIDTH - RIGHT, SIZE);
  const note = e.disputed ? wrap(`! ${e.disputed.note}`, unitsFor(place.room, SIZE)) : [];
  const lines = place.lines.length + note.length;
  const height = Math.max(MIN_TARGET, lines * LINE + 8);
  const cy = top + 4 + LINE / 2 + 1;
  const text = (cls: string, ls: string[], y: number) =>
    h(
      "text",
      { x: place.x, y, "text-anchor": place.anchor, class: cls },
      ...ls.map((l, j) => h("tspan", { x: place.x, dy: j ? LINE : 0 }, l)),
    );
  const label = text("gov-label", place.lines, top + 4 + LINE - 2);
  const noteText = note.length ? text("gov-note", note, top + 4 + LINE - 2 + place.lines.length * LINE) : null;
  const area = { x: LEFT, y: top, width: WIDTH - LEFT - RIGHT, height };
  if (!e.disputed)
    return {
      row: h(
        "g",
        { class: "gov-row" },
        tapTarget({ "data-mark": "", "data-tip": tip(e) }, area, mark(e.date, cy, x, "gov-event")),
        label,
      ),
      height,
    };
  const [a, b] = spans[0]!;
  const [c, d] = spans[1]!;
  const own = (s: [number, number]) => ({ x: s[0], y: top, width: s[1] - s[0], height });
  return {
    row: h(
      "g",
      { class: "gov-row gov-disputed" },
      h("line", { x1: (a + b) / 2, x2: (c + d) / 2, y1: cy, y2: cy, class: "gov-link" }),
      tapTarget({ "data-mark": "", "data-tip": tip(e) }, own(spans[0]!), mark(e.date, cy, x, "gov-event")),
      tapTarget(
        { "data-mark": "", "data-tip": tip(e, true) },
        own(spans[1]!),
        mark(e.disputed.date, cy, x, "gov-other-date"),
      ),
      h("text", { x: Math.max(b, d) + 3, y: cy + 4, class: "gov-flag" }, "!"),
      label,
      noteText,
    ),
    height,
  };
}

export function drawGovernanceTimeline(model: GovernanceTimelineModel, titleId: string): El {
  const x = timeScale();
  // The key: what the marks mean, above the plot.
  const disputedLines = wrap(model.labels.disputed, unitsFor(WIDTH - 14, SIZE));
  const legend = h(
    "g",
    { class: "gov-legend" },
    h("circle", { cx: 5, cy: 10, r: 5, class: "gov-event" }),
    h("text", { x: 14, y: 14, class: "chart-note" }, model.labels.day),
    h("rect", { x: 150, y: 5, width: 16, height: 10, rx: 2, class: "gov-event" }),
    h("text", { x: 170, y: 14, class: "chart-note" }, model.labels.month),
    h("text", { x: 2, y: 32, class: "gov-flag" }, "!"),
    h(
      "text",
      { x: 14, y: 32, class: "chart-note" },
      ...disputedLines.map((l, j) => h("tspan", { x: 14, dy: j ? 14 : 0 }, l)),
    ),
    h("text", { x: 2, y: 32 + disputedLines.length * 14, class: "chart-note" }, model.labels.scale),
  );
  const axisTop = 32 + disputedLines.length * 14 + 10;
  const plotTop = axisTop + AXIS;
  let y = plotTop;
  const lanes = model.lanes.map((lane) => {
    const top = y;
    y += LANE_HEAD;
    const rows = model.events
      .filter((e) => e.lane === lane.id)
      .map((e) => {
        const r = eventRow(e, y, x);
        y += r.height;
        return r.row;
      });
    y += 6;
    return h(
      "g",
      { class: "gov-lane" },
      h("line", { x1: 0, x2: WIDTH, y1: top, y2: top, class: "chart-gridline" }),
      h("text", { x: LEFT, y: top + 17, class: "chart-label chart-label--strong" }, lane.label),
      rows,
    );
  });
  const plotBottom = y;
  const height = plotBottom + AXIS + 4;
  const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
  const yearLabels = (ly: number) =>
    LABELLED.map((t) =>
      h(
        "text",
        { x: x(t), y: ly, "text-anchor": t === 2019 ? "start" : t === 2025 ? "end" : "middle", class: "chart-note" },
        String(t),
      ),
    );
  const axis = h(
    "g",
    { class: "chart-grid", "aria-hidden": "true" },
    years.map((t) => h("line", { x1: x(t), x2: x(t), y1: plotTop, y2: plotBottom, class: "chart-gridline" })),
    // Every year has a gridline; labels only where they fit (the early years are drawn narrow), above and below the plot.
    yearLabels(axisTop + 12),
    yearLabels(plotBottom + 14),
  );
  return chartSvg({ width: WIDTH, height, titleId }, legend, axis, h("g", { class: "gov-lanes" }, lanes));
}
