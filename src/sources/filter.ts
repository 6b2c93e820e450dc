/**
 * The bibliography page's filters, shared by the page's script and its tests:
 * whether an entry matches, and the filtered subset of the exported files. Pure.
 */
export interface SourceFilter {
  q?: string;
  doc?: string;
  kind?: string;
  year?: string;
}

export interface FilterableEntry {
  text: string;
  docs: readonly string[];
  kind: string;
  /** "2023", or "" when undated. */
  year: string;
}

export function normaliseFilterText(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

export function matchesFilter(e: FilterableEntry, f: SourceFilter): boolean {
  const q = normaliseFilterText(f.q ?? "");
  return (
    (!q || q.split(" ").every((w) => e.text.includes(w))) &&
    (!f.doc || e.docs.includes(f.doc)) &&
    (!f.kind || e.kind === f.kind) &&
    (!f.year || e.year === f.year)
  );
}

/** The filter in a page URL's query (?q=&doc=&kind=&year=), unknown keys ignored. */
export function filterFromParams(params: URLSearchParams): SourceFilter {
  const out: SourceFilter = {};
  for (const k of ["q", "doc", "kind", "year"] as const) {
    const v = params.get(k);
    if (v) out[k] = v;
  }
  return out;
}

/** The BibTeX entries (as the build writes them, "@misc{id,…}" separated by blank lines) whose keys are in `ids`. */
export function pickBibtex(bib: string, ids: ReadonlySet<string>): string {
  const picked = bib
    .split(/\n\n(?=@)/)
    .filter((e) => ids.has(/^@\w+\{([^,]+),/.exec(e.trim())?.[1] ?? ""))
    .map((e) => e.trim());
  return picked.length ? picked.join("\n\n") + "\n" : "";
}

export function pickCsl<T extends { id: string }>(items: readonly T[], ids: ReadonlySet<string>): T[] {
  return items.filter((i) => ids.has(i.id));
}
