// citation-js ships no types; the tests use this much of it.
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    /** The parsed items, as CSL-JSON. */
    data: Record<string, unknown>[];
    format(format: "bibliography" | "bibtex" | "ris" | "data", options?: Record<string, unknown>): string;
  }
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
declare module "@citation-js/plugin-csl";
