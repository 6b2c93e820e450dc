/**
 * Tap targets. A mark a reader can tap (it carries data-tip) is a group of its
 * visible shape and a transparent rectangle at least MIN_TARGET units each way
 * around it, so a thin bar or a small dot is still 24 CSS px to a finger on a
 * 360 px screen (WCAG 2.5.8), where the charts are drawn about 0.95 to scale.
 */
import { h, type Attr, type Child, type El } from "./svg.ts";

/** The smallest side of a tap target, in SVG units (26 × 0.95 ≈ 24.7 px at 360 px). */
export const MIN_TARGET = 26;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box grown, around its centre, to at least MIN_TARGET each way. */
export function targetBox(b: Box, min = MIN_TARGET): Box {
  const width = Math.max(b.width, min);
  const height = Math.max(b.height, min);
  return { x: b.x - (width - b.width) / 2, y: b.y - (height - b.height) / 2, width, height };
}

/** A tappable mark: `attrs` (data-mark, data-tip, class…) on a group holding the hit area and the shape. */
export function tapTarget(attrs: Record<string, Attr>, area: Box, ...shape: Child[]): El {
  const t = targetBox(area);
  return h("g", attrs, h("rect", { ...t, class: "chart-hit", "aria-hidden": "true" }), ...shape);
}
