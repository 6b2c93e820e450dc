import { unpackLexicon, type LexEntry, type PackedEntry } from "../../search/lexicon.ts";

let loading: Promise<LexEntry[]> | undefined;

/** Fetch this language's search lexicon once (written at build time, see src/search/lexicon.ts). */
export function loadLexicon(lang: string): Promise<LexEntry[]> {
  const base = document.documentElement.dataset.base ?? "/";
  loading ??= fetch(`${base}${lang}/search-terms.json`)
    .then(async (r) => (r.ok ? unpackLexicon(lang, (await r.json()) as PackedEntry[]) : []))
    .catch(() => []);
  return loading;
}
