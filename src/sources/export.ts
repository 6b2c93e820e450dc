/**
 * The bibliography as BibTeX and CSL-JSON, in one language (titles and
 * publishers as that edition gives them). Pure: the build writes the whole
 * bibliography (src/pages/[lang]/sources/), the page's script a filtered view.
 */
import type { Locale } from "../i18n/locales.ts";
import type { Source, SourceKind } from "../schemas/sources.ts";
import { bibtexEscape } from "../citations/bibtex.ts";
import { textIn } from "./sort.ts";

/** CSL types for the bibliography's kinds. */
const CSL_TYPE: Readonly<Record<SourceKind, string>> = {
  paper: "article",
  policy: "legislation",
  report: "report",
  news: "article-newspaper",
  blog: "post-weblog",
  dataset: "dataset",
  website: "webpage",
};

export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: { literal: string }[];
  issued?: { "date-parts": number[][] };
  URL?: string;
  DOI?: string;
  number?: string;
  note?: string;
}

function dateParts(s: Pick<Source, "date" | "year">): number[] | undefined {
  if (s.date) return s.date.split("-").map(Number);
  return s.year ? [s.year] : undefined;
}

export function toCsl(s: Source, lang: Locale): CslItem {
  const publisher = textIn(s.publisher, lang);
  const parts = dateParts(s);
  return {
    id: s.id,
    type: CSL_TYPE[s.kind],
    title: textIn(s.title, lang),
    ...(publisher ? { author: [{ literal: publisher }] } : {}),
    ...(parts ? { issued: { "date-parts": [parts] } } : {}),
    ...(s.url ? { URL: s.url } : {}),
    ...(s.doi ? { DOI: s.doi } : {}),
    ...(s.arxiv ? { number: `arXiv:${s.arxiv}` } : {}),
  };
}

/** A BibTeX @misc entry: the documents give no venue, so no field is invented for one. */
export function toBibtexEntry(s: Source, lang: Locale): string {
  const publisher = textIn(s.publisher, lang);
  const month = s.date && s.date.length >= 7 ? Number(s.date.slice(5, 7)) : undefined;
  const lines = [
    `  title = {{${bibtexEscape(textIn(s.title, lang))}}}`,
    publisher && `  author = {{${bibtexEscape(publisher)}}}`,
    s.year && `  year = {${s.year}}`,
    month && `  month = {${month}}`,
    s.url && `  url = {${s.url}}`,
    s.doi && `  doi = {${s.doi}}`,
    s.arxiv && `  eprint = {${s.arxiv}},\n  archiveprefix = {arXiv}`,
  ].filter((l): l is string => Boolean(l));
  return `@misc{${s.id},\n${lines.join(",\n")}\n}`;
}

export function toBibtex(entries: readonly Source[], lang: Locale): string {
  return entries.map((s) => toBibtexEntry(s, lang)).join("\n\n") + "\n";
}

export function toCslJson(entries: readonly Source[], lang: Locale): string {
  return JSON.stringify(
    entries.map((s) => toCsl(s, lang)),
    null,
    1,
  );
}
