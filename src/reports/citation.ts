import type { Locale } from "../i18n/locales.ts";
import type { CitationAuthor, Report } from "../schemas/report.ts";

type Citation = Report["citation"];

/** "Bengio, Yoshua" for a person; the organisation's English name for a corporate author. */
export function authorName(a: CitationAuthor, lang: Locale = "en"): string {
  return "organisation" in a ? a.organisation[lang] : `${a.family}, ${a.given}`;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

/** Escape BibTeX special characters in a field value (keeps non-ASCII letters as UTF-8). */
export function bibtexEscape(value: string): string {
  return value.replace(/([&%$#_{}])/g, "\\$1");
}

/** A BibTeX @techreport entry for the report. */
export function toBibtex(c: Citation, title: string, note?: string): string {
  // BibTeX keeps a corporate name whole with an extra pair of braces.
  const authors = c.authors
    .map((a) => ("organisation" in a ? `{${a.organisation.en}}` : authorName(a)))
    .concat(c.etAl ? ["others"] : []);
  const lines = [
    `  author = {${authors.map(bibtexEscape).join(" and ")}}`,
    `  title = {${bibtexEscape(title)}}`,
    `  institution = {${bibtexEscape(c.institution.en)}}`,
    c.number && `  number = {${bibtexEscape(c.number)}}`,
    `  year = {${c.year}}`,
    c.month && `  month = ${MONTHS[c.month - 1]}`,
    c.url && `  url = {${c.url}}`,
    note && `  note = {${bibtexEscape(note)}}`,
  ].filter((l): l is string => Boolean(l));
  return `@techreport{${c.key},\n${lines.join(",\n")}\n}`;
}

/**
 * A plain-text reference. English follows APA-like author–date style;
 * Chinese follows GB/T 7714 ("作者. 题名[R]. 出版地: 出版者, 年.").
 */
export function toPlainCitation(c: Citation, title: string, lang: Locale): string {
  if (lang === "zh") {
    const names =
      c.authors.map((a) => ("organisation" in a ? a.organisation.zh : `${a.family} ${a.given[0]}`)).join(", ") +
      (c.etAl ? ", 等" : "");
    const number = c.number ? `: ${c.number}` : "";
    const url = c.url ? `. ${c.url}` : "";
    return `${names}. ${title}[R]${number}. ${c.institution.zh}, ${c.year}${url}.`;
  }
  const names = c.authors.map((a) => ("organisation" in a ? a.organisation.en : `${a.family}, ${a.given[0]}.`));
  const list = c.etAl ? `${names.join(", ")}, et al.` : names.join(", ");
  const number = c.number ? ` (${c.number})` : "";
  const url = c.url ? ` ${c.url}` : "";
  return `${list} (${c.year}). ${title}${number}. ${c.institution.en}.${url}`;
}
