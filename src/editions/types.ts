import type { ElementContent } from "hast";

/** A run of document content that starts at one id and ends before the next. */
export interface Block {
  /** The id the block starts at ("" for what comes before the first id). */
  key: string;
  nodes: ElementContent[];
}

/** One row of a parallel view: the same passage in the page's language and in the other. */
export interface Row {
  key: string;
  /** Missing when the passage exists only in the other language. */
  primary?: Block;
  secondary?: Block;
}

/** Where a link in the text points, when it points into the same document. */
export interface DocumentLink {
  lang: string;
  /** The chapter or talk slug. */
  part: string;
  /** The section id, without "#" ("" for the top of the page). */
  hash: string;
}
