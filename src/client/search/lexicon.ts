import type { LexEntry } from "../../search/lexicon.ts";

let loading: Promise<LexEntry[]> | undefined;

/** Fetch this language's search lexicon once (written at build time, see src/search/lexicon.ts). */
export function loadLexicon(lang: string): Promise<LexEntry[]> {
  const base = document.documentElement.dataset.base ?? "/";
  loading ??= fetch(`${base}${lang}/search-terms.json`)
    .then((r) => (r.ok ? (r.json() as Promise<LexEntry[]>) : []))
    .catch(() => []);
  return loading;
}
