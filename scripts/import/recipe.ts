import type { FootnoteOptions } from "./footnotes.ts";

/** How one seed file is cut into chapters. */
export interface Recipe {
  /** Report id: the folder under content/reports/ and the URL segment. */
  report: string;
  /** File name under ../shared/seeds/. */
  seed: string;
  /** Footnote conversion options for this seed. */
  footnotes?: FootnoteOptions;
  /** PDF-extracted seeds need line rejoining and page-number removal. */
  pdf?: boolean;
  /** A slide deck: footers dropped, ●/○ bullets, captions under titles, URL blocks as sources. */
  slides?: boolean;
  chapters: {
    slug: string;
    /** First and last line (1-based, inclusive) in the seed. */
    lines: [number, number];
    /** The range starts with body text, not a heading line to use as the title. */
    untitled?: boolean;
    /** Front matter of a deck (contents slide): keep lines that look like footers, no slide parsing. */
    plain?: boolean;
  }[];
}
