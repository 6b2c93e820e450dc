/**
 * Governance events on one time axis, a lane per actor. A day is a dot, a month
 * (the document gives no day) a bar as wide as the month. Events that would
 * overlap stack within their lane. An event two documents date differently is
 * drawn at both dates, joined by a dashed line and flagged "!"; the key under
 * the axis lists every event by lane, with the note saying which document says what.
 * 2023, where most events fall, is drawn wider than the other years (the axis says so).
 */
import { scaleLinear } from "d3-scale";
import { h, type El } from "../svg.ts";
import { wrap } from "../format.ts";
import { monthOnly, yearEnd, yearStart } from "./dates.ts";
import type { GovEvent, GovernanceTimelineModel } from "./model.ts";

export const WIDTH = 340;
const LEFT = 10;
const RIGHT = 10;
const TOP = 4;
const ROW = 11;
const GAP = 3;
const LANE_HEAD = 24;

/** Years at the axis's ends and where its wide stretch (2023) begins and ends, as shares of the width. */
const DOMAIN = [2019, 2023, 2024, 2025.1];
const SHARES = [0, 0.3, 0.85, 1];
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
  if (monthOnly(date)) return b - a < 6 ? [(a + b) / 2 - 3, (a + b) / 2 + 3] : [a, b];
  const c = (a + b) / 2;
  return [c - 4, c + 4];
}

/** Stack a lane's events: each goes in the first row where it clears the previous mark (both dates, if disputed). */
export function stack(events: GovEvent[], x: (n: number) => number): Map<string, number> {
  const ends: number[] = [];
  const rows = new Map<string, number>();
  for (const e of events) {
    const spans = [extent(e.date, x), ...(e.disputed ? [extent(e.disputed.date, x)] : [])];
    const from = Math.min(...spans.map((s) => s[0]));
    const to = Math.max(...spans.map((s) => s[1]));
    let row = ends.findIndex((end) => end + GAP <= from);
    if (row < 0) row = ends.length;
    ends[row] = to;
    rows.set(e.id, row);
  }
  return rows;
}

function mark(date: string, cy: number, x: (n: number) => number, attrs: Record<string, string | number>): El {
  const [a, b] = extent(date, x);
  return monthOnly(date)
    ? h("rect", { x: a, y: cy - 4, width: b - a, height: 8, rx: 2, ...attrs })
    : h("circle", { cx: (a + b) / 2, cy, r: 4, ...attrs });
}

export function drawGovernanceTimeline(model: GovernanceTimelineModel, titleId: string): El {
  const x = timeScale();
  let y = TOP;
  const lanes = model.lanes.map((lane, li) => {
    const events = model.events.filter((e) => e.lane === lane.id);
    const rows = stack(events, x);
    const n = Math.max(1, ...[...rows.values()].map((r) => r + 1));
    const top = y;
    const markTop = top + LANE_HEAD;
    y = markTop + n * ROW + 4;
    return h(
      "g",
      { class: "gov-lane" },
      li ? h("line", { x1: 0, x2: WIDTH, y1: top, y2: top, class: "chart-gridline" }) : [],
      h("text", { x: LEFT, y: top + 14, class: "chart-label--strong" }, lane.label),
      events.map((e) => {
        const cy = markTop + rows.get(e.id)! * ROW + 4;
        if (!e.disputed) return mark(e.date, cy, x, { class: "gov-event", "data-mark": "", "data-tip": tip(e) });
        const [a, b] = extent(e.date, x);
        const [c, d] = extent(e.disputed.date, x);
        return h(
          "g",
          { class: "gov-disputed" },
          h("line", { x1: (a + b) / 2, x2: (c + d) / 2, y1: cy, y2: cy, class: "gov-link" }),
          mark(e.date, cy, x, { class: "gov-event", "data-mark": "", "data-tip": tip(e) }),
          mark(e.disputed.date, cy, x, { class: "gov-other-date", "data-mark": "", "data-tip": tip(e, true) }),
          h("text", { x: Math.max(b, d) + 3, y: cy + 4, class: "gov-flag" }, "!"),
        );
      }),
    );
  });
  const plotBottom = y;
  const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
  const axis = h(
    "g",
    { class: "chart-grid", "aria-hidden": "true" },
    years.map((t) => h("line", { x1: x(t), x2: x(t), y1: TOP, y2: plotBottom, class: "chart-gridline" })),
    // Every year has a gridline; labels only where they fit (the early years are drawn narrow).
    LABELLED.map((t) =>
      h(
        "text",
        {
          x: x(t),
          y: plotBottom + 14,
          "text-anchor": t === 2019 ? "start" : t === 2025 ? "end" : "middle",
          class: "chart-note",
        },
        String(t),
      ),
    ),
    h("text", { x: 0, y: plotBottom + 30, class: "chart-note" }, model.labels.scale),
  );

  // The key: the marks' meaning, then every event by lane.
  let ky = plotBottom + 52;
  const disputedLines = wrap(model.labels.disputed, 52);
  const legend = h(
    "g",
    { class: "gov-legend" },
    h("circle", { cx: 4, cy: ky - 4, r: 4, class: "gov-event" }),
    h("text", { x: 12, y: ky, class: "chart-note" }, model.labels.day),
    h("rect", { x: 110, y: ky - 8, width: 16, height: 8, rx: 2, class: "gov-event" }),
    h("text", { x: 130, y: ky, class: "chart-note" }, model.labels.month),
    h("text", { x: 0, y: ky + 17, class: "gov-flag" }, "!"),
    h(
      "text",
      { x: 12, y: ky + 17, class: "chart-note" },
      ...disputedLines.map((l, j) => h("tspan", { x: 12, dy: j ? 14 : 0 }, l)),
    ),
  );
  ky += 28 + disputedLines.length * 14;
  const key: El[] = model.lanes.flatMap((lane) => {
    const head = h("text", { x: 0, y: ky, class: "chart-label--strong" }, lane.label);
    ky += 16;
    const items = model.events
      .filter((e) => e.lane === lane.id)
      .flatMap((e) => {
        const lines = wrap(`${e.dateLabel}  ${e.label}`, 56);
        const g: El[] = [
          h(
            "text",
            { x: 0, y: ky, class: "chart-note" },
            ...lines.map((l, j) => h("tspan", { x: j ? 10 : 0, dy: j ? 14 : 0 }, l)),
          ),
        ];
        ky += lines.length * 14;
        if (e.disputed) {
          const note = wrap(`! ${e.disputed.note}`, 54);
          g.push(
            h(
              "text",
              { x: 10, y: ky, class: "gov-note" },
              ...note.map((l, j) => h("tspan", { x: j ? 20 : 10, dy: j ? 14 : 0 }, l)),
            ),
          );
          ky += note.length * 14;
        }
        ky += 3;
        return g;
      });
    ky += 8;
    return [head, ...items];
  });
  const height = ky;
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
    axis,
    h("g", { class: "gov-lanes" }, lanes),
    h("g", { class: "gov-key" }, legend, key),
  );
}
