/**
 * Where an event's direct label goes: beside its marks on the side with more
 * room, wrapped to that room, so a label never runs over its own marks or out
 * of the drawing (pure).
 */
import { unitsFor, wrap } from "../format.ts";

/** Space between a mark and its label. */
export const LABEL_GAP = 8;

export interface LabelPlace {
  /** Where the text is anchored: after the marks (start) or before them (end). */
  anchor: "start" | "end";
  x: number;
  /** The room the lines were wrapped to, in SVG units. */
  room: number;
  lines: string[];
}

/** The label of marks spanning [from, to] in a plot running from `left` to `right`, at `size` px. */
export function placeLabel(
  text: string,
  from: number,
  to: number,
  left: number,
  right: number,
  size: number,
): LabelPlace {
  const after = right - (to + LABEL_GAP);
  const before = from - LABEL_GAP - left;
  const anchor = after >= before ? "start" : "end";
  const room = Math.max(after, before);
  return {
    anchor,
    x: anchor === "start" ? to + LABEL_GAP : from - LABEL_GAP,
    room,
    lines: wrap(text, unitsFor(room, size)),
  };
}
