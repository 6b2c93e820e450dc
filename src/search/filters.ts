/**
 * The two search filters, as Pagefind filters and URL parameters
 * (/{lang}/search/?q=…&doc=…&type=…). Kept apart from ./facets.ts, which reads
 * passage references at build time, so the search code in the browser does not
 * carry the schema library with it.
 *
 * doc: the four sources (three reports and the WAIC 2024 forum), by folder id.
 * type: what kind of page or passage a result is; chart pages declare
 * `<SearchFilters type="chart" …>` with the documents their data comes from.
 */
export const CONTENT_TYPES = [
  "section",
  "glossary",
  "risk",
  "talk",
  "chart",
  "speaker",
  "source",
  "organisation",
] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

export const DOCUMENTS = [
  "international-ai-safety-report-2025",
  "frontier-models-2023",
  "best-practices-2024",
  "waic-2024",
] as const;
export type DocumentId = (typeof DOCUMENTS)[number];

export interface Filters {
  doc?: string;
  type?: string;
}

/** Read the filters from a URL's search params; unknown values are dropped (never trusted as filters). */
export function filtersFromParams(
  params: URLSearchParams,
  docs: readonly string[] = DOCUMENTS,
  types: readonly string[] = CONTENT_TYPES,
): Filters {
  const doc = params.get("doc") ?? "";
  const type = params.get("type") ?? "";
  return { ...(docs.includes(doc) ? { doc } : {}), ...(types.includes(type) ? { type } : {}) };
}

/** Pagefind's filter object for a search. */
export function pagefindFilters(f: Filters): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.doc) out.doc = f.doc;
  if (f.type) out.type = f.type;
  return out;
}
