/** The parts of Pagefind's browser API we use (pagefind.js, written by the indexer). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string; text: string };
  /** Hits inside this section, with Pagefind's weight for each. */
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** The page's filter values (src/search/facets.ts). */
  filters?: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  score: number;
  /** Null when the fragment could not be fetched. */
  data: () => Promise<PagefindResultData | null>;
}
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, unknown> }) => Promise<{ results: PagefindResult[] }>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Load Pagefind once, from this site only. It picks the index for the page's
 * <html lang>, so Chinese pages search the Chinese index and English pages the
 * English one.
 */
export function loadPagefind(): Promise<Pagefind> {
  const base = document.documentElement.dataset.base ?? "/";
  loading ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ baseUrl: base, highlightParam: "highlight", excerptLength: 36 });
    await pf.init();
    return pf;
  });
  return loading;
}
