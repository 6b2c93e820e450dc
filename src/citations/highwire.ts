/**
 * Highwire Press <meta name="citation_…"> tags, which Google Scholar and
 * Zotero (its Embedded Metadata translator) read.
 *
 * Zotero splits a citation_author at its comma ("Family, Given") or, without
 * one, at the last space, so "Concordia AI" would become given name
 * "Concordia", family "Ai". A name that must stay whole is given with a
 * trailing comma: Zotero then takes the whole string as one name.
 */
import type { CitedWork, Creator, DateParts } from "./work.ts";

export interface CitationMetaTag {
  name: string;
  content: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "2024/07/05", "2024/01" or "2024". */
export function highwireDate(d: DateParts): string {
  return [String(d.year), d.month && pad(d.month), d.month && d.day && pad(d.day)].filter(Boolean).join("/");
}

export const highwireAuthor = (c: Creator) => ("literal" in c ? `${c.literal},` : `${c.family}, ${c.given}`);

export function highwireTags(w: CitedWork): CitationMetaTag[] {
  const tag = (name: string, content: string | undefined) => (content ? [{ name, content }] : []);
  return [
    ...tag("citation_title", w.title),
    ...w.authors.flatMap((a) => tag("citation_author", highwireAuthor(a))),
    ...tag("citation_publication_date", highwireDate(w.issued)),
    ...(w.kind === "report"
      ? [
          ...tag("citation_technical_report_institution", w.publisher),
          ...tag("citation_technical_report_number", w.number),
        ]
      : []),
    // Google Scholar reads citation_inbook_title, Zotero citation_book_title.
    ...(w.kind === "chapter"
      ? [
          ...tag("citation_inbook_title", w.container),
          ...tag("citation_book_title", w.container),
          ...tag("citation_publisher", w.publisher),
        ]
      : []),
    ...(w.kind === "talk" ? tag("citation_conference_title", w.container) : []),
    ...tag("citation_language", w.lang),
    ...tag("citation_public_url", w.url),
  ];
}
