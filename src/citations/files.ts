/**
 * The citation files offered beside each citable page:
 * /{lang}/reports/x/         → /{lang}/cite/reports/x.{bib,ris,json}
 * /{lang}/reports/x/chapter/ → /{lang}/cite/reports/x/chapter.{…}
 * /{lang}/forum/e/talk/      → /{lang}/cite/forum/e/talk.{…}
 */
import { toBibtex } from "./bibtex.ts";
import { toCslJson } from "./csl.ts";
import { toRis } from "./ris.ts";
import type { CitedWork } from "./work.ts";

export const CITATION_FORMATS = [
  { ext: "bib", type: "application/x-bibtex; charset=utf-8", render: toBibtex },
  { ext: "ris", type: "application/x-research-info-systems; charset=utf-8", render: toRis },
  { ext: "json", type: "application/vnd.citationstyles.csl+json; charset=utf-8", render: toCslJson },
] as const;
export type CitationExt = (typeof CITATION_FORMATS)[number]["ext"];

/** Site path (without base) of a page's citation file. */
export function citationFilePath(pagePath: string, ext: CitationExt): string {
  const m = /^\/(zh|en)\/(.+?)\/?$/.exec(pagePath);
  if (!m) throw new Error(`citation file for "${pagePath}": not a /{lang}/… page path`);
  return `/${m[1]}/cite/${m[2]}.${ext}`;
}

/** The rest parameter of the cite route for a page's file: "reports/x/chapter.ris". */
export function citationFileParam(pagePath: string, ext: CitationExt): string {
  return citationFilePath(pagePath, ext).replace(/^\/(zh|en)\/cite\//, "");
}

/** The file's body. */
export function citationFile(w: CitedWork, ext: CitationExt): string {
  const format = CITATION_FORMATS.find((f) => f.ext === ext)!;
  return format.render(w);
}
