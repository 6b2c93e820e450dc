/** CSL-JSON (citeproc's input, read by Zotero, Pandoc and citation-js). */
import type { CitedWork, Creator, DateParts } from "./work.ts";

const TYPE = { report: "report", chapter: "chapter", talk: "speech" } as const;

const dateParts = (d: DateParts) => ({
  "date-parts": [[d.year, ...(d.month ? [d.month, ...(d.day ? [d.day] : [])] : [])]],
});

const name = (c: Creator) => ("literal" in c ? { literal: c.literal } : { family: c.family, given: c.given });

export type CslItem = Record<string, unknown>;

export function toCsl(w: CitedWork): CslItem {
  return {
    id: w.key,
    type: TYPE[w.kind],
    title: w.title,
    ...(w.authors.length ? { author: w.authors.map(name) } : {}),
    ...(w.container ? { [w.kind === "talk" ? "event-title" : "container-title"]: w.container } : {}),
    ...(w.place ? { "event-place": w.place } : {}),
    ...(w.publisher ? { publisher: w.publisher } : {}),
    ...(w.number ? { number: w.number } : {}),
    issued: dateParts(w.issued),
    accessed: dateParts(w.accessed),
    URL: w.url,
    language: w.lang,
  };
}

/** The file offered for download: an array, as citeproc-js and Zotero expect. */
export function toCslJson(w: CitedWork): string {
  return `${JSON.stringify([toCsl(w)], null, 2)}\n`;
}
