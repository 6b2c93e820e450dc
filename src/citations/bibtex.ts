/**
 * BibTeX entries. Values are escaped first and then wrapped, so the braces
 * that keep a corporate name or an institution whole stay braces (and
 * "and" inside them does not split a name list).
 */
import { isoDate, type Creator, type CitedWork } from "./work.ts";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

/** Escape BibTeX special characters in a field value (keeps non-ASCII letters as UTF-8). */
export function bibtexEscape(value: string): string {
  return value.replace(/[\\~&%$#_{}]/g, (c) =>
    c === "\\" ? "\\textbackslash{}" : c === "~" ? "\\textasciitilde{}" : `\\${c}`,
  );
}

/** Escaped, then protected with an inner pair of braces: kept whole and in its own case. */
const protect = (value: string) => `{${bibtexEscape(value)}}`;

const name = (c: Creator) =>
  "literal" in c ? protect(c.literal) : `${bibtexEscape(c.family)}, ${bibtexEscape(c.given)}`;

const ENTRY_TYPE = { report: "techreport", chapter: "incollection", talk: "misc" } as const;
const LANGUAGE = { zh: "chinese", en: "english" } as const;

/** One BibTeX entry for the work. */
export function toBibtex(w: CitedWork): string {
  const authors = w.authors.map(name).concat(w.etAl ? ["others"] : []);
  const fields: [string, string | undefined][] = [
    ["author", authors.length ? `{${authors.join(" and ")}}` : undefined],
    ["title", `{${protect(w.title)}}`],
    ["booktitle", w.kind === "chapter" && w.container ? `{${protect(w.container)}}` : undefined],
    ["howpublished", w.kind === "talk" && w.container ? `{${protect(w.container)}}` : undefined],
    ["address", w.place && `{${bibtexEscape(w.place)}}`],
    [w.kind === "report" ? "institution" : "publisher", w.publisher && `{${protect(w.publisher)}}`],
    ["number", w.number && `{${bibtexEscape(w.number)}}`],
    ["year", `{${w.issued.year}}`],
    ["month", w.issued.month ? MONTHS[w.issued.month - 1] : undefined],
    ["date", w.issued.day ? `{${isoDate(w.issued)}}` : undefined],
    ["url", `{${w.url}}`],
    ["urldate", `{${isoDate(w.accessed)}}`],
    ["language", `{${LANGUAGE[w.lang]}}`],
  ];
  const lines = fields.filter((f): f is [string, string] => Boolean(f[1])).map(([k, v]) => `  ${k} = ${v}`);
  return `@${ENTRY_TYPE[w.kind]}{${w.key},\n${lines.join(",\n")}\n}`;
}
