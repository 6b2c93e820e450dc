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
  /** The page's filter values (src/search/filters.ts). */
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

interface PagefindModule extends Pagefind {
  createInstance: (o: { basePath: string; noWorker?: boolean }) => Pagefind;
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
    await pf.options({ baseUrl: base, ...OPTIONS });
    await pf.init();
    return pf;
  });
  return loading;
}

/**
 * Pagefind's options for both instances. pageLength: how much a long page is
 * penalised (Pagefind's default 0.75); lower, so a chapter that discusses a
 * query is not outranked by every short glossary, node and overview page that
 * names it. noWorker: search in the page rather than a web worker, which saves
 * the worker's 12 KB (gzip) of the first query; a search takes a few
 * milliseconds of WebAssembly either way (issue 20).
 */
const OPTIONS = { highlightParam: "highlight", excerptLength: 36, ranking: { pageLength: 0.5 }, noWorker: true };

/** Pagefind's language code for each of the site's languages (the indexer's, from <html lang>). */
const PAGEFIND_LANG: Record<string, string> = { zh: "zh-CN", en: "en" };
const others = new Map<string, Promise<Pagefind>>();

/**
 * A second Pagefind, searching the other language's index (for a query that
 * finds nothing in the reader's). Pagefind picks the index from <html lang> when
 * an instance is created, so the attribute names the other language for that
 * one synchronous call and is put back at once.
 */
export function loadOtherPagefind(lang: string): Promise<Pagefind> {
  const base = document.documentElement.dataset.base ?? "/";
  let loading = others.get(lang);
  if (!loading) {
    loading = (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindModule>).then(async (pf) => {
      const html = document.documentElement;
      const was = html.getAttribute("lang");
      html.setAttribute("lang", PAGEFIND_LANG[lang] ?? lang);
      let instance: Pagefind;
      try {
        instance = pf.createInstance({ basePath: `${base}pagefind/`, noWorker: true });
      } finally {
        if (was === null) html.removeAttribute("lang");
        else html.setAttribute("lang", was);
      }
      await instance.options({ baseUrl: base, ...OPTIONS });
      await instance.init();
      return instance;
    });
    others.set(lang, loading);
  }
  return loading;
}
