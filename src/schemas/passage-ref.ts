/**
 * The passage-reference format, as the glossary, the taxonomies and the chart
 * files write it: "<report>/<chapter>#<id>" for a report chapter, and
 * "forum/<event>/<talk>#p-<n>" for a paragraph of a forum talk. Ids are the
 * explicit ids of the MDX (identical in both languages), so one reference
 * serves both editions. Plain data and parsing: schemas validate with it, and
 * passages/refs.ts turns a reference into a link.
 */
import { SLUG_SOURCE as SLUG } from "./common.ts";
export const PASSAGE_REF = new RegExp(`^(?:forum/(${SLUG})/(${SLUG})|(${SLUG})/(${SLUG}))#(${SLUG})$`);

export interface PassageRef {
  /** "reports" for a report chapter, "forum" for a talk. */
  section: "reports" | "forum";
  /** Report id, or event id for a talk. */
  doc: string;
  /** Chapter or talk slug. */
  page: string;
  /** The explicit id on that page. */
  id: string;
}

/** Parse a reference; undefined when it is not of either form. */
export function parsePassageRef(ref: string): PassageRef | undefined {
  const m = PASSAGE_REF.exec(ref);
  if (!m) return undefined;
  if (m[1]) return { section: "forum", doc: m[1], page: m[2]!, id: m[5]! };
  if (m[3] === "forum") return undefined;
  return { section: "reports", doc: m[3]!, page: m[4]!, id: m[5]! };
}

/** The page a reference points into, without the #id: "reports/<report>/<chapter>" or "forum/<event>/<talk>". */
export function pageKey(ref: PassageRef): string {
  return `${ref.section}/${ref.doc}/${ref.page}`;
}

/** Back to the written form. */
export function formatPassageRef(ref: PassageRef): string {
  return `${ref.section === "forum" ? "forum/" : ""}${ref.doc}/${ref.page}#${ref.id}`;
}
