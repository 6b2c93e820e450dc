/**
 * The crosswalk as stacked panels, each two schemes in aligned columns with
 * their linked nodes (family colour and shape; a click opens the node's page) and
 * the links between them, told apart by line style: equivalent a double line,
 * broader/narrower a line with an arrow pointing at the broader node, related
 * a dashed line. A legend on top names the styles and the families.
 */
import { FAMILIES } from "../../palette/colours.ts";
import type { LinkType } from "../../schemas/taxonomy.ts";
import { chartSvg, h, type El } from "../svg.ts";
import { unitsFor, wrap } from "../format.ts";
import { MIN_TARGET, targetBox } from "../hit.ts";
import type { CrosswalkModel, XwalkNode, XwalkPanel } from "./model.ts";

export const WIDTH = 340;
const PAD = 8;
const COL = 132; // width of a column (shape + label)
const LINE = 14;
const GAP = 12; // between two nodes of a column: a one-line node and its gap make a tap target
const RIGHT_X = WIDTH - PAD - COL;
const WRAP = unitsFor(COL - 16);

interface Placed {
  node: XwalkNode;
  y: number;
  lines: string[];
  mid: number;
}

function column(nodes: XwalkNode[], top: number): { placed: Placed[]; bottom: number } {
  let y = top;
  const placed = nodes.map((node) => {
    const lines = wrap(node.label, WRAP);
    const p = { node, y, lines, mid: y + (lines.length * LINE) / 2 - 4 };
    y += lines.length * LINE + GAP;
    return p;
  });
  return { placed, bottom: y };
}

function nodeMark(p: Placed, x: number): El {
  const fam = p.node.family;
  const textX = x + 14;
  return h(
    "g",
    // Not an <a>: links inside the role="img" SVG would be hidden from assistive technology (axe:
    // nested-interactive). The browser script opens data-href on a click or tap; the data table below
    // the chart links every node for keyboards, screen readers and pages without JavaScript.
    { "data-href": p.node.href, class: `xwalk-node${fam ? ` family-${fam}` : ""}` },
    h("rect", {
      ...targetBox({ x, y: p.y - GAP / 2, width: COL, height: p.lines.length * LINE + GAP }),
      class: "chart-hit",
      "aria-hidden": "true",
    }),
    h("text", { x, y: p.y + 10, class: "xwalk-shape", "aria-hidden": "true" }, fam ? FAMILIES[fam].shape : "○"),
    h(
      "text",
      { x: textX, y: p.y + 10, class: "chart-label" },
      ...p.lines.map((l, j) => h("tspan", { x: textX, dy: j ? LINE : 0 }, l)),
    ),
  );
}

/** The path of one link, from the right edge of the left column to the left edge of the right one. */
function linkPath(y1: number, y2: number): string {
  const x1 = PAD + COL + 2;
  const x2 = RIGHT_X - 4;
  const mx = (x1 + x2) / 2;
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${r(x1)},${r(y1)} C${r(mx)},${r(y1)} ${r(mx)},${r(y2)} ${r(x2)},${r(y2)}`;
}

function linkMark(d: string, type: LinkType, titleId: string, tip?: string): El {
  const common = { "data-mark": tip === undefined ? undefined : "", "data-tip": tip };
  // A link a reader can tap has an invisible stroke a tap target wide along it.
  const hit = tip === undefined ? null : h("path", { d, class: "chart-hit-line", "stroke-width": MIN_TARGET });
  if (type === "equivalent")
    return h(
      "g",
      { class: "xwalk-link xwalk-equivalent", ...common },
      hit,
      h("path", { d, class: "xwalk-outer" }),
      h("path", { d, class: "xwalk-inner" }),
    );
  if (type === "related")
    return h("g", { class: "xwalk-link", ...common }, hit, h("path", { d, class: "xwalk-related" }));
  // broader: the right node is the broader one, so the arrow ends there; narrower: it starts at the left.
  return h(
    "g",
    { class: "xwalk-link", ...common },
    hit,
    h("path", {
      d,
      class: "xwalk-ordered",
      "marker-end": type === "broader" ? `url(#${titleId}-arrow)` : undefined,
      "marker-start": type === "narrower" ? `url(#${titleId}-arrow-back)` : undefined,
    }),
  );
}

function panel(p: XwalkPanel, top: number, titleId: string): { el: El; bottom: number } {
  const headLeft = wrap(p.left.name, 22);
  const headRight = wrap(p.right.name, 22);
  const headLines = Math.max(headLeft.length, headRight.length);
  const start = top + headLines * LINE + 8;
  const left = column(p.leftNodes, start);
  const right = column(p.rightNodes, start);
  const at = (col: Placed[], ref: string) => col.find((c) => c.node.ref === ref)!.mid;
  const bottom = Math.max(left.bottom, right.bottom);
  return {
    bottom,
    el: h(
      "g",
      { class: "xwalk-panel", "data-pair": `${p.left.id}~${p.right.id}` },
      h("line", { x1: PAD, x2: WIDTH - PAD, y1: top - 6, y2: top - 6, class: "chart-gridline", "aria-hidden": "true" }),
      h(
        "text",
        { x: PAD, y: top + 10, class: "chart-label chart-label--strong" },
        ...headLeft.map((l, j) => h("tspan", { x: PAD, dy: j ? LINE : 0 }, l)),
      ),
      h(
        "text",
        { x: WIDTH - PAD, y: top + 10, "text-anchor": "end", class: "chart-label chart-label--strong" },
        ...headRight.map((l, j) => h("tspan", { x: WIDTH - PAD, dy: j ? LINE : 0 }, l)),
      ),
      h(
        "g",
        {},
        p.links.map((l) =>
          linkMark(linkPath(at(left.placed, l.left), at(right.placed, l.right)), l.type, titleId, l.says),
        ),
      ),
      left.placed.map((n) => nodeMark(n, PAD)),
      right.placed.map((n) => nodeMark(n, RIGHT_X)),
    ),
  };
}

function legend(model: CrosswalkModel, titleId: string): { el: El; bottom: number } {
  // Equivalent and related share a line; the arrow's meaning needs one of its own.
  const types: [LinkType, number, number, string][] = [
    ["equivalent", PAD, 4, model.labels.types.equivalent],
    ["related", WIDTH / 2, 4, model.labels.types.related],
    ["broader", PAD, 22, model.labels.ordered],
  ];
  const rows: El[] = types.map(([type, x, y, label]) =>
    h(
      "g",
      {},
      linkMark(`M${x},${y + 6} L${x + 30},${y + 6}`, type, titleId),
      h("text", { x: x + 38, y: y + 10, class: "chart-note" }, label),
    ),
  );
  let y = 46;
  // Families one per line: their names are too long to share a line at 360 px.
  model.labels.families.forEach((f, i) => {
    if (i > 0) y += 16;
    rows.push(
      h(
        "g",
        { class: `family-${f.id}` },
        h("text", { x: PAD, y: y + 10, class: "xwalk-shape" }, FAMILIES[f.id].shape),
        h("text", { x: PAD + 14, y: y + 10, class: "chart-note" }, f.label),
      ),
    );
  });
  return { el: h("g", { class: "xwalk-legend", "aria-hidden": "true" }, rows), bottom: y + 36 };
}

export function drawCrosswalk(model: CrosswalkModel, titleId: string): El {
  const leg = legend(model, titleId);
  let y = leg.bottom;
  const panels = model.panels.map((p) => {
    const out = panel(p, y, titleId);
    y = out.bottom + 18;
    return out.el;
  });
  const height = y;
  const arrow = (id: string, d: string) =>
    h(
      "marker",
      { id, viewBox: "0 0 8 8", refX: 4, refY: 4, markerWidth: 7, markerHeight: 7, orient: "auto" },
      h("path", { d, class: "xwalk-arrow" }),
    );
  return chartSvg(
    { width: WIDTH, height, titleId },
    h("defs", {}, arrow(`${titleId}-arrow`, "M0,0 L8,4 L0,8 z"), arrow(`${titleId}-arrow-back`, "M8,0 L0,4 L8,8 z")),
    leg.el,
    h("g", { class: "xwalk-panels" }, panels),
  );
}
